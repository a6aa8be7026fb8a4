package de.debitum.einvoice.writer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Draws the human-readable pages of an e-invoice as PDF/A-3b, in German: sender, address, lines,
 * VAT breakdown, totals and payment terms. Lines that do not fit continue on a further page.
 */
final class InvoicePage {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float LEFT = 70;
    private static final float BOTTOM = 110;
    private static final float DESCRIPTION_WIDTH = 220;
    /** The width from the left margin to the right edge of the amounts column. */
    private static final float TEXT_WIDTH = 455;
    /** The German CIUS (XRechnung) Skonto line in the payment terms, such as {@code #SKONTO#TAGE=10#PROZENT=2.00#}. */
    private static final Pattern SKONTO = Pattern.compile("#SKONTO#TAGE=(\\d+)#PROZENT=(\\d+(?:\\.\\d+)?)#.*");

    private final byte[] regularFont;
    private final byte[] boldFont;
    private PDDocument document;
    private PDFont font;
    private PDFont strong;
    private PDPageContentStream text;
    private float y;

    InvoicePage(byte[] regularFont, byte[] boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    byte[] render(OutgoingInvoice invoice) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = pdf;
            font = PDType0Font.load(pdf, new ByteArrayInputStream(regularFont), true);
            strong = PDType0Font.load(pdf, new ByteArrayInputStream(boldFont), true);
            String title = (invoice.creditNote() ? "Gutschrift " : "Rechnung ") + invoice.number();
            newPage(invoice);
            try {
                header(invoice, title);
                lines(invoice);
                totals(invoice);
                terms(invoice);
            } finally {
                text.close();
            }
            addOutputIntent(pdf);
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentCatalog().setMetadata(pdfaMetadata(pdf, title));
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private void newPage(OutgoingInvoice invoice) throws IOException {
        if (text != null) {
            text.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        text = new PDPageContentStream(document, page);
        OutgoingInvoice.Party seller = invoice.seller();
        StringBuilder footer = new StringBuilder(seller.name());
        if (seller.iban() != null) {
            footer.append(" · IBAN ").append(seller.iban());
        }
        if (seller.bic() != null) {
            footer.append(" · BIC ").append(seller.bic());
        }
        if (seller.vatId() != null) {
            footer.append(" · USt-IdNr. ").append(seller.vatId());
        }
        line(font, 8, LEFT, 60, footer.toString());
        y = 780;
    }

    private void header(OutgoingInvoice invoice, String title) throws IOException {
        OutgoingInvoice.Party seller = invoice.seller();
        OutgoingInvoice.Party buyer = invoice.buyer();
        line(strong, 16, LEFT, 790, seller.name());
        line(font, 8, LEFT, 700, seller.name() + " · " + nonNull(seller.street()) + " · " + seller.postcode()
                + " " + seller.city());
        float address = 680;
        for (String addressLine : new String[] {buyer.name(), nonNull(buyer.street()),
                buyer.postcode() + " " + buyer.city(), "DE".equalsIgnoreCase(buyer.countryCode()) ? "" : buyer.countryCode()}) {
            line(font, 10, LEFT, address, addressLine);
            address -= 13;
        }
        line(strong, 13, LEFT, 580, title);
        StringBuilder facts = new StringBuilder("Rechnungsdatum: " + GERMAN_DATE.format(invoice.issueDate()));
        if (buyer.id() != null) {
            facts.append("    Kundennummer: ").append(buyer.id());
        }
        line(font, 10, LEFT, 562, facts.toString());
        if (invoice.buyerReference() != null) {
            line(font, 10, LEFT, 548, "Ihre Referenz: " + invoice.buyerReference());
        }
        y = 530;
    }

    private void lines(OutgoingInvoice invoice) throws IOException {
        tableHead();
        for (OutgoingInvoice.Line item : invoice.lines()) {
            List<String> wrapped = wrap(item.description(), 9, DESCRIPTION_WIDTH);
            if (y - 15 * wrapped.size() < BOTTOM) {
                newPage(invoice);
                tableHead();
            }
            y -= 15;
            line(font, 9, 300, y, item.quantity().stripTrailingZeros().toPlainString());
            right(font, 9, 410, y, money(item.unitPrice(), invoice.currency()));
            line(font, 9, 430, y, percent(item.vatRate()));
            right(font, 9, 525, y, money(item.net(), invoice.currency()));
            for (int i = 0; i < wrapped.size(); i++) {
                if (i > 0) {
                    y -= 11;
                }
                line(font, 9, LEFT, y, wrapped.get(i));
            }
        }
    }

    private void tableHead() throws IOException {
        line(strong, 9, LEFT, y, "Leistung");
        line(strong, 9, 300, y, "Menge");
        right(strong, 9, 410, y, "Einzelpreis");
        line(strong, 9, 430, y, "USt");
        right(strong, 9, 525, y, "Netto");
    }

    private void totals(OutgoingInvoice invoice) throws IOException {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        for (OutgoingInvoice.Line item : invoice.lines()) {
            netByRate.merge(item.vatRate().stripTrailingZeros(), item.net(), BigDecimal::add);
        }
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> rate : netByRate.entrySet()) {
            net = net.add(rate.getValue());
            // Rounded per rate as EN 16931 rounds the VAT breakdown (BT-117).
            tax = tax.add(rate.getValue().multiply(rate.getKey()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        }
        int rows = 3 + netByRate.size() + (invoice.prepaid() == null ? 0 : 2);
        if (y - 30 - 16 * rows < BOTTOM) {
            newPage(invoice);
        }
        y -= 30;
        sum(font, "Netto", net, invoice);
        for (Map.Entry<BigDecimal, BigDecimal> rate : netByRate.entrySet()) {
            BigDecimal rateTax = rate.getValue().multiply(rate.getKey()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            sum(font, "USt " + percent(rate.getKey()) + " auf " + money(rate.getValue(), invoice.currency()), rateTax, invoice);
        }
        BigDecimal gross = net.add(tax);
        sum(strong, "Gesamtbetrag", gross, invoice);
        if (invoice.prepaid() != null && invoice.prepaid().signum() != 0) {
            sum(font, "Bereits gezahlt", invoice.prepaid(), invoice);
            sum(strong, "Zahlbetrag", gross.subtract(invoice.prepaid()), invoice);
        }
    }

    private void sum(PDFont face, String label, BigDecimal amount, OutgoingInvoice invoice) throws IOException {
        line(face, 10, 300, y, label);
        right(face, 10, 525, y, money(amount, invoice.currency()));
        y -= 16;
    }

    private void terms(OutgoingInvoice invoice) throws IOException {
        List<String> terms = new ArrayList<>();
        if (invoice.paymentTerms() == null && invoice.dueDate() != null) {
            terms.add("Zahlbar bis " + GERMAN_DATE.format(invoice.dueDate()) + ".");
        }
        if (invoice.paymentTerms() != null) {
            for (String termLine : invoice.paymentTerms().split("\n")) {
                Matcher skonto = SKONTO.matcher(termLine.strip());
                if (skonto.matches()) {
                    // The German CIUS Skonto line is for machines; the page says it in words.
                    terms.add("Bei Zahlung innerhalb von " + skonto.group(1) + " Tagen "
                            + skonto.group(2).replace('.', ',') + " % Skonto.");
                } else if (!termLine.isBlank()) {
                    terms.addAll(wrap(termLine, 10, TEXT_WIDTH));
                }
            }
        }
        terms.add("Bitte geben Sie bei der Zahlung die Rechnungsnummer " + invoice.number() + " an.");
        y -= 24;
        for (String termLine : terms) {
            if (y < BOTTOM) {
                newPage(invoice);
            }
            line(font, 10, LEFT, y, termLine);
            y -= 14;
        }
    }

    /** Splits a text into lines of at most {@code maxWidth} points, breaking at spaces where it can. */
    private List<String> wrap(String value, float size, float maxWidth) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, size) <= maxWidth || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                result.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        result.add(current.toString());
        return result;
    }

    private float width(String value, float size) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    private void line(PDFont face, float size, float x, float atY, String value) throws IOException {
        text.beginText();
        text.setFont(face, size);
        text.newLineAtOffset(x, atY);
        text.showText(value);
        text.endText();
    }

    private void right(PDFont face, float size, float xRight, float atY, String value) throws IOException {
        line(face, size, xRight - face.getStringWidth(value) / 1000 * size, atY, value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static String money(BigDecimal amount, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount) + ("EUR".equals(currency) ? " €" : " " + currency);
    }

    private static void addOutputIntent(PDDocument pdf) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Declares PDF/A-3b in XMP, which Mustang reads to choose its PDF/A-3 exporter. */
    private static PDMetadata pdfaMetadata(PDDocument pdf, String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
            dublinCore.setTitle(title);
            PDFAIdentificationSchema pdfaId = xmp.createAndAddPDFAIdentificationSchema();
            pdfaId.setPart(3);
            pdfaId.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(serialized.toByteArray());
            return metadata;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Could not write the PDF/A metadata: " + e.getMessage(), e);
        }
    }
}
