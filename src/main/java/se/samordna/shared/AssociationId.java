package se.samordna.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An association's id: the tenant every page, API call and row belongs to. A type of its own so an association's id is
 * never taken for a plan's or a person's; it reads from a path as the UUID it is, writes to JSON and SQL as that UUID
 * ({@link #value()}), and prints as it.
 */
public record AssociationId(UUID value) implements java.io.Serializable {

    public AssociationId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this UUID; null for null (a row or a system event that belongs to none). */
    @JsonCreator
    public static AssociationId of(UUID value) {
        return value == null ? null : new AssociationId(value);
    }

    /** From a path or a form: the UUID's text, anything else refused (a 400 where a request gave it). */
    public static AssociationId valueOf(String text) {
        return new AssociationId(UUID.fromString(text));
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
