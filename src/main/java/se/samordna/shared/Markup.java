package se.samordna.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The small safe markup of the plan's own text: CommonMark with tables and footnotes ({@code [^1]}, {@code [^1]: ...}) —
 * headings, paragraphs, lists, tables, emphasis, links and notes. Raw HTML and pictures are refused on the way in (naming
 * the line), except a picture marker: {@code ![what the picture shows]()}, with no address, which stands where the original
 * document has a picture Samordna does not carry and is shown as its words. On the way out HTML is escaped anyway and only
 * http, https and mailto links are kept, so a text that slipped past the check still cannot bring markup into a page.
 */
public final class Markup {

    /** The longest text of one section. */
    public static final int MAX_CHARS = 20_000;

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    /** The parser and renderer, built the first time a text needs them (the command line's plan check rarely does). */
    private static final class CommonMark {
        static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
        static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();

        static HtmlRenderer html(Locale locale) {
            return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).softbreak("\n")
                    .nodeRendererFactory(context -> new PictureMarker(context, locale)).build();
        }
    }

    /** A picture marker on a page: its words in a box of its own, never an image (nothing is fetched from anywhere). */
    private static final class PictureMarker implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final Locale locale;

        PictureMarker(HtmlNodeRendererContext context, Locale locale) {
            this.context = context;
            this.locale = locale;
        }

        @Override
        public java.util.Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            var html = context.getWriter();
            html.tag("span", java.util.Map.of("class", "picture-marker"));
            html.text(Text.of("markup.pictureMarker", pictureWords((Image) node)).in(locale));
            html.tag("/span");
        }
    }

    private Markup() {
    }

    /** The text as kept: line breaks made \n, control characters other than line breaks and tabs removed, ends trimmed. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /**
     * Builds the Markdown parser and parses a short text with a link, a table and a footnote: a command that reads one
     * plan file calls it on a second thread while the first reads the file (the parser is made once per JVM, and may
     * parse on several threads).
     */
    public static void warmUp() {
        problems("Se [planen](https://example.org)[^1].\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n[^1]: En fotnot.");
    }

    /** The parsed text (never null); call {@link #problems} first for text a person typed. */
    public static Node parse(String text) {
        return CommonMark.PARSER.parse(text == null ? "" : text);
    }

    /** What is wrong with the text, each with its line ({@code markup.*} in the bundles); empty when it may be kept. */
    public static List<Text> problems(String text) {
        List<Text> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        if (text.length() > MAX_CHARS) {
            problems.add(Text.of("markup.tooLong", text.length(), MAX_CHARS));
            return problems;
        }
        if (text.indexOf('<') < 0 && text.indexOf('[') < 0) {
            // Without '<' there is no HTML and no autolink, without '[' no link or picture: nothing to refuse, no parse needed.
            return problems;
        }
        parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(line(html, Text.of("markup.htmlBlock")));
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(line(html, Text.of("markup.htmlInline", html.getLiteral())));
            }

            @Override
            public void visit(Image image) {
                if (!isMarker(image)) {
                    problems.add(line(image, Text.of("markup.image")));
                }
            }

            @Override
            public void visit(Link link) {
                if (!allowedLink(link.getDestination())) {
                    problems.add(line(link, Text.of("markup.link", link.getDestination())));
                }
                visitChildren(link);
            }
        });
        return problems;
    }

    /** HTML for a page: escaped, only http, https and mailto links, picture markers as their words in the reader's language. */
    public static String html(String text, Locale locale) {
        return CommonMark.html(locale).render(parse(text));
    }

    /**
     * The same, its footnotes' anchors prefixed, so that several texts on one page can each have a note 1. Only the
     * renderer writes {@code id="fn} and {@code href="#fn}: a person's quotes arrive escaped.
     */
    public static String html(String text, Locale locale, String anchorPrefix) {
        return html(text, locale).replace("id=\"fn", "id=\"" + anchorPrefix + "fn").replace("href=\"#fn", "href=\"#" + anchorPrefix + "fn");
    }

    /** A picture with no address: the marker of a picture the original has and Samordna does not carry. */
    public static boolean isMarker(Image image) {
        return image.getDestination() == null || image.getDestination().isBlank();
    }

    /** What a picture marker says the picture shows: its text between the brackets. */
    public static String pictureWords(Image image) {
        StringBuilder words = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                words.append(text.getLiteral());
            }
        });
        return words.toString().strip();
    }

    /** Whether a link may be kept: http, https or mailto. */
    public static boolean allowedLink(String destination) {
        if (destination == null) {
            return false;
        }
        int colon = destination.indexOf(':');
        return colon > 0 && SCHEMES.contains(destination.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static Text line(Node node, Text problem) {
        return node.getSourceSpans().isEmpty() ? problem : Text.of("markup.atLine", node.getSourceSpans().get(0).getLineIndex() + 1, problem);
    }
}
