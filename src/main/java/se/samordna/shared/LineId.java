package se.samordna.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A budget line's id in the plan (`insats-rebus-hagfors`): what the books' rules, forecasts and profiles point at, so a rename keeps them. A type of its own so a line's id is never taken for a line's name or an initiative's id; it reads from a path, a form and JSON as the text it is, and writes to JSON and SQL as that text
 * ({@link #value()}).
 */
public record LineId(String value) implements java.io.Serializable {

    public LineId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this text; null for null (a line or a record that names none). */
    @JsonCreator
    public static LineId of(String value) {
        return value == null ? null : new LineId(value);
    }

    /** From a path or a form. */
    public static LineId valueOf(String text) {
        return new LineId(text);
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
