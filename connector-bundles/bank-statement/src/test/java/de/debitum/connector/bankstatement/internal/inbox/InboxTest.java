package de.debitum.connector.bankstatement.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.SourceCoverage;
import de.debitum.connector.bankstatement.internal.parse.ParseResult;
import de.debitum.connector.bankstatement.internal.parse.StatementReader;
import de.debitum.testing.TestDatabase;

/** The connector on hand-written statements against the real datacenter: import, hold, retry and re-drop. */
class InboxTest {

    private static final LocalDate FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate TO = LocalDate.of(2100, 12, 31);

    @TempDir
    Path root;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reportedPeriodIsCoveredWithDaysWithoutBookings(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        String camt = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-09T06:00:00+01:00</CreDtTm></GrpHdr>
                <Stmt><Id>W10</Id><ElctrncSeqNb>10</ElctrncSeqNb>
                <FrToDt><FrDtTm>2026-03-02T00:00:00+01:00</FrDtTm><ToDtTm>2026-03-08T23:59:59+01:00</ToDtTm></FrToDt>
                <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
                <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">150.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-08</Dt></Dt></Bal>
                <Ntry><NtryRef>E1</NtryRef><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-03-04</Dt></BookgDt><ValDt><Dt>2026-03-04</Dt></ValDt><AcctSvcrRef>R1</AcctSvcrRef>
                <NtryDtls><TxDtls><RmtInf><Ustrd>RE-2026-0001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """;

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("woche10.xml", camt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/woche10.xml")).exists();
            assertThat(datacenter.coverage().coverage(tenant)).singleElement().satisfies(covered -> {
                assertThat(covered.from()).isEqualTo(LocalDate.of(2026, 3, 2));
                assertThat(covered.to()).isEqualTo(LocalDate.of(2026, 3, 8));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void balancedFileImportedOnce(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = resource("mt940-windows1252.sta");

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("auszug.sta", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/auszug.sta")).exists();
            List<Payment> stored = datacenter.payments().listBooked(tenant, FROM, TO);
            assertThat(stored).hasSize(3);
            assertThat(instance.checkpoint()).contains("auszug.sta");
            String source = stored.get(0).source();
            assertThat(source).startsWith("mt940:").doesNotContain("0532013000");
            assertThat(datacenter.coverage().coverage(tenant))
                    .containsExactly(new SourceCoverage(source, DataKind.PAYMENTS, LocalDate.of(2024, 1, 31),
                            LocalDate.of(2024, 1, 31)));

            ParseResult read = StatementReader.read("auszug.sta", content);
            PaymentData returned = datacenter.payments()
                    .findByExternalId(tenant, source, read.payments().get(1).externalId()).orElseThrow().data();
            assertThat(returned.accountIban()).isEqualTo("DE89370400440532013000");
            assertThat(returned.amount()).isEqualTo(Money.euro("-250.00"));
            assertThat(returned.reversal()).isTrue();
            assertThat(returned.mandateReference()).isEqualTo("M-77");
            assertThat(returned.endToEndId()).isEqualTo("RE-2024-0042");
            PaymentData credit = datacenter.payments()
                    .findByExternalId(tenant, source, read.payments().get(0).externalId()).orElseThrow().data();
            assertThat(credit.counterpartyName()).isEqualTo("Jörg Müller GmbH & Co. KG");
            assertThat(credit.counterpartyIban()).isEqualTo("DE89370400440532013000");
            assertThat(credit.creditorReference()).isEqualTo("RF18539007547034");

            int reports = instance.reports.size();
            instance.drop("auszug.sta", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/auszug-2.sta")).exists();
            assertThat(datacenter.payments().listBooked(tenant, FROM, TO)).hasSize(3);
            assertThat(instance.reports.subList(reports, instance.reports.size()))
                    .allSatisfy(report -> {
                        assertThat(report.created()).isZero();
                        assertThat(report.updated()).isZero();
                        assertThat(report.unchanged()).isEqualTo(3);
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unbalancedFileHeldWithReason(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("reversals.xml", resource("camt053-reversals.xml"));
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".error/reversals.xml")).exists();
            String reason = Files.readString(instance.inbox().resolve(".error/reversals.xml.reason.txt"));
            assertThat(reason).contains("Der Auszug geht nicht auf", "The statement does not balance",
                    FilePlanner.TODO_UNBALANCED.german(), FilePlanner.TODO_UNBALANCED.english());
            assertThat(reason).doesNotContain("DE12500105170648489890");
            assertThat(datacenter.paymentCount(tenant)).isZero();
            assertThat(instance.reports).isEmpty();
            FileRejection rejection = instance.fileRejections.get(0).fileRejection();
            assertThat(rejection.fileName()).isEqualTo("reversals.xml");
            assertThat(rejection.messageDe()).contains("Der Auszug geht nicht auf", FilePlanner.TODO_UNBALANCED.german());
            assertThat(rejection.messageEn()).contains("The statement does not balance",
                    FilePlanner.TODO_UNBALANCED.english());
            assertThat(datacenter.ingestion().lastFileRejection(tenant, tenant.value() + ".bank")).contains(rejection);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unbalancedFileImportedUnderImportPolicy(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = resource("camt053-reversals.xml");
        Map<String, String> settings = Map.of(ImportSettings.UNBALANCED, UnbalancedPolicy.IMPORT.value());

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, settings)) {
            instance.drop("reversals.xml", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/reversals.xml")).exists();
            List<Payment> stored = datacenter.payments().listBooked(tenant, FROM, TO);
            assertThat(stored).hasSize(StatementReader.read("reversals.xml", content).payments().size());
            assertThat(stored).extracting(payment -> payment.data().returnReason()).contains("MD06");
            assertThat(stored).extracting(payment -> payment.data().fees()).contains(Money.euro("3.00"));
            // Two of the three statements balance (one only with its reversals read the other way).
            assertThat(datacenter.coverage().coverage(tenant)).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void accountWithoutIbanHeldUntilConfigured(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = resource("mt940-account-without-iban.sta");

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root.resolve("first"), Map.of())) {
            instance.drop("konto.sta", content);
            instance.awaitInboxEmpty();

            String reason = Files.readString(instance.inbox().resolve(".error/konto.sta.reason.txt"));
            assertThat(reason).contains("Das Konto 1222333444 hat keine gültige IBAN", FilePlanner.TODO_IBAN.german(),
                    FilePlanner.TODO_IBAN.english());
            assertThat(datacenter.paymentCount(tenant)).isZero();
        }

        Map<String, String> settings = Map.of(ImportSettings.ACCOUNT_IBANS, "1222333444 = DE02 1203 0000 0000 2020 51");
        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root.resolve("second"), settings)) {
            instance.drop("konto.sta", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/konto.sta")).exists();
            assertThat(datacenter.payments().listBooked(tenant, FROM, TO))
                    .extracting(payment -> payment.data().accountIban()).containsOnly("DE02120300000000202051");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectedAndOversizedFilesHeld(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        Map<String, String> settings = Map.of(ImportSettings.MAX_FILE_SIZE, "1");

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, settings)) {
            instance.drop("broken.xml", resource("camt-broken.xml"));
            instance.drop("entities.xml", resource("camt-external-entity.xml"));
            instance.drop("big.txt", new byte[1024 * 1024 + 1]);
            instance.awaitInboxEmpty();

            Path error = instance.inbox().resolve(".error");
            for (String name : List.of("broken.xml", "entities.xml", "big.txt")) {
                assertThat(error.resolve(name)).exists();
                assertThat(Files.readString(error.resolve(name + ReasonFile.SUFFIX)))
                        .contains("wurde nicht importiert", "was not imported");
            }
            assertThat(Files.readString(error.resolve("big.txt" + ReasonFile.SUFFIX)))
                    .contains("Die Datei ist zu groß (1048577 Bytes, höchstens 1048576 Bytes).");
            String expected = StatementReader.read("broken.xml", resource("camt-broken.xml")).rejections().get(0)
                    .message().german();
            assertThat(Files.readString(error.resolve("broken.xml" + ReasonFile.SUFFIX))).contains(expected);
            assertThat(datacenter.paymentCount(tenant)).isZero();
            assertThat(instance.fileRejections).extracting(report -> report.fileRejection().fileName())
                    .containsExactlyInAnyOrder("broken.xml", "entities.xml", "big.txt");
            assertThat(instance.fileRejections).extracting(ImportReport::source)
                    .containsOnly(StatementFileProcessor.REJECTED_FILE_SOURCE);
            assertThat(instance.fileRejections).extracting(report -> report.fileRejection().messageDe())
                    .anySatisfy(message -> assertThat(message).contains(expected));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectedPaymentHoldsPartlyStoredFile(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        byte[] content = resource("camt053-long-name.xml");

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("lang.xml", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".error/lang.xml")).exists();
            String reason = Files.readString(instance.inbox().resolve(".error/lang.xml.reason.txt"));
            assertThat(reason).contains("wurde nur zum Teil importiert", "was imported only in part",
                    "Feld counterpartyName", "field counterpartyName");
            assertThat(datacenter.payments().listBooked(tenant, FROM, TO))
                    .extracting(payment -> payment.data().endToEndId()).containsExactly("E2E-L1");
            assertThat(instance.fileRejections).isEmpty();

            instance.drop("lang.xml", content);
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".error/lang-2.xml.reason.txt")).exists();
            assertThat(datacenter.paymentCount(tenant)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void failedStoreLeavesFileForNextPoll(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        // The tenant does not exist yet, so ingestion stores nothing and raises.
        TenantId tenant = TenantId.of("later-" + ProcessHandle.current().pid() + "-" + System.nanoTime());

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("auszug.sta", resource("mt940-windows1252.sta"));
            Thread.sleep(500);

            assertThat(instance.inbox().resolve("auszug.sta")).exists();
            assertThat(instance.inbox().resolve(".error")).doesNotExist();
            assertThat(instance.inbox().resolve(".done")).doesNotExist();

            datacenter.tenants().create(tenant, "Spät GmbH");
            instance.awaitInboxEmpty();

            assertThat(instance.inbox().resolve(".done/auszug.sta")).exists();
            assertThat(datacenter.paymentCount(tenant)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fileNamePatternIgnoresCaseAndOtherFiles(TestDatabase.Kind kind) throws Exception {
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, Map.of())) {
            instance.drop("notes.pdf", "kein Auszug".getBytes(StandardCharsets.UTF_8));
            instance.drop("AUSZUG.STA", resource("mt940-windows1252.sta"));
            InboxInstance.awaitTrue(() -> Files.exists(instance.inbox().resolve(".done/AUSZUG.STA")));
            Thread.sleep(200);

            assertThat(instance.inbox().resolve("notes.pdf")).exists();
            assertThat(instance.inbox().resolve(".error/notes.pdf")).doesNotExist();
            assertThat(datacenter.paymentCount(tenant)).isEqualTo(3);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = InboxTest.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Test resource not found: /statements/" + name);
            }
            return in.readAllBytes();
        }
    }
}
