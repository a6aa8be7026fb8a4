package de.debitum.connector.bankstatement.internal.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads ISO 20022 camt.052, camt.053 and camt.054 in the versions German banks send (.02, .04,
 * .08). The versions differ in names the reader looks up either way ({@code BIC}/{@code BICFI},
 * {@code Dbtr/Nm}/{@code Dbtr/Pty/Nm}, {@code Sts}/{@code Sts/Cd}). Other versions are rejected
 * rather than guessed.
 */
final class CamtParser {

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.(\\d{2})");
    private static final Set<String> VERSIONS = Set.of("02", "04", "08");
    private static final String SUPPORTED =
            "camt.052/053/054 .02, .04, .08 (urn:iso:std:iso:20022:tech:xsd:camt.053.001.08)";

    private CamtParser() {
    }

    static ParseResult parse(String fileName, byte[] content) {
        Document document;
        try {
            document = Xml.parse(content);
        } catch (SAXParseException e) {
            String where = "Zeile " + e.getLineNumber() + ", Spalte " + e.getColumnNumber();
            return ParseResult.rejected(fileName, null, new InvalidStatementException(where, new Message(
                    "Die Datei ist kein gültiges XML (" + e.getMessage() + ").",
                    "The file is not well-formed XML (" + e.getMessage() + ")."),
                    null, "eine vollständige camt-XML-Datei ohne DOCTYPE").toRejection(null));
        } catch (SAXException | IOException e) {
            return ParseResult.rejected(fileName, null, new InvalidStatementException(null, new Message(
                    "Die Datei konnte nicht als XML gelesen werden (" + e.getMessage() + ").",
                    "The file could not be read as XML (" + e.getMessage() + ")."),
                    null, "eine vollständige camt-XML-Datei").toRejection(null));
        }

        // The namespace names message type and version.
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        Matcher matcher = NAMESPACE.matcher(namespace == null ? "" : namespace);
        if (!"Document".equals(root.getLocalName()) || !matcher.matches() || !VERSIONS.contains(matcher.group(2))) {
            return ParseResult.rejected(fileName, null, new InvalidStatementException(null, new Message(
                    "Unbekannter oder nicht unterstützter XML-Namespace.", "Unknown or unsupported XML namespace."),
                    namespace == null ? "<" + root.getNodeName() + "> (ohne Namespace / no namespace)" : namespace, SUPPORTED)
                    .toRejection(null));
        }
        StatementFormat format = switch (matcher.group(1)) {
            case "052" -> StatementFormat.CAMT_052;
            case "053" -> StatementFormat.CAMT_053;
            default -> StatementFormat.CAMT_054;
        };
        String encoding = document.getInputEncoding() != null ? document.getInputEncoding() : "UTF-8";

        // Each report, statement or notification is read on its own, so one bad one spares the others.
        List<Element> statementElements = statementElements(root, format);
        if (statementElements.isEmpty()) {
            return ParseResult.rejected(fileName, format, new InvalidStatementException(null, new Message(
                    "Die Datei enthält keinen Kontoauszug.", "The file contains no statement."),
                    null, "mindestens ein " + statementName(format) + "-Element").toRejection(null));
        }
        List<Statement> statements = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, ExternalIds> idsByAccount = new HashMap<>();
        int number = 0;
        for (Element element : statementElements) {
            number++;
            String id = Xml.text(element, "Id");
            try {
                statements.add(CamtStatementReader.read(element, format, idsByAccount));
            } catch (InvalidStatementException e) {
                rejections.add(e.toRejection(id != null ? id : "Nr. " + number));
            }
        }
        return new ParseResult(fileName, format, encoding, ReversalLinker.link(statements), rejections);
    }

    private static List<Element> statementElements(Element root, StatementFormat format) {
        String message = switch (format) {
            case CAMT_052 -> "BkToCstmrAcctRpt";
            case CAMT_053 -> "BkToCstmrStmt";
            default -> "BkToCstmrDbtCdtNtfctn";
        };
        return Xml.children(Xml.child(root, message), statementName(format));
    }

    private static String statementName(StatementFormat format) {
        return switch (format) {
            case CAMT_052 -> "Rpt";
            case CAMT_053 -> "Stmt";
            default -> "Ntfctn";
        };
    }
}
