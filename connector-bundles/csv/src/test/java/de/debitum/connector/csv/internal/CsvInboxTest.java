package de.debitum.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.testing.TestDatabase;

/** The connector on hand-written exports against the real datacenter: import, bad rows, re-drop and unreadable files. */
class CsvInboxTest {

    @TempDir
    Path root;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void excelExportImportedOnce(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = TestFiles.resource("rechnungen-excel.csv");

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "invoices", Map.of())) {
            instance.dropAndAwait("rechnungen.csv", content);

            assertThat(instance.inbox().resolve(".done/rechnungen.csv")).exists();
            assertThat(instance.inbox().resolve(".done/rechnungen.csv.reason.txt")).doesNotExist();
            assertThat(instance.checkpoint()).contains("rechnungen.csv");
            DocumentData stored = datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-2024-003")
                    .orElseThrow().data();
            assertThat(stored.amountDue()).isEqualTo(Money.euro("1469.13"));
            assertThat(stored.taxTotal()).isEqualTo(Money.euro("234.57"));
            assertThat(datacenter.debtors().findByExternalId(tenant, "csv:invoices", "K-200").orElseThrow().data().name())
                    .isEqualTo("Bäckerei Weiß; Inh. Jörg Groß");
            assertThat(instance.reports).hasSize(1);
            assertThat(instance.reports.get(0).created()).isEqualTo(5);

            instance.dropAndAwait("rechnungen.csv", content);

            assertThat(instance.inbox().resolve(".done/rechnungen-2.csv")).exists();
            ImportReport again = instance.reports.get(1);
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invoicesInLaterCallsFindDebtorOfCustomerList(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        // The customer list comes first, from its own source; the invoice list names the same numbers.
        datacenter.ingestion().ingest(IngestionBatch.of(tenant, "csv:debtors", "test", new CsvFileReader(
                TestFiles.settings("debtors", Map.of())).read("""
                Kundennummer;Name;Straße;PLZ;Ort;Land
                K-1;Bäckerei Schmidt;Hauptstraße 1;10115;Berlin;DE
                K-2;Weber & Söhne;Marktplatz 2;04109;Leipzig;DE
                """.getBytes(StandardCharsets.UTF_8)).records()));
        List<CanonicalRecord> invoices = new CsvFileReader(TestFiles.settings("invoices", Map.of())).read("""
                Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;USt-Satz;USt;Brutto
                RE-1;02.03.2026;16.03.2026;K-1;Bäckerei Schmidt;100,00;19;19,00;119,00
                RE-2;02.03.2026;16.03.2026;K-2;Weber & Söhne;50,00;19;9,50;59,50
                RE-3;03.03.2026;17.03.2026;K-1;Bäckerei Schmidt;10,00;19;1,90;11,90
                """.getBytes(StandardCharsets.UTF_8)).records();

        // Two documents per call: RE-3 comes in the second call and still needs its debtor with it.
        List<List<CanonicalRecord>> chunks = CsvFileProcessor.chunks(invoices, 2);
        assertThat(chunks).hasSize(2);
        for (List<CanonicalRecord> chunk : chunks) {
            assertThat(datacenter.ingestion().ingest(IngestionBatch.of(tenant, "csv:invoices", "test", chunk))
                    .rejections()).isEmpty();
        }

        long debtorK1 = datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-1").orElseThrow().debtorId();
        assertThat(datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-3").orElseThrow().debtorId())
                .isEqualTo(debtorK1);
        assertThat(datacenter.debtors().find(tenant, debtorK1).orElseThrow().data().address().city()).isEqualTo("Berlin");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badRowsListedGoodRowsStored(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "invoices", Map.of())) {
            instance.dropAndAwait("fehler.csv", TestFiles.resource("rechnungen-fehler.csv"));

            assertThat(instance.inbox().resolve(".done/fehler.csv")).exists();
            String reason = Files.readString(instance.inbox().resolve(".done/fehler.csv.reason.txt"), StandardCharsets.UTF_8);
            assertThat(reason).startsWith("Die Datei fehler.csv wurde importiert, aber 4 Zeilen wurden abgelehnt;"
                    + " 2 Zeilen sind gespeichert.");
            assertThat(reason).contains("- Zeile 3, Spalte 'Rechnungsdatum': Wert '31.02.2024'",
                    "- Zeile 4, Spalte 'Netto': Wert '12,3x'", "- Zeile 5, Spalte 'Rechnungsnummer': Wert (leer)",
                    "- Zeile 6, Spalte 'Brutto': Wert '120,00'", "- Row 3, column 'Rechnungsdatum': value '31.02.2024'");
            assertThat(reason.indexOf("Die Datei")).isLessThan(reason.indexOf("The file"));
            assertThat(datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-100")).isPresent();
            assertThat(datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-105")).isPresent();
            assertThat(datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-101")).isEmpty();
            assertThat(datacenter.documents().findByExternalId(tenant, "csv:invoices", "RE-104")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void paymentsReDroppedStoreNothingNew(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = TestFiles.resource("zahlungen-bank.csv");
        List<String> ids = new CsvFileReader(TestFiles.settings("payments", Map.of())).read(content).records().stream()
                .map(record -> ((PaymentData) record).externalId()).toList();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "payments", Map.of())) {
            instance.dropAndAwait("umsaetze.csv", content);
            instance.dropAndAwait("umsaetze-kopie.csv", content);

            assertThat(instance.reports).extracting(ImportReport::created).containsExactly(2, 0);
            assertThat(instance.reports).extracting(ImportReport::unchanged).containsExactly(0, 2);
            PaymentData rent = datacenter.payments().findByExternalId(tenant, "csv:payments", ids.get(1))
                    .orElseThrow().data();
            assertThat(rent.amount()).isEqualTo(Money.euro("-850.00"));
            assertThat(rent.counterpartyIban()).isEqualTo("DE02120300000000202051");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unreadableFileMovedToError(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "invoices", Map.of())) {
            instance.dropAndAwait("kaputt.csv", TestFiles.resource("undefiniertes-byte.csv"));

            assertThat(instance.inbox().resolve(".error/kaputt.csv")).exists();
            String reason = Files.readString(instance.inbox().resolve(".error/kaputt.csv.reason.txt"), StandardCharsets.UTF_8);
            assertThat(reason).startsWith("Die Datei kaputt.csv wurde nicht importiert.")
                    .contains("Kodierung windows-1252", "The file kaputt.csv was not imported.");
            assertThat(instance.reports).isEmpty();
            assertThat(instance.checkpoint()).isEmpty();
            assertThat(instance.fileRejections).singleElement().satisfies(report -> {
                assertThat(report.source()).isEqualTo("csv:invoices");
                assertThat(report.fileRejection().fileName()).isEqualTo("kaputt.csv");
                assertThat(report.fileRejection().messageDe()).contains("Kodierung windows-1252");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void missingColumnsRecordedAsRejectedFile(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "invoices", Map.of())) {
            instance.dropAndAwait("spalten.csv", TestFiles.resource("falsche-spalten.csv"));

            assertThat(instance.inbox().resolve(".error/spalten.csv.reason.txt")).exists();
            FileRejection stored = datacenter.ingestion().lastFileRejection(tenant, instance.instanceId()).orElseThrow();
            assertThat(stored.fileName()).isEqualTo("spalten.csv");
            assertThat(stored.messageDe()).startsWith("Der Kopfzeile fehlen die Spalten");
            assertThat(stored.messageEn()).startsWith("The header row lacks the columns");

            instance.dropAndAwait("rechnungen.csv", TestFiles.resource("rechnungen-excel.csv"));
            assertThat(datacenter.ingestion().lastFileRejection(tenant, instance.instanceId())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void debtorsImportedWithAddress(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, "debtors", Map.of())) {
            instance.dropAndAwait("debitoren.csv", TestFiles.resource("debitoren.csv"));

            var debtor = datacenter.debtors().findByExternalId(tenant, "csv:debtors", "K-100").orElseThrow().data();
            assertThat(debtor.address().city()).isEqualTo("Berlin");
            assertThat(debtor.email()).isEqualTo("buchhaltung@mueller-soehne.example");
            assertThat(datacenter.debtors().findByExternalId(tenant, "csv:debtors", "K-200")).isEmpty();
            assertThat(instance.inbox().resolve(".done/debitoren.csv.reason.txt")).content(StandardCharsets.UTF_8)
                    .contains("Zeile 3, Spalte 'Land': Wert 'Deutschland'");
        }
    }
}
