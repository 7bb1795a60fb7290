package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class XmlTest {

    @Test
    void markupIsEscapedAndWhatXmlCannotHoldBecomesTheReplacementCharacter() {
        assertThat(Xml.text("Råd & stöd <b>\"2025\"</b>")).isEqualTo("Råd &amp; stöd &lt;b&gt;&quot;2025&quot;&lt;/b&gt;");
        assertThat(Xml.text("a\u0001b\u0000c\u001Fd\uFFFEe\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
        // Half a pair, either half, anywhere; a whole pair (an emoji) is kept.
        assertThat(Xml.text("x\uD800y\uDC00z\uD83D")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
        assertThat(Xml.text("glad \uD83D\uDE00 dag")).isEqualTo("glad \uD83D\uDE00 dag");
        assertThat(Xml.text("rad 1\nrad 2\tflik\r")).isEqualTo("rad 1\nrad 2\tflik\r");
        assertThat(Xml.text(null)).isEmpty();
    }

    @Test
    void everyCharacterAUserCanTypeGivesTextAnXmlParserReadsBack() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\uD800\uDFFF\uDBFF\uFFFE\uFFFF");
        String xml = "<p title=\"" + Xml.text(all.toString()) + "\">" + Xml.text(all.toString()) + "</p>";
        String read = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getDocumentElement().getTextContent();
        // A parser reads a carriage return as a line feed; everything else comes back as written.
        assertThat(read).hasSize(all.length()).contains("åæç", "\uD800\uDFFF").startsWith("\uFFFD".repeat(9) + "\t\n\uFFFD\uFFFD\n")
                .endsWith("\uD800\uDFFF\uFFFD\uFFFD\uFFFD");
    }
}
