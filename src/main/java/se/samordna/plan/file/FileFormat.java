package se.samordna.plan.file;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.TheoryOfChange;

import se.samordna.shared.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Internal to the plan module, read through {@link se.samordna.plan.PlanFiles}. Plans as files: the versioned YAML format described in {@code docs/plan-format.md} and
 * {@code docs/plan-format.schema.json}. Reading is all or nothing: an invalid file raises
 * {@link PlanFileException} with every problem and its line. Writing gives a file that reads back to
 * an equal plan. The same tree, as JSON, is how the application stores a plan.
 */
public final class FileFormat {

    /** The mappers for writing and for the stored form, made on first use: reading a file ({@code plan check}) needs neither. */
    private static final class Mappers {
        static final YAMLMapper YAML = YAMLMapper.builder()
                .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        static final JsonMapper JSON = JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    /** A float YAML writes as digits (not .inf or .nan). */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");

    /** The longest plan file, in characters (5 MiB). */
    public static final int MAX_CHARS = 5 * 1024 * 1024;

    private FileFormat() {
    }

    public static Plan read(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", Text.of("file.empty"))));
        }
        if (text.length() > MAX_CHARS) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", Text.of("file.tooLarge", MAX_CHARS >> 20))));
        }
        JsonNode root;
        Map<String, Integer> lines = new HashMap<>();
        try {
            // Tags, anchors and aliases are refused as the parser meets them (PlainYaml).
            try (JsonParser parser = PlainYaml.parser(text)) {
                root = parser.nextToken() == null ? JsonNodeFactory.instance.missingNode() : node(parser, "", lines);
            }
        } catch (JacksonException e) {
            PlainYaml.refuseTagsAndAliases(text, MAX_CHARS + 1);
            // The parser's own words name its library and classes: the person gets the place, in their language.
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new PlanFileException(List.of(new PlanFileException.Problem(line, "", Text.of("file.notYaml", column))));
        }
        return new PlanFileReader(lines).plan(root);
    }

    /**
     * Reads the stored JSON form of a plan (written by {@link #writeJson}): the same validation, but no
     * line numbers, which only a person's file needs.
     */
    public static Plan readJson(String json) {
        try {
            return new PlanFileReader(Map.of()).plan(Mappers.JSON.readTree(json));
        } catch (JacksonException e) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", Text.of("file.storedUnreadable", e.getOriginalMessage()))));
        }
    }

    public static String writeYaml(Plan plan) {
        return "# Samordna plan file, format " + Plan.FORMAT_VERSION + " (docs/plan-format.md)\n" + Mappers.YAML.writeValueAsString(PlanFileWriter.tree(plan));
    }

    /** The plan as the tree of the plan file (maps, lists and plain values), for JSON answers. */
    public static Map<String, Object> tree(Plan plan) {
        return PlanFileWriter.tree(plan);
    }

    public static String writeJson(Plan plan) {
        return Mappers.JSON.writeValueAsString(PlanFileWriter.tree(plan));
    }

    /**
     * The tree of the file and the line of every path in it, in one pass of the streaming parser (no object mapper):
     * the same values the mapper's tree would hold, floats as exact decimals.
     */
    private static JsonNode node(JsonParser parser, String path, Map<String, Integer> lines) {
        int line = parser.currentTokenLocation().getLineNr();
        lines.put(path, line);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    String property = path + "/" + name;
                    int propertyLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    object.set(name, node(parser, property, lines));
                    lines.put(property, propertyLine);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser, path + "/" + index++, lines));
                }
                return array;
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                // YAML's .inf and .nan are floats no decimal holds: kept as text, so the number reader names them.
                String text = parser.getString();
                return DECIMAL.matcher(text).matches() ? nodes.numberNode(parser.getDecimalValue()) : nodes.textNode(text);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(parser.getString());
            }
        }
    }

    public static Map<String, Object> theoryOfChangeTree(TheoryOfChange toc) {
        return GoalsFileWriter.theoryOfChangeTree(toc);
    }
}
