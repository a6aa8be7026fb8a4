package de.debitum.einvoice.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.Rejections;

/**
 * Parses invoice XML with DTDs and external entities off, a size bound and UTF-8 only.
 *
 * <p>A DOCTYPE is rejected before any entity could be declared, so neither external entities
 * (XXE) nor entity expansion ("billion laughs") are ever resolved. The JDK parser's secure
 * processing limits stay on as a second line.
 */
public final class SafeXmlParser {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int MAX_ELEMENT_DEPTH = 100;

    private final DocumentBuilderFactory factory;

    public SafeXmlParser() {
        factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            // The JDK's own parser supports all of these; without them parsing would be unsafe.
            throw new IllegalStateException("XML parser does not support the required security features", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                Integer.toString(MAX_ELEMENT_DEPTH));
    }

    /**
     * Parses XML bytes.
     *
     * @param source   what the bytes are, for messages (a file or attachment name)
     * @param xml      the bytes, UTF-8 with or without byte order mark
     * @param maxBytes the largest accepted size
     * @throws ReadFailure for an oversized, non-UTF-8, DOCTYPE-carrying or malformed document
     */
    public Document parse(String source, byte[] xml, long maxBytes) throws ReadFailure {
        if (xml.length > maxBytes) {
            throw Rejections.fileTooLarge(xml.length, maxBytes);
        }
        int offset = checkEncoding(source, xml);

        try {
            DocumentBuilder builder;
            synchronized (factory) {
                // JAXP does not promise that a factory is thread-safe; the reader is shared.
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(RAISE_ALL);
            builder.setEntityResolver((publicId, systemId) -> {
                // Unreachable while DOCTYPE is disallowed; refuses every entity should that change.
                throw new SAXException("External entity " + systemId + " is not resolved");
            });
            return builder.parse(new ByteArrayInputStream(xml, offset, xml.length - offset));
        } catch (SAXParseException e) {
            throw mapParseError(source, e);
        } catch (SAXException e) {
            throw Rejections.xmlMalformed(source, 0, 0, String.valueOf(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw Rejections.xmlMalformed(source, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Returns the offset after a UTF-8 byte order mark, rejecting other encodings. */
    private static int checkEncoding(String source, byte[] xml) throws ReadFailure {
        if (startsWith(xml, 0xFE, 0xFF) || startsWith(xml, 0xFF, 0xFE)) {
            throw Rejections.xmlEncoding(source, "UTF-16 (byte order mark)");
        }
        if (xml.length >= 2 && (xml[0] == 0 || xml[1] == 0)) {
            throw Rejections.xmlEncoding(source, "UTF-16/UTF-32 (no byte order mark)");
        }
        int offset = startsWith(xml, 0xEF, 0xBB, 0xBF) ? 3 : 0;

        String head = new String(xml, offset, Math.min(200, xml.length - offset), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (matcher.find()) {
            String declared = matcher.group(1).trim();
            String normalized = declared.toUpperCase(Locale.ROOT);
            if (!normalized.equals("UTF-8") && !normalized.equals("UTF8")) {
                throw Rejections.xmlEncoding(source, declared);
            }
        }
        return offset;
    }

    private static ReadFailure mapParseError(String source, SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return Rejections.xmlDoctype(source);
        }
        return Rejections.xmlMalformed(source, e.getLineNumber(), e.getColumnNumber(), message);
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Turns warnings and errors into exceptions, so nothing is printed to standard error. */
    private static final ErrorHandler RAISE_ALL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
