package se.samordna.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An initiative's id in the plan (`rebus-hagfors`): what reports, reporters, participant records and the board's decisions refer to. A type of its own so an initiative's id is never taken for its name or a line's id; it reads from a path, a form and JSON as the text it is, and writes to JSON and SQL as that text
 * ({@link #value()}).
 */
public record InitiativeId(String value) implements java.io.Serializable {

    public InitiativeId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this text; null for null (a line or a record that names none). */
    @JsonCreator
    public static InitiativeId of(String value) {
        return value == null ? null : new InitiativeId(value);
    }

    /** From a path or a form. */
    public static InitiativeId valueOf(String text) {
        return new InitiativeId(text);
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
