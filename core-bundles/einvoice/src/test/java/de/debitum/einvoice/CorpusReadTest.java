package de.debitum.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.testing.Corpus;

/**
 * Reads every file of the corpus folder {@code einvoice} and compares the result with the table
 * {@code einvoice-corpus-expected.tsv} and with the values the XML states, read here by XPath. The
 * table is a resource of the debitum-testing module, because the e-invoice connector's import test
 * reads it too.
 */
class CorpusReadTest {

    private static final String FOLDER = "einvoice";
    private static EInvoiceReader reader;

    /** One row of the expectation table. */
    record Expected(String file, String outcome, String format, String attachment, Set<String> warnings,
            String detail) {
    }

    @BeforeAll
    static void startReader() {
        reader = new EInvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    static Stream<Path> corpusFiles() {
        return Corpus.files(FOLDER).stream();
    }

    @Test
    void tableListsExactlyTheCorpusFiles() {
        Set<String> inCorpus = Corpus.files(FOLDER).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(table().keySet()).as("rows of einvoice-corpus-expected.tsv").containsExactlyInAnyOrderElementsOf(inCorpus);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void corpusFileReadsAsExpected(Path file) throws Exception {
        String name = file.getFileName().toString();
        Expected expected = table().get(name);
        assertThat(expected).as("row for %s in einvoice-corpus-expected.tsv (add one for every new corpus file)", name)
                .isNotNull();

        ReadResult result = reader.read(name, Files.readAllBytes(file));

        if (expected.outcome().startsWith("REJECTED:")) {
            assertThat(result).as("result of %s", name).isInstanceOf(ReadResult.Rejected.class);
            Rejection rejection = ((ReadResult.Rejected) result).rejection();
            assertThat(rejection.reason().name()).isEqualTo(expected.outcome().substring("REJECTED:".length()));
            assertThat(rejection.element()).contains(expected.detail());
            assertThat(rejection.messageDe()).isNotBlank();
            assertThat(rejection.messageEn()).isNotBlank();
            return;
        }

        assertThat(result).as("result of %s: %s", name, result).isInstanceOf(ReadResult.Accepted.class);
        InvoiceRecord invoice = ((ReadResult.Accepted) result).invoice();
        assertThat(invoice.sourceFormat() + "/" + invoice.profile()).isEqualTo(expected.format());
        assertThat(invoice.warnings().stream().map(w -> w.code().name()).collect(Collectors.toSet()))
                .as("warning codes of %s: %s", name, invoice.warnings())
                .isEqualTo(expected.warnings());

        switch (expected.outcome()) {
            case "READ" -> {
                assertThat(invoice.sourceTrust()).isEqualTo(InvoiceRecord.SourceTrust.SAFE_SOURCE);
                assertThat(invoice.flags()).isEmpty();
                assertStatedValues(file, expected, invoice);
            }
            case "BOOKING_AID" -> {
                assertThat(invoice.flags()).containsExactly(InvoiceFlag.BOOKING_AID_ONLY);
                assertThat(invoice.isSafeSource()).isFalse();
                assertStatedValues(file, expected, invoice);
            }
            case "NEEDS_CONFIRMATION" -> assertPlainPdfValues(expected, invoice);
            default -> throw new IllegalStateException("Unknown outcome in table: " + expected.outcome());
        }
    }

    private static void assertStatedValues(Path file, Expected expected, InvoiceRecord invoice) throws Exception {
        byte[] xml;
        if (expected.attachment().equals("-")) {
            assertThat(invoice.container()).isEqualTo(InvoiceRecord.Container.XML);
            assertThat(invoice.attachment()).isNull();
            xml = Files.readAllBytes(file);
        } else {
            assertThat(invoice.container()).isEqualTo(InvoiceRecord.Container.PDF);
            assertThat(invoice.attachment().name()).isEqualTo(expected.attachment());
            xml = attachment(file, expected.attachment());
        }
        StatedValues stated = StatedValues.of(xml);

        assertThat(invoice.number()).as("number").isEqualTo(stated.number());
        assertThat(invoice.typeCode()).as("type code").isEqualTo(stated.typeCode());
        assertThat(invoice.issueDate()).as("issue date").isEqualTo(stated.issueDate());
        assertThat(invoice.dueDate()).as("due date").isEqualTo(stated.dueDate());
        assertThat(invoice.seller().name()).as("seller").isEqualTo(stated.sellerName());
        assertThat(invoice.buyer() == null ? null : invoice.buyer().name()).as("buyer").isEqualTo(stated.buyerName());
        assertThat(invoice.currency().getCurrencyCode()).as("currency").isEqualTo(stated.currency());
        assertThat(amountOrNull(invoice.totals().taxBasisTotal())).as("tax basis total")
                .isEqualTo(scaled(stated.taxBasisTotal()));
        assertThat(amountOrNull(invoice.totals().taxTotal())).as("tax total").isEqualTo(scaled(stated.taxTotal()));
        assertThat(invoice.totals().grandTotal().amount()).as("grand total").isEqualByComparingTo(stated.grandTotal());
        assertThat(invoice.totals().amountDue().amount()).as("amount due").isEqualByComparingTo(stated.amountDue());
        assertThat(invoice.payment().expectedIban()).as("IBAN").isEqualTo(stated.iban());
    }

    private static BigDecimal amountOrNull(de.debitum.api.money.Money money) {
        return money == null ? null : money.amount();
    }

    /** Brings a stated amount to the two decimals that {@code Money} keeps for EUR and most currencies. */
    private static BigDecimal scaled(BigDecimal stated) {
        return stated == null ? null : stated.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void assertPlainPdfValues(Expected expected, InvoiceRecord invoice) {
        String[] values = expected.detail().split(";");
        assertThat(invoice.sourceTrust()).isEqualTo(InvoiceRecord.SourceTrust.NEEDS_CONFIRMATION);
        assertThat(invoice.flags()).containsExactly(InvoiceFlag.NEEDS_CONFIRMATION);
        assertThat(invoice.isSafeSource()).isFalse();
        assertThat(invoice.number()).as("number").isEqualTo(values[0]);
        assertThat(invoice.issueDate()).as("issue date").isEqualTo(LocalDate.parse(values[1]));
        assertThat(invoice.dueDate()).as("due date").isEqualTo(LocalDate.parse(values[2]));
        assertThat(invoice.totals().grandTotal().amount()).as("gross").isEqualByComparingTo(new BigDecimal(values[3]));
        assertThat(invoice.payment().expectedIban()).as("IBAN").isEqualTo(values[4]);
    }

    /**
     * Extracts an embedded file with PDFBox directly from the file specification objects,
     * independent of the reader's name tree walk and selection.
     */
    private static byte[] attachment(Path pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            for (COSObject object : doc.getDocument().getObjectsByType(COSName.FILESPEC)) {
                if (object.getObject() instanceof COSDictionary dictionary) {
                    PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
                    if ((name.equals(spec.getFilename()) || name.equals(spec.getFileUnicode()))
                            && spec.getEmbeddedFile() != null) {
                        return spec.getEmbeddedFile().toByteArray();
                    }
                }
            }
            throw new AssertionError("No attachment " + name + " in " + pdf);
        }
    }

    private static Map<String, Expected> table() {
        try (InputStream in = CorpusReadTest.class.getResourceAsStream("/einvoice-corpus-expected.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            Map<String, Expected> rows = new LinkedHashMap<>();
            for (String line : lines) {
                String[] c = line.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalStateException("Table row needs 7 tab-separated columns: " + line);
                }
                Set<String> warnings = c[4].equals("-") ? Set.of()
                        : Arrays.stream(c[4].split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                                .collect(Collectors.toSet());
                rows.put(c[0], new Expected(c[0], c[1], c[2], c[3], warnings, c[5]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
