package se.samordna.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One plan's id (a period's draft, its adopted version, a revision). A type of its own so a plan's id is
 * never taken for its association's; it reads from a path as the UUID it is, writes to JSON and SQL as that UUID
 * ({@link #value()}), and prints as it.
 */
public record PlanId(UUID value) implements java.io.Serializable {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this UUID; null for null (a row or a system event that belongs to none). */
    @JsonCreator
    public static PlanId of(UUID value) {
        return value == null ? null : new PlanId(value);
    }

    /** From a path or a form: the UUID's text, anything else refused (a 400 where a request gave it). */
    public static PlanId valueOf(String text) {
        return new PlanId(UUID.fromString(text));
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
