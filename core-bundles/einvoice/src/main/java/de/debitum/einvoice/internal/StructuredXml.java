package de.debitum.einvoice.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import de.debitum.einvoice.internal.syntax.CiiReader;
import de.debitum.einvoice.internal.syntax.UblReader;
import de.debitum.einvoice.internal.xml.SafeXmlParser;

/**
 * A parsed invoice XML and its syntax, recognised by the root element's namespace and name.
 *
 * @param source the file or attachment name, for messages
 * @param bytes  the XML as received
 * @param doc    the parsed document
 * @param syntax the recognised syntax
 */
public record StructuredXml(String source, byte[] bytes, Document doc, Syntax syntax) {

    /** The syntaxes this reader understands, newest first within CII. */
    public enum Syntax {
        CII_D16B,
        UBL_INVOICE,
        UBL_CREDIT_NOTE,
        CII_ZUGFERD_1
    }

    /** Parses and recognises an XML, or rejects it. */
    public static StructuredXml parse(SafeXmlParser parser, String source, byte[] bytes, long maxBytes)
            throws ReadFailure {
        Document doc = parser.parse(source, bytes, maxBytes);
        Element root = doc.getDocumentElement();
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        String name = root.getLocalName();
        Syntax syntax;
        if (namespace.equals(CiiReader.Dialect.ZUGFERD_2.namespace()) && "CrossIndustryInvoice".equals(name)) {
            syntax = Syntax.CII_D16B;
        } else if (namespace.equals(CiiReader.Dialect.ZUGFERD_1.namespace()) && "CrossIndustryDocument".equals(name)) {
            syntax = Syntax.CII_ZUGFERD_1;
        } else if (namespace.equals(UblReader.INVOICE_NS) && "Invoice".equals(name)) {
            syntax = Syntax.UBL_INVOICE;
        } else if (namespace.equals(UblReader.CREDIT_NOTE_NS) && "CreditNote".equals(name)) {
            syntax = Syntax.UBL_CREDIT_NOTE;
        } else {
            throw Rejections.notAnInvoice(source, "{" + namespace + "}" + name);
        }
        return new StructuredXml(source, bytes, doc, syntax);
    }

    /** Reads the stated values into the draft. */
    public void readInto(InvoiceDraft draft) throws ReadFailure {
        switch (syntax) {
            case CII_D16B -> new CiiReader(CiiReader.Dialect.ZUGFERD_2).read(doc, draft);
            case CII_ZUGFERD_1 -> new CiiReader(CiiReader.Dialect.ZUGFERD_1).read(doc, draft);
            case UBL_INVOICE -> new UblReader(false).read(doc, draft);
            case UBL_CREDIT_NOTE -> new UblReader(true).read(doc, draft);
            default -> throw new IllegalStateException("Unhandled syntax " + syntax);
        }
    }
}
