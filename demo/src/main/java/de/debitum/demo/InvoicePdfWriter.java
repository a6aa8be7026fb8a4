package de.debitum.demo;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

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
import org.mustangproject.BankDetails;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * Writes one demo invoice as a ZUGFeRD 2 / Factur-X PDF in the EN 16931 profile: a readable page
 * drawn with PDFBox (fonts embedded, sRGB output intent) with the invoice XML that Mustang
 * generates attached as {@code factur-x.xml}.
 */
final class InvoicePdfWriter {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final DemoScenario.Company company;
    private final byte[] regular;
    private final byte[] bold;

    InvoicePdfWriter(DemoScenario.Company company) {
        this.company = company;
        this.regular = resource(FONT);
        this.bold = resource(BOLD_FONT);
    }

    byte[] write(DemoScenario.Invoice invoice) {
        try {
            byte[] visual = page(invoice);
            IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA().load(visual)
                    .setProducer("Debitum demo").setCreator("Debitum").setProfile(Profiles.getByName("EN16931"));
            exporter.setTransaction(transaction(company, invoice));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write invoice " + invoice.number() + ": " + e.getMessage(), e);
        }
    }

    /** The invoice as Mustang's model, which writes the EN 16931 XML. */
    static org.mustangproject.Invoice transaction(DemoScenario.Company company, DemoScenario.Invoice invoice) {
        DemoScenario.Debtor debtor = invoice.debtor();
        TradeParty sender = new TradeParty(company.name(), company.street(), company.postcode(), company.city(), "DE")
                .addVATID(company.vatId()).setEmail(company.email())
                .addBankDetails(new BankDetails(company.iban(), company.bic()));
        TradeParty recipient = new TradeParty(debtor.name(), debtor.street(), debtor.postcode(), debtor.city(), "DE")
                .setID(debtor.number()).addVATID(debtor.vatId()).setEmail(debtor.email());
        org.mustangproject.Invoice transaction = new org.mustangproject.Invoice()
                .setNumber(invoice.number())
                .setIssueDate(date(invoice.issueDate()))
                .setDeliveryDate(date(invoice.issueDate()))
                .setDueDate(date(invoice.dueDate()))
                .setSender(sender)
                .setRecipient(recipient)
                .setReferenceNumber(debtor.number())
                .setPaymentTermDescription(paymentTerms(invoice));
        for (DemoScenario.Line line : invoice.lines()) {
            Product product = new Product(line.product(), "", line.unit(), line.vatRate());
            transaction.addItem(new Item(product, line.unitPrice(), line.quantity()));
        }
        return transaction;
    }

    private static String paymentTerms(DemoScenario.Invoice invoice) {
        String due = "Zahlbar bis " + GERMAN_DATE.format(invoice.dueDate()) + " ohne Abzug.";
        DemoScenario.CashDiscount discount = invoice.cashDiscount();
        if (discount == null) {
            return due;
        }
        // The German CIUS line that readers turn into a cash discount tier (BT-20).
        return due + "\n#SKONTO#TAGE=" + discount.days() + "#PROZENT=" + discount.percent().toPlainString() + "#\n";
    }

    private byte[] page(DemoScenario.Invoice invoice) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
            PDFont strong = PDType0Font.load(document, new ByteArrayInputStream(bold), true);
            DemoScenario.Debtor debtor = invoice.debtor();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float left = 70;
                line(text, strong, 16, left, 790, company.name());
                line(text, font, 8, left, 700, company.name() + " · " + company.street() + " · " + company.postcode()
                        + " " + company.city());
                float y = 680;
                for (String addressLine : new String[] {debtor.name(), debtor.street(), debtor.postcode() + " " + debtor.city()}) {
                    line(text, font, 10, left, y, addressLine);
                    y -= 13;
                }
                line(text, strong, 13, left, 580, "Rechnung " + invoice.number());
                line(text, font, 10, left, 562, "Rechnungsdatum: " + GERMAN_DATE.format(invoice.issueDate())
                        + "    Kundennummer: " + debtor.number());
                y = 530;
                line(text, strong, 9, left, y, "Leistung");
                line(text, strong, 9, 300, y, "Menge");
                right(text, strong, 9, 410, y, "Einzelpreis");
                line(text, strong, 9, 430, y, "USt");
                right(text, strong, 9, 525, y, "Netto");
                for (DemoScenario.Line line : invoice.lines()) {
                    y -= 15;
                    line(text, font, 9, left, y, line.product());
                    line(text, font, 9, 300, y, line.quantity().toPlainString());
                    right(text, font, 9, 410, y, euro(line.unitPrice()));
                    line(text, font, 9, 430, y, line.vatRate().toPlainString() + " %");
                    right(text, font, 9, 525, y, euro(line.net()));
                }
                y -= 30;
                line(text, font, 10, 360, y, "Netto");
                right(text, font, 10, 525, y, euro(invoice.net()));
                line(text, font, 10, 360, y - 15, "Umsatzsteuer");
                right(text, font, 10, 525, y - 15, euro(invoice.vat()));
                line(text, strong, 10, 360, y - 32, "Gesamtbetrag");
                right(text, strong, 10, 525, y - 32, euro(invoice.gross()));
                y -= 70;
                line(text, font, 10, left, y, "Zahlbar bis " + GERMAN_DATE.format(invoice.dueDate()) + " ohne Abzug.");
                if (invoice.cashDiscount() != null) {
                    line(text, font, 10, left, y - 14, "Bei Zahlung innerhalb von " + invoice.cashDiscount().days()
                            + " Tagen " + invoice.cashDiscount().percent().toPlainString() + " % Skonto.");
                }
                line(text, font, 10, left, y - 28, "Bitte geben Sie bei der Zahlung die Rechnungsnummer an.");
                line(text, font, 8, left, 60, company.name() + " · IBAN " + company.iban() + " · BIC " + company.bic()
                        + " · USt-IdNr. " + company.vatId());
            }
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            document.getDocumentInformation().setTitle("Rechnung " + invoice.number());
            document.getDocumentCatalog().setMetadata(pdfaMetadata(document, "Rechnung " + invoice.number()));
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Declares PDF/A-3b in XMP, which Mustang reads to choose its PDF/A-3 exporter. */
    private static PDMetadata pdfaMetadata(PDDocument document, String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
            dublinCore.setTitle(title);
            PDFAIdentificationSchema pdfaId = xmp.createAndAddPDFAIdentificationSchema();
            pdfaId.setPart(3);
            pdfaId.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(serialized.toByteArray());
            return metadata;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Could not write the PDF/A metadata: " + e.getMessage(), e);
        }
    }

    private static void line(PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private static void right(PDPageContentStream stream, PDFont font, float size, float xRight, float y, String text)
            throws IOException {
        line(stream, font, size, xRight - font.getStringWidth(text) / 1000 * size, y, text);
    }

    private static String euro(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount) + " €";
    }

    private static Date date(LocalDate day) {
        // Mustang formats java.util.Date in the JVM's zone; noon keeps the day in every zone of Europe.
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static byte[] resource(String name) {
        try (InputStream in = InvoicePdfWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the class path (jasperreports-fonts).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
