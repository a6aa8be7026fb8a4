package de.debitum.output.internal.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;

/** Stores a debtor and an invoice through ingestion, so that audit events can name them. */
final class AuditSubjects {

    record Ids(long debtorId, long documentId) {
    }

    private AuditSubjects() {
    }

    static Ids seed(OutputFixture fixture) {
        DebtorData debtor = new DebtorData("d-1", "K-1", "Bäckerei Müller GmbH",
                new PostalAddress("Schloßstraße 7", null, "50667", "Köln", "DE"), "einkauf@baeckerei-mueller.de",
                "de", false, null, null, List.of());
        Money net = Money.euro("100.00");
        Money tax = Money.euro("19.00");
        DocumentData invoice = new DocumentData("RE-2026-0001", "d-1", DocumentKind.INVOICE, "RE-2026-0001",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), null, null, Money.EUR,
                List.of(new VatLine("S", new BigDecimal("19.00"), net, tax)), net.plus(tax), null, null, null, null,
                null, true);
        new DefaultIngestionService(fixture.persistence)
                .ingest(IngestionBatch.of(fixture.tenant, "erp", "erp-1", List.of(debtor, invoice)));
        return new Ids(new DefaultDebtorStore(fixture.persistence).findByExternalId(fixture.tenant, "erp", "d-1")
                .orElseThrow().id(),
                new DefaultDocumentStore(fixture.persistence).findByExternalId(fixture.tenant, "erp", "RE-2026-0001")
                        .orElseThrow().id());
    }
}
