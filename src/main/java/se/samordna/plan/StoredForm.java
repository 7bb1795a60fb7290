package se.samordna.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import se.samordna.shared.Money;
import se.samordna.shared.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * How a plan is kept in the database, which is not the plan file: the plan's own records as JSON with every amount in
 * whole öre (whatever unit the plan is written in), lines and initiatives by id, and the form's version in
 * {@code storedForm}. Reading it builds the records directly; the file's validator ran when the plan came in and is
 * not run again. A stored text without {@code storedForm} is the plan file's tree that earlier releases stored; it is
 * read with the file reader, and migration V23 rewrites every such plan into this form.
 *
 * <p>Version 1: the records of {@link Plan} as they are named in Java, null values left out, amounts as öre.
 */
public final class StoredForm {

    /** The version of this form written today; a later change of the records adds a version and an upgrade step. */
    public static final int VERSION = 1;
    static final String MARKER = "storedForm";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Plan.class, PlanMixIn.class)
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule("stored-plan")
                    .addSerializer(Money.class, new tools.jackson.databind.ser.std.StdSerializer<Money>(Money.class) {
                        @Override
                        public void serialize(Money value, JsonGenerator out, SerializationContext context) {
                            out.writeNumber(value.ore());
                        }
                    })
                    .addDeserializer(Money.class, new tools.jackson.databind.deser.std.StdDeserializer<Money>(Money.class) {
                        @Override
                        public Money deserialize(JsonParser in, DeserializationContext context) {
                            return new Money(in.getLongValue());
                        }
                    })
                    .setDeserializerModifier(new Unmodifiable()))
            .build();

    @JsonIgnoreProperties({MARKER})
    private abstract static class PlanMixIn {
    }

    private StoredForm() {
    }

    /** The plan as the database keeps it. */
    public static String write(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(MARKER, VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(plan));
        return MAPPER.writeValueAsString(root);
    }

    /** A stored plan of this form, or of the file's form that earlier releases stored. */
    public static Plan read(String stored) {
        JsonNode root;
        try {
            root = MAPPER.readTree(stored);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
        if (!root.has(MARKER)) {
            return PlanFiles.readJson(stored);
        }
        int version = root.get(MARKER).asInt();
        if (version != VERSION) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, MARKER,
                    Text.of("file.storedFormUnknown", version))));
        }
        try {
            return MAPPER.treeToValue(root, Plan.class);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /**
     * The plan cut into the parts people change independently, each with a fingerprint of its stored content: every
     * part of the plan (budget, rules, members, …; the goals' areas, theory of change, goals and activity plans each on
     * their own), and each element of a list whose elements carry an id (each initiative, goal and activity plan),
     * keyed {@code list:id}. Taken from the stored form, where a budget line names its initiative by id only, so
     * renaming an initiative changes that initiative's part and not the budget's.
     */
    public static java.util.SortedMap<String, String> sections(Plan plan) {
        ObjectNode tree = MAPPER.valueToTree(plan);
        JsonNode goals = tree.remove("goals");
        if (goals instanceof ObjectNode parts) {
            parts.properties().forEach(part -> tree.set(part.getKey(), part.getValue()));
        }
        java.util.SortedMap<String, String> sections = new java.util.TreeMap<>();
        tree.properties().forEach(part -> {
            JsonNode value = part.getValue();
            boolean listOfIds = value.isArray() && !value.isEmpty() && java.util.stream.StreamSupport.stream(value.spliterator(), false)
                    .allMatch(element -> element.isObject() && element.hasNonNull("id"));
            if (listOfIds) {
                value.forEach(element -> sections.put(part.getKey() + ":" + element.get("id").asString(), fingerprint(element)));
            } else {
                sections.put(part.getKey(), fingerprint(value));
            }
        });
        return sections;
    }

    private static String fingerprint(JsonNode value) {
        return se.samordna.shared.Sha256.hex(MAPPER.writeValueAsString(value)).substring(0, 24);
    }

    /** Whether the stored text is already in this form (and need not be upgraded). */
    public static boolean isCurrent(String stored) {
        JsonNode marker = MAPPER.readTree(stored).get(MARKER);
        return marker != null && marker.asInt() == VERSION;
    }

    private static PlanFileException unreadable(JacksonException e) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", Text.of("file.storedUnreadable", e.getOriginalMessage()))));
    }

    /** Lists and maps read from the database are unmodifiable like those of a plan read from a file, so a read plan can be shared. */
    private static final class Unmodifiable extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                 BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return new Frozen(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return new Frozen(deserializer);
        }
    }

    private static final class Frozen extends DelegatingDeserializer {

        Frozen(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Frozen(delegate);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser in, DeserializationContext context) {
            Object value = super.deserialize(in, context);
            if (value instanceof SortedMap sorted) {
                return Collections.unmodifiableSortedMap(sorted);
            }
            if (value instanceof Map map) {
                return Collections.unmodifiableMap(map);
            }
            if (value instanceof List list) {
                return Collections.unmodifiableList(list);
            }
            if (value instanceof Set set) {
                return Collections.unmodifiableSet(set);
            }
            return value instanceof Collection<?> c ? Collections.unmodifiableCollection(c) : value;
        }
    }
}
