package se.samordna.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A board meeting's id. A type of its own so it is never taken for another id; read from paths, forms and JSON as the UUID it is, written to JSON and SQL as it ({@link #value()}). */
public record MeetingId(UUID value) implements java.io.Serializable {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this value; null for null. */
    @JsonCreator
    public static MeetingId of(UUID value) {
        return value == null ? null : new MeetingId(value);
    }

    /** From a path or a form. */
    public static MeetingId valueOf(String text) {
        return new MeetingId(UUID.fromString(text));
    }

    @Override
    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
