package se.samordna.documents;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XHTML {@link XhtmlWriter} wrote, as the DOM openhtmltopdf lays out. Parsed here with the JDK's own DOM parser
 * rather than by openhtmltopdf, which reads the text through a SAX parser into an identity transform and first sets up
 * its logging and a catalogue of DTDs our documents never name: the same tree, for a fifth of a cold PDF command's
 * parsing (bench/README.md). Nothing outside the text is read: no DTD, no external entity, no XInclude.
 */
final class XhtmlDom {

    private XhtmlDom() {
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(Refuse.ANY);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // The writer escapes every text; XHTML it cannot parse is our bug, not the user's input.
            throw new IllegalStateException("The document's XHTML could not be parsed", e);
        }
    }

    /** Stops at the first problem instead of printing it on standard error and going on. */
    private enum Refuse implements ErrorHandler {
        ANY;

        @Override
        public void warning(SAXParseException e) {
            // a warning does not change the tree
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
