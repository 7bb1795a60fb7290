package se.samordna.shared;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A box's id in the theory of change. A type of its own so it is never taken for another id; read from paths, forms and JSON as the text it is, written to JSON and SQL as it ({@link #value()}). */
public record NodeId(String value) implements java.io.Serializable {

    public NodeId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of this value; null for null. */
    @JsonCreator
    public static NodeId of(String value) {
        return value == null ? null : new NodeId(value);
    }

    /** From a path or a form. */
    public static NodeId valueOf(String text) {
        return new NodeId(text);
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
