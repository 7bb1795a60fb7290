package se.samordna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Swedish and English say the same things, and every message a template uses exists. */
class MessagesTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everySwedishMessageHasAnEnglishOneAndBack() throws Exception {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
        assertThat(load("findings_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("findings.properties").stringPropertyNames());
    }

    /** The findings' sentences have a bundle of their own (the command line reads only it), and only they are there. */
    @Test
    void theFindingsSentencesAreInTheirOwnBundleAndNowhereElse() throws Exception {
        assertThat(load("findings.properties").stringPropertyNames()).isNotEmpty().allMatch(k -> k.startsWith("finding.text."));
        assertThat(load("messages.properties").stringPropertyNames()).noneMatch(k -> k.startsWith("finding.text."));
        for (String name : new String[] {"findings.properties", "findings_en.properties"}) {
            Properties findings = load(name);
            findings.stringPropertyNames().forEach(k -> new java.text.MessageFormat(findings.getProperty(k)));
        }
        Properties swedish = load("findings.properties");
        Properties english = load("findings_en.properties");
        for (String key : swedish.stringPropertyNames()) {
            assertThat(new java.text.MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length).as(key)
                    .isEqualTo(new java.text.MessageFormat(swedish.getProperty(key)).getFormatsByArgumentIndex().length);
        }
    }

    @Test
    void noKeyIsGivenTwice() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties", "findings.properties", "findings_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The documents' and the command line's own bundles (Swedish only: the board's papers and the command line speak
     * Swedish): every key the code names exists, every key there is used, and each is a pattern MessageFormat reads.
     */
    @Test
    void theDocumentsAndTheCommandLineHaveEveryWordTheyNameAndNoOther() throws Exception {
        // A key followed by + is the start of a key made in the code ("doc.planBudgetBlocks.ceilingOf" + base): the keys
        // starting with it count as used, and there must be some.
        for (String[] bundle : new String[][]{{"documents.properties", "DocumentWords\\.of\\(\"([^\"]+)\"(\\s*\\+)?"},
                {"cli.properties", "(?:CliWords\\.of\\(|descriptionKey = )\"([^\"]+)\"(\\s*\\+)?"}}) {
            Properties words = load(bundle[0]);
            Pattern named = Pattern.compile(bundle[1]);
            Set<String> used = new TreeSet<>();
            try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = named.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1);
                        if (m.group(2) == null) {
                            used.add(key);
                        } else {
                            Set<String> made = new TreeSet<>(words.stringPropertyNames().stream().filter(k -> k.startsWith(key)).toList());
                            assertThat(made).as("keys starting with " + key).isNotEmpty();
                            used.addAll(made);
                        }
                    }
                }
            }
            assertThat(used).as("keys named in the code but missing from " + bundle[0]).isSubsetOf(words.stringPropertyNames());
            // picocli reads the help by the command's qualified name (samordna.…usage…) and its own keys (help, version, usage.…)
            Set<String> unused = new TreeSet<>(words.stringPropertyNames());
            unused.removeAll(used);
            unused.removeIf(k -> k.startsWith("samordna.") || k.startsWith("usage.") || k.equals("help") || k.equals("version"));
            assertThat(unused).as("keys in " + bundle[0] + " no code names").isEmpty();
            words.stringPropertyNames().forEach(k -> new java.text.MessageFormat(words.getProperty(k)));
        }
        assertThat(load("cli.properties").getProperty("samordna.plan.check.usage.description.0")).startsWith("Kontrollerar en planfil");
    }

    @Test
    void everyTextTheCodeNamesExistsInBothLanguagesWithTheSameArguments() throws Exception {
        Properties swedish = load("messages.properties");
        Properties english = load("messages_en.properties");
        // A key followed by + is the start of a key made in the code ("goal.level." + level): some key must start with it.
        Pattern named = Pattern.compile("Text\\.of\\(\"([a-zA-Z][a-zA-Z0-9._]+)\"\\s*(\\+)?");
        Pattern qualified = Pattern.compile("se\\.samordna\\.shared\\.Text\\.of\\(\"([a-zA-Z][a-zA-Z0-9._]+)\"\\s*(\\+)?");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                // Only the shared Text (the findings have a Text of their own, keyed under finding.text.).
                boolean shared = code.contains("import se.samordna.shared.Text;") || file.toString().contains("/shared/");
                Matcher m = (shared ? named : qualified).matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (m.group(2) != null) {
                        if (swedish.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))) {
                            missing.add(file.getFileName() + ": " + key + "…");
                        }
                    } else if (!swedish.containsKey(key) || !english.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        Set<String> differing = new TreeSet<>();
        for (String key : swedish.stringPropertyNames()) {
            int sv = new java.text.MessageFormat(swedish.getProperty(key)).getFormatsByArgumentIndex().length;
            int en = new java.text.MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            if (sv != en) {
                differing.add(key + " (" + sv + " arguments in Swedish, " + en + " in English)");
            }
        }
        assertThat(differing).isEmpty();
    }

    /**
     * Text for people belongs in the bundles. Lines of Java under src/main with a string literal holding å, ä or ö are
     * counted per file against src/test/resources/swedish-in-java.txt, which names the few files where such words are
     * data (a file's column names, words a file may hold, a rule's vocabulary) with the reason: a file may not gain a
     * line (a new message goes into a bundle), and a file that lost some lowers its count there, so the list is exact.
     */
    /** Common Swedish words that English text does not use; two of them in one literal make it a Swedish sentence. */
    private static final Pattern SWEDISH_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}_.-])(och|inte|att|finns|ska|eller|saknas|som|har|kan|med|till|den|det|ett|vid|raden|filen|posten|"
                    + "kontot|beloppet|planen|inget|ingen|alla|innan|efter|eftersom|redan|måste|skriv|välj|ange)(?![\\p{L}_-])");

    /** Swedish text: å, ä or ö, or two Swedish words (different or the same twice). */
    static boolean swedish(String text) {
        if (text.matches("(?s).*[åäöÅÄÖ].*")) {
            return true;
        }
        Matcher words = SWEDISH_WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count >= 2;
    }

    @Test
    void swedishIsToldByItsWordsTooNotOnlyByÅÄÖ() {
        assertThat(swedish("Raden finns inte i planen")).isTrue();
        assertThat(swedish("skriv ett belopp eller lämna tomt")).isTrue();
        assertThat(swedish("'content' end")).isFalse();
        assertThat(swedish("the line does not exist; add it to the plan")).isFalse();
        assertThat(swedish("select id, line_id from ledger_mapping where association_id = :a")).isFalse();
    }

    @Test
    void noSwedishTextForPeopleInJava() throws Exception {
        Map<String, Integer> allowed = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/swedish-in-java.txt"), StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                String[] parts = entry.split("\\s+");
                allowed.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        Map<String, Integer> found = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                int lines = 0;
                boolean inTextBlock = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String code = line.strip();
                    int quotes = line.split("\"\"\"", -1).length - 1;
                    if (inTextBlock || quotes > 0) {
                        // A line of a text block (SQL, a template): its text counts as a literal's.
                        boolean swedish = swedish(line.replaceAll("--.*$", ""));
                        inTextBlock = quotes % 2 == 1 ? !inTextBlock : inTextBlock;
                        lines += swedish ? 1 : 0;
                        continue;
                    }
                    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = literal.matcher(line);
                    while (m.find()) {
                        if (swedish(m.group())) {
                            lines++;
                            break;
                        }
                    }
                }
                if (lines > 0) {
                    found.put(file.toString().replace('\\', '/'), lines);
                }
            }
        }
        Set<String> grown = new TreeSet<>();
        Set<String> shrunk = new TreeSet<>();
        found.forEach((file, lines) -> {
            int limit = allowed.getOrDefault(file, 0);
            if (lines > limit) {
                grown.add(file + ": " + lines + " lines with Swedish text, " + limit + " allowed; put the text in messages.properties");
            }
        });
        allowed.forEach((file, limit) -> {
            if (found.getOrDefault(file, 0) < limit) {
                shrunk.add(file + " " + found.getOrDefault(file, 0) + " (lower the count in swedish-in-java.txt)");
            }
        });
        assertThat(grown).isEmpty();
        assertThat(shrunk).isEmpty();
    }
}
