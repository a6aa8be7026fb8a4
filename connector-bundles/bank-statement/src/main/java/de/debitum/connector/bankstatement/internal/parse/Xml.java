package de.debitum.connector.bankstatement.internal.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A hardened DOM parser and small helpers that navigate by local name, so one reader serves every
 * camt version whatever its namespace.
 */
final class Xml {

    private Xml() {
    }

    /**
     * Parses with DTDs and external entities disabled: a DOCTYPE is a parse error, so neither
     * entity expansion nor a fetch of an outside resource can happen.
     */
    static Document parse(byte[] content) throws SAXException, IOException {
        DocumentBuilder builder;
        try {
            // The JDK's own parser, whatever factory a container registers: the depth limit below
            // is a JDK property that other parsers reject.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            // camt nests about a dozen levels deep. A much deeper document is malformed and could
            // exhaust the stack of code that walks the tree.
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "100");
            // The reader visits every node once, so the JDK parser's deferred tree (nodes expanded
            // on first access) would only add bookkeeping.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            builder = factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser lacks a required security feature", e);
        }
        // The default handler prints fatal errors to stderr before throwing; this one only throws.
        builder.setErrorHandler(new DefaultHandler());
        return builder.parse(new InputSource(new ByteArrayInputStream(content)));
    }

    /** Returns the first child element along a path of local names, or {@code null}. */
    static Element child(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            if (current == null) {
                return null;
            }
            current = firstChild(current, name);
        }
        return current;
    }

    /** Returns the trimmed text at a path, or {@code null} when absent or blank. */
    static String text(Element parent, String... path) {
        Element element = child(parent, path);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    /** Returns the child elements with the given local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
