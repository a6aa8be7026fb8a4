package de.debitum.einvoice.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReadResult;

class EInvoiceWriterTest {

    private final EInvoiceWriter writer = new EInvoiceWriter("Debitum test");

    static OutgoingInvoice sample(List<OutgoingInvoice.Line> lines) {
        OutgoingInvoice.Party seller = new OutgoingInvoice.Party("Müller & Söhne GmbH", "Hauptstraße 5", "80331",
                "München", "DE", null, "DE123456789", "buchhaltung@mueller-soehne.de", "DE89370400440532013000",
                "COBADEFFXXX");
        OutgoingInvoice.Party buyer = new OutgoingInvoice.Party("Bäckerei Groß KG", "Weißdornweg 12", "50667", "Köln",
                "DE", "K-1007", null, "einkauf@baeckerei-gross.de", null, null);
        return new OutgoingInvoice("RE-2026-0042", false, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), null,
                "EUR", seller, buyer, lines, null, "Zahlbar innerhalb von 30 Tagen ohne Abzug.", null, null);
    }

    static List<OutgoingInvoice.Line> twoRates() {
        return List.of(
                new OutgoingInvoice.Line("Leistungen zu 19 % USt", BigDecimal.ONE, "C62", new BigDecimal("1000.00"), "S",
                        new BigDecimal("19.00")),
                new OutgoingInvoice.Line("Leistungen zu 7 % USt", BigDecimal.ONE, "C62", new BigDecimal("250.50"), "S",
                        new BigDecimal("7.00")));
    }

    /** Returns {@code count} item lines whose long descriptions wrap. */
    static List<OutgoingInvoice.Line> itemLines(int count) {
        List<OutgoingInvoice.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(new OutgoingInvoice.Line("Wartung Anlage " + i + " mit einer langen Beschreibung, die umbrechen muss",
                    new BigDecimal("2"), "HUR", new BigDecimal("95.00"), "S", new BigDecimal("19")));
        }
        return lines;
    }

    @Test
    void writtenPdfPassesMustangValidator() throws Exception {
        byte[] pdf = writer.write(sample(twoRates()));

        Path file = Files.createTempFile("einvoice-", ".pdf");
        try {
            Files.write(file, pdf);
            ZUGFeRDValidator validator = new ZUGFeRDValidator();
            String report = validator.validate(file.toString());
            assertThat(report).contains("<summary status=\"valid\"/>");
            assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void writtenPdfReadsBackWithTotals() {
        byte[] pdf = writer.write(sample(twoRates()));

        try (EInvoiceReader reader = new EInvoiceReader()) {
            ReadResult result = reader.read("RE-2026-0042.pdf", pdf);
            assertThat(result).isInstanceOf(ReadResult.Accepted.class);
            InvoiceRecord invoice = ((ReadResult.Accepted) result).invoice();
            assertThat(invoice.number()).isEqualTo("RE-2026-0042");
            assertThat(invoice.totals().taxBasisTotal().amount()).isEqualByComparingTo("1250.50");
            // 190.00 + 17.54 (250.50 * 7 %, rounded per rate)
            assertThat(invoice.totals().taxTotal().amount()).isEqualByComparingTo("207.54");
            assertThat(invoice.totals().amountDue().amount()).isEqualByComparingTo("1458.04");
            assertThat(invoice.seller().name()).isEqualTo("Müller & Söhne GmbH");
            assertThat(invoice.buyer().name()).isEqualTo("Bäckerei Groß KG");
        }
    }

    @Test
    void manyLinesContinueOnSecondPage() throws Exception {
        byte[] pdf = writer.write(sample(itemLines(40)));

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        Path file = Files.createTempFile("einvoice-", ".pdf");
        try {
            Files.write(file, pdf);
            ZUGFeRDValidator validator = new ZUGFeRDValidator();
            String report = validator.validate(file.toString());
            assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void missingSellerVatIdIsRejected() {
        OutgoingInvoice invoice = sample(twoRates());
        OutgoingInvoice.Party seller = invoice.seller();
        OutgoingInvoice withoutVatId = new OutgoingInvoice(invoice.number(), false, invoice.issueDate(),
                invoice.dueDate(), null, "EUR", new OutgoingInvoice.Party(seller.name(), seller.street(),
                seller.postcode(), seller.city(), "DE", null, null, null, seller.iban(), null),
                invoice.buyer(), invoice.lines(), null, null, null, null);

        assertThatThrownBy(() -> writer.write(withoutVatId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seller VAT identifier (BT-31)")
                .hasMessageContaining("RE-2026-0042");
    }
}
