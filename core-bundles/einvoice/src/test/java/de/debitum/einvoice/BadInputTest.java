package de.debitum.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input: each file gets a rejection that names the element, the value and the expected form. */
class BadInputTest {

    private static EInvoiceReader reader;

    @BeforeAll
    static void startReader() {
        reader = new EInvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    @Test
    void externalEntityIsRejectedNotResolved() {
        Rejection rejection = rejected("xxe.xml", TestFiles.resource("xxe-external-entity.xml"));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_DOCTYPE_FORBIDDEN);
        assertThat(rejection.messageDe()).startsWith("Das XML enthält eine DOCTYPE-Deklaration");
        assertThat(rejection.messageEn()).contains("never resolved");
    }

    @Test
    void entityExpansionIsRejected() {
        Rejection rejection = rejected("lol.xml", TestFiles.resource("entity-expansion.xml"));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_DOCTYPE_FORBIDDEN);
    }

    @Test
    void declaredLatin1EncodingIsRejected() {
        Rejection rejection = rejected("latin1.xml", TestFiles.resource("latin1-declared.xml"));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_ENCODING_UNSUPPORTED);
        assertThat(rejection.value()).isEqualTo("ISO-8859-1");
        assertThat(rejection.expected()).isEqualTo("UTF-8");
    }

    @Test
    void utf16DocumentIsRejected() {
        byte[] utf16 = TestFiles.resourceText("cii-invoice.xml").replace("UTF-8", "UTF-16")
                .getBytes(StandardCharsets.UTF_16);

        Rejection rejection = rejected("utf16.xml", utf16);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_ENCODING_UNSUPPORTED);
        assertThat(rejection.value()).startsWith("UTF-16");
    }

    @Test
    void invalidUtf8BytesAreRejectedAsMalformed() {
        byte[] xml = TestFiles.resourceText("cii-invoice.xml").replace("Kundin AG", "Kundin \u0000AG")
                .getBytes(StandardCharsets.UTF_8);
        // A lone continuation byte is not UTF-8.
        int at = indexOf(xml, "Kundin ".getBytes(StandardCharsets.UTF_8)) + 7;
        xml[at] = (byte) 0x80;

        Rejection rejection = rejected("bad-bytes.xml", xml);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_MALFORMED);
        assertThat(rejection.element()).startsWith("bad-bytes.xml, Zeile ");
    }

    @Test
    void truncatedXmlIsRejectedWithItsPosition() {
        byte[] xml = TestFiles.resource("cii-invoice.xml");

        Rejection rejection = rejected("cut.xml", Arrays.copyOf(xml, xml.length / 2));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_MALFORMED);
        assertThat(rejection.messageDe()).contains("cut.xml, Zeile");
    }

    @Test
    void deeplyNestedXmlIsRejected() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<a>".repeat(500) + "</a>".repeat(500);

        Rejection rejection = rejected("deep.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_MALFORMED);
        assertThat(rejection.value()).contains("100");
    }

    @Test
    void registeredAttachmentOfAnotherKindIsRejected() {
        byte[] pdf = TestFiles.pdf(List.of("Bestellung"),
                new TestFiles.Embedded("factur-x.xml", "Data", TestFiles.resource("not-an-invoice.xml")));

        Rejection rejection = rejected("order.pdf", pdf);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_NOT_AN_INVOICE);
        assertThat(rejection.element()).isEqualTo("factur-x.xml Wurzelelement");
    }

    @Test
    void xmlOfAnotherKindIsNotAnInvoice() {
        Rejection rejection = rejected("order.xml", TestFiles.resource("not-an-invoice.xml"));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_NOT_AN_INVOICE);
        assertThat(rejection.value()).isEqualTo("{urn:example:orders}order");
    }

    @Test
    void amountWithGermanDecimalCommaIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml")
                .replace("<ram:GrandTotalAmount>297.50<", "<ram:GrandTotalAmount>297,50<");

        Rejection rejection = rejected("comma.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.VALUE_MALFORMED);
        assertThat(rejection.element()).endsWith("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount");
        assertThat(rejection.value()).isEqualTo("297,50");
        assertThat(rejection.expected()).contains("1234.56");
        assertThat(rejection.messageDe()).startsWith("Ungültiger Wert \"297,50\" in ");
    }

    @Test
    void impossibleDateIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml").replace(">20240115<", ">20240231<");

        Rejection rejection = rejected("date.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.VALUE_MALFORMED);
        assertThat(rejection.element()).endsWith("ram:IssueDateTime/udt:DateTimeString");
        assertThat(rejection.value()).isEqualTo("20240231");
    }

    @Test
    void isoDateInCiiIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml").replace(">20240214<", ">2024-02-14<");

        Rejection rejection = rejected("date.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.element()).endsWith("ram:DueDateDateTime/udt:DateTimeString");
        assertThat(rejection.expected()).startsWith("Datum JJJJMMTT");
    }

    @Test
    void unknownCurrencyIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml").replace(">EUR<", ">EURO<");

        Rejection rejection = rejected("currency.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.element()).endsWith("ram:InvoiceCurrencyCode");
        assertThat(rejection.value()).isEqualTo("EURO");
    }

    @Test
    void missingInvoiceNumberIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml").replace("<ram:ID>TEST-2024-0042</ram:ID>", "");

        Rejection rejection = rejected("nonumber.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.VALUE_MISSING);
        assertThat(rejection.element()).isEqualTo("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID");
    }

    @Test
    void malformedSkontoLineIsRejected() {
        String xml = TestFiles.resourceText("cii-invoice.xml")
                .replace("#SKONTO#TAGE=10#PROZENT=2.00#", "#SKONTO#TAGE=10#PROZENT=2,0#");

        Rejection rejection = rejected("skonto.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.VALUE_MALFORMED);
        assertThat(rejection.value()).isEqualTo("#SKONTO#TAGE=10#PROZENT=2,0#");
        assertThat(rejection.expected()).startsWith("#SKONTO#TAGE=n#PROZENT=n.nn#");
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(rejected("empty.pdf", new byte[0]).reason()).isEqualTo(RejectionReason.EMPTY_FILE);
    }

    @Test
    void textFileIsNeitherPdfNorXml() {
        Rejection rejection = rejected("note.txt", "Rechnung folgt per Post".getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNKNOWN_FILE_TYPE);
        assertThat(rejection.value()).isEqualTo("Rechnung folgt p");
    }

    @Test
    void fileAboveConfiguredBoundIsRejected() {
        ReaderLimits limits = new ReaderLimits(1_000, 1_000, 5, Duration.ofSeconds(10));
        try (EInvoiceReader small = new EInvoiceReader(limits)) {
            ReadResult result = small.read("big.xml", TestFiles.resource("cii-invoice.xml"));

            Rejection rejection = ((ReadResult.Rejected) result).rejection();
            assertThat(rejection.reason()).isEqualTo(RejectionReason.FILE_TOO_LARGE);
            assertThat(rejection.expected()).isEqualTo("höchstens 1000 Bytes");
        }
    }

    @Test
    void oversizedAttachmentIsRejected() {
        ReaderLimits limits = new ReaderLimits(1L << 20, 1_000, 5, Duration.ofSeconds(10));
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"),
                new TestFiles.Embedded("factur-x.xml", "Alternative", TestFiles.resource("cii-invoice.xml")));
        try (EInvoiceReader small = new EInvoiceReader(limits)) {
            Rejection rejection = ((ReadResult.Rejected) small.read("big.pdf", pdf)).rejection();

            assertThat(rejection.reason()).isEqualTo(RejectionReason.FILE_TOO_LARGE);
            assertThat(rejection.element()).isEqualTo("PDF-Anhang factur-x.xml");
        }
    }

    @Test
    void truncatedPdfIsRejected() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"));

        Rejection rejection = rejected("cut.pdf", Arrays.copyOf(pdf, 20));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.PDF_CORRUPT);
        assertThat(rejection.messageDe()).startsWith("Die PDF-Datei ist beschädigt oder unvollständig");
    }

    @Test
    void pdfWithUserPasswordIsRejected() throws IOException {
        Rejection rejection = rejected("locked.pdf", encrypted("geheim"));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.PDF_ENCRYPTED);
    }

    @Test
    void pdfWithOwnerPasswordOnlyIsRejected() throws IOException {
        Rejection rejection = rejected("owner.pdf", encrypted(""));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.PDF_ENCRYPTED);
    }

    @Test
    void registeredAttachmentWithBrokenXmlRejectsTheFile() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"),
                new TestFiles.Embedded("factur-x.xml", "Alternative", "<rsm:Cross".getBytes(StandardCharsets.UTF_8)));

        Rejection rejection = rejected("broken.pdf", pdf);

        assertThat(rejection.reason()).isEqualTo(RejectionReason.XML_MALFORMED);
        assertThat(rejection.element()).startsWith("factur-x.xml, Zeile ");
    }

    @Test
    void readThatExceedsTheTimeoutIsRejected() {
        // A large document keeps the read busy well beyond 1 ms.
        String item = TestFiles.resourceText("cii-invoice.xml");
        String line = item.substring(item.indexOf("<ram:IncludedSupplyChainTradeLineItem>"),
                item.indexOf("<ram:ApplicableHeaderTradeAgreement>"));
        String big = item.replace(line, line.repeat(2_000));
        ReaderLimits limits = new ReaderLimits(50L << 20, 50L << 20, 5, Duration.ofMillis(1));
        try (EInvoiceReader hasty = new EInvoiceReader(limits)) {
            ReadResult result = hasty.read("big.xml", big.getBytes(StandardCharsets.UTF_8));

            Rejection rejection = ((ReadResult.Rejected) result).rejection();
            assertThat(rejection.reason()).isEqualTo(RejectionReason.TIMED_OUT);
            assertThat(rejection.messageEn()).startsWith("Reading the file took longer than");
        }
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(TestFiles.pdf(List.of("Rechnung")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Rejection rejected(String name, byte[] content) {
        ReadResult result = reader.read(name, content);
        assertThat(result).as("result for %s", name).isInstanceOf(ReadResult.Rejected.class);
        Rejection rejection = ((ReadResult.Rejected) result).rejection();
        assertThat(rejection.messageDe()).isNotBlank();
        assertThat(rejection.messageEn()).isNotBlank();
        assertThat(rejection.messageDe()).doesNotContain("\tat ").doesNotContain("Exception:");
        return rejection;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("part not found");
    }
}
