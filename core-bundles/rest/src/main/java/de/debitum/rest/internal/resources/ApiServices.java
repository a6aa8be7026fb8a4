package de.debitum.rest.internal.resources;

import java.time.Clock;

import de.debitum.api.auth.ApiKeyStore;
import de.debitum.api.auth.UserStore;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.ingest.ImportProgressService;
import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.output.InvoiceSending;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.query.ReceivablesQueries;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.AuditTrail;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.ImportBatchStore;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.ledger.LedgerService;
import de.debitum.matching.MatchingService;
import de.debitum.output.DeliveryFeedback;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.rest.internal.auth.Authenticator;
import de.debitum.rest.internal.auth.PasswordHasher;

/** The hub's services that the resources call, and the API's own settings. */
public record ApiServices(TenantStore tenants, UserStore users, ApiKeyStore apiKeys, ReceivablesQueries queries,
                          DocumentStore documents, DebtorStore debtors, AuditTrail audit, AllocationStore allocations,
                          ImportBatchStore imports, ImportProgressService importProgress, ConnectorHostService host,
                          ConnectorInstanceStore instances,
                          CompanyProfileStore companyProfiles, LedgerService ledger, LedgerExportStore ledgerExports,
                          ConnectorBundleService connectorBundles, InvoiceSending invoiceSending,
                          PaymentStore payments, MatchReviewStore review, MatchingService matching,
                          DunningRunService dunning, DunningStore dunningStore, OutboxStore outbox,
                          DunningLetterRenderer letterRenderer, DeliveryFeedback deliveryFeedback,
                          Authenticator authenticator, PasswordHasher hasher, Clock clock, long uploadMaxBytes) {

    /** Creates the services without import progress, for tests of resources that do not read it. */
    public ApiServices(TenantStore tenants, UserStore users, ApiKeyStore apiKeys, ReceivablesQueries queries,
                       DocumentStore documents, DebtorStore debtors, AuditTrail audit, AllocationStore allocations,
                       ImportBatchStore imports, ConnectorHostService host, ConnectorInstanceStore instances,
                       CompanyProfileStore companyProfiles, LedgerService ledger, LedgerExportStore ledgerExports,
                       ConnectorBundleService connectorBundles, InvoiceSending invoiceSending,
                       PaymentStore payments, MatchReviewStore review, MatchingService matching,
                       DunningRunService dunning, DunningStore dunningStore, OutboxStore outbox,
                       DunningLetterRenderer letterRenderer, DeliveryFeedback deliveryFeedback,
                       Authenticator authenticator, PasswordHasher hasher, Clock clock, long uploadMaxBytes) {
        this(tenants, users, apiKeys, queries, documents, debtors, audit, allocations, imports, null, host, instances,
                companyProfiles, ledger, ledgerExports, connectorBundles, invoiceSending, payments, review, matching,
                dunning, dunningStore, outbox, letterRenderer, deliveryFeedback, authenticator, hasher, clock,
                uploadMaxBytes);
    }
}
