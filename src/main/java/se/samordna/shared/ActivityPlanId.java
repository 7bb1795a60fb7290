package se.samordna.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An activity plan's id in the plan. A type of its own so it is never taken for another id; read from paths, forms and JSON as the text it is, written to JSON and SQL as it ({@link #value()}). */
public record ActivityPlanId(String value) implements java.io.Serializable {

    public ActivityPlanId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this value; null for null. */
    @JsonCreator
    public static ActivityPlanId of(String value) {
        return value == null ? null : new ActivityPlanId(value);
    }

    /** From a path or a form. */
    public static ActivityPlanId valueOf(String text) {
        return new ActivityPlanId(text);
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
