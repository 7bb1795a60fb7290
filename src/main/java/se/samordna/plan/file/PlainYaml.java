package se.samordna.plan.file;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;

import se.samordna.plan.PlanFileException;
import se.samordna.shared.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A plan file is plain data: a tag ({@code !!python/object:…}, {@code !foo}) could ask a reader to build something, and
 * an anchor or alias ({@code &n}, {@code *n}) makes one value stand in several places. The parser here looks at each of
 * the file's events as the value reader takes it, before the reader decodes it, and refuses the first tag, anchor or
 * alias at its line: one pass over the file, where a separate pass first cost a short command a tenth of its time.
 */
final class PlainYaml {

    private static final Factory FACTORY = new Factory();

    private PlainYaml() {
    }

    /** A streaming parser of the text that refuses tags, anchors and aliases with a {@link PlanFileException}. */
    static JsonParser parser(String text) {
        return FACTORY.createParser(ObjectReadContext.empty(), new StringReader(text));
    }

    /**
     * The first tag, anchor or alias of a text the value reader could not read, found by the YAML parser alone (which
     * reads some files the value reader refuses): such a file is refused for what it holds, as before the reader's error.
     * A text that is not YAML at all is left to the caller's error, which names the place.
     */
    static void refuseTagsAndAliases(String text, int codePointLimit) {
        var settings = org.snakeyaml.engine.v2.api.LoadSettings.builder().setCodePointLimit(codePointLimit).build();
        try {
            for (Event event : new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings).parseString(text)) {
                refuse(event);
            }
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException notYaml) {
            // reported by the value reader, with its place
        }
    }

    private static void refuse(Event event) {
        Text problem = null;
        if (event instanceof AliasEvent alias) {
            problem = Text.of("file.noAliases", alias.getAlias().getValue());
        } else if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            problem = Text.of("file.noAnchors", node.getAnchor().get().getValue());
        } else if (event instanceof ScalarEvent scalar && scalar.getTag().isPresent()) {
            problem = Text.of("file.noTags", scalar.getTag().get());
        } else if (event instanceof CollectionStartEvent collection && collection.getTag().isPresent()) {
            problem = Text.of("file.noTags", collection.getTag().get());
        }
        if (problem != null) {
            int line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw new PlanFileException(List.of(new PlanFileException.Problem(line, "", problem)));
        }
    }

    /** Jackson's YAML factory whose parsers show each event to {@link #refuse} before they decode it. */
    private static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(ObjectReadContext context, IOContext io, Reader reader) {
            return new YAMLParser(context, io, _getBufferRecycler(), context.getStreamReadFeatures(_streamReadFeatures),
                    context.getFormatReadFeatures(_formatReadFeatures), _loadSettings, reader) {
                @Override
                protected Event nextEvent() {
                    Event event = super.nextEvent();
                    refuse(event);
                    return event;
                }
            };
        }
    }
}
