package se.samordna.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An activity's id in its activity plan. A type of its own so it is never taken for another id; read from paths, forms and JSON as the text it is, written to JSON and SQL as it ({@link #value()}). */
public record ActivityId(String value) implements java.io.Serializable {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this value; null for null. */
    @JsonCreator
    public static ActivityId of(String value) {
        return value == null ? null : new ActivityId(value);
    }

    /** From a path or a form. */
    public static ActivityId valueOf(String text) {
        return new ActivityId(text);
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
