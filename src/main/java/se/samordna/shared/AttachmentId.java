package se.samordna.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An attachment's id (a paper on a meeting's item). A type of its own so it is never taken for another id; read from paths, forms and JSON as the UUID it is, written to JSON and SQL as it ({@link #value()}). */
public record AttachmentId(UUID value) implements java.io.Serializable {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this value; null for null. */
    @JsonCreator
    public static AttachmentId of(UUID value) {
        return value == null ? null : new AttachmentId(value);
    }

    /** From a path or a form. */
    public static AttachmentId valueOf(String text) {
        return new AttachmentId(UUID.fromString(text));
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
