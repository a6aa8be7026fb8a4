package de.debitum.ui.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON shapes of the hub's HTTP API, version 1, as records. Unknown properties are ignored, so
 * the hub may add fields without breaking the UI. Amounts arrive as strings with two decimals
 * and are read as {@link BigDecimal}.
 */
public final class Model {

    private Model() {
    }

    /** A bearer token; a password sign-in also brings a refresh token, an API key none. */
    public record TokenResponse(String token, String tokenType, long expiresIn, Instant expiresAt,
                                String refreshToken, Instant refreshExpiresAt) {
    }

    /** The caller: {@code kind} is {@code user} or {@code api-key}; operators see every tenant. */
    public record Me(String name, String kind, String role, List<String> tenants, String language) {

        public Me {
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }

        public boolean isOperator() {
            return "operator".equals(role);
        }

        /** True for operators and tenant admins, who may change connectors, users and keys. */
        public boolean isAdmin() {
            return isOperator() || "tenant-admin".equals(role);
        }
    }

    public record Tenant(String id, String name, Instant createdAt) {
    }

    public record OverdueBuckets(BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90,
            BigDecimal over90) {
    }

    /** Open and overdue amounts of one currency; {@code dso} is null without recent invoices. */
    public record CurrencyAmounts(String currency, BigDecimal open, BigDecimal overdue,
            OverdueBuckets overdueBuckets, Double dso) {
    }

    /** An instance that needs a person: its routes failed, or it rejected its latest file as a whole. */
    public record FailedConnector(String instanceId, String state, String lastError, FileRejection lastFileRejection) {

        /** Returns the route error, or the latest file rejection in the locale's language, or "". */
        public String problem(Locale locale) {
            if (lastError != null) {
                return lastError;
            }
            return lastFileRejection == null ? "" : lastFileRejection.fileName() + ": " + lastFileRejection.in(locale);
        }
    }

    /** A file that a connector rejected as a whole, with the reason in German and English. */
    public record FileRejection(String fileName, String messageDe, String messageEn) {

        /** Returns the English reason for an English locale and the German one otherwise. */
        public String in(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageDe;
        }
    }

    public record Overview(LocalDate asOf, List<CurrencyAmounts> amounts, long openDocuments,
            long overdueDocuments, long unallocatedPayments, List<FailedConnector> failedConnectors) {

        public Overview {
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
            failedConnectors = failedConnectors == null ? List.of() : List.copyOf(failedConnectors);
        }
    }

    /**
     * A text in several languages, keyed by language code. {@link #in(Locale)} falls back to German,
     * then to any text present.
     */
    public record LocalizedText(Map<String, String> texts) {

        public String in(Locale locale) {
            if (texts == null || texts.isEmpty()) {
                return "";
            }
            String text = texts.get(locale.getLanguage());
            if (text == null) {
                text = texts.get("de");
            }
            return text != null ? text : texts.values().iterator().next();
        }
    }

    public record ConnectorField(String key, Map<String, String> label, String type, boolean required,
            String defaultValue, boolean secret, String pattern, List<String> choices,
            Map<String, String> help) {

        public ConnectorField {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public String label(Locale locale) {
            String text = new LocalizedText(label).in(locale);
            return text.isEmpty() ? key : text;
        }

        public String help(Locale locale) {
            return new LocalizedText(help).in(locale);
        }
    }

    public record ConnectorType(String id, String version, String bundle, Map<String, String> displayName,
            List<String> provides, List<ConnectorField> fields) {

        public ConnectorType {
            provides = provides == null ? List.of() : List.copyOf(provides);
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public String displayName(Locale locale) {
            String text = new LocalizedText(displayName).in(locale);
            return text.isEmpty() ? id : text;
        }
    }

    /** A tenant's connector instance with its run status. */
    public record ConnectorInstance(String id, String typeId, String typeVersion, boolean enabled,
            String state, Instant lastRun, Instant lastSuccess, Long recordsLastRun, Long recordsTotal,
            String lastError, Instant lastErrorAt, Instant nextAttempt, FileRejection lastFileRejection) {
    }

    /** An instance's configuration; secret values are always empty, {@code secretsSet} names the stored ones. */
    public record ConnectorConfig(String id, String typeId, boolean enabled, Map<String, String> configuration,
            List<String> secretsSet) {

        public ConnectorConfig {
            configuration = configuration == null ? Map.of() : Map.copyOf(configuration);
            secretsSet = secretsSet == null ? List.of() : List.copyOf(secretsSet);
        }
    }

    public record ConnectorConfigRequest(String typeId, boolean enabled, Map<String, String> configuration) {
    }

    public record ConnectionTestResult(boolean successful, String message) {
    }

    public record Debtor(long id, String source, String externalId, String customerNumber, String name,
            String city, String countryCode, String email, boolean consumer, boolean dunningBlocked) {
    }

    public record Document(long id, String number, String kind, Long debtorId, String debtorName,
            LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal grossTotal, BigDecimal amountDue,
            BigDecimal openAmount, String status, String source) {
    }

    public record AuditEvent(long id, Instant occurredAt, String type, String subjectType, String subjectId,
            String actor, String details) {
    }

    public record DocumentDetail(long id, String number, String kind, Long debtorId, String debtorName,
            LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal grossTotal, BigDecimal amountDue,
            BigDecimal openAmount, String status, String source, BigDecimal netTotal, BigDecimal taxTotal,
            String orderReference, String buyerReference, LocalDate bookedOn, String originalFileName,
            boolean safeSource, List<DocumentNote> flags, List<DocumentNote> warnings, boolean needsConfirmation,
            DocumentConfirmation confirmation, List<AuditEvent> audit) {

        public DocumentDetail {
            flags = flags == null ? List.of() : List.copyOf(flags);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            audit = audit == null ? List.of() : List.copyOf(audit);
        }
    }

    /** A flag or a reader warning of a document, with its message in German and English. */
    public record DocumentNote(String code, String messageDe, String messageEn) {
    }

    /** A person's confirmation that a flagged or unsafe-source document may be dunned. */
    public record DocumentConfirmation(long documentId, String confirmedBy, Instant confirmedAt) {
    }

    public record Payment(long id, String source, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
            String currency, String counterpartyName, String remittanceText, Long duplicateOf,
            BigDecimal allocated) {
    }

    /** One piece of evidence of a matching explanation, in German and English. */
    public record Evidence(String kind, String value, String german, String english) {
    }

    /** Why matching proposes or made an allocation: rule, confidence and evidence. */
    public record Explanation(String rule, BigDecimal confidence, String german, String english,
            List<Evidence> evidence) {

        public Explanation {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** An allocation that a suggestion would make, or that was made. */
    public record MatchAllocation(Long id, long documentId, String documentNumber, Long paymentId, String kind,
            BigDecimal amount, String currency, String rule, String user, boolean undone,
            Explanation explanation) {
    }

    /** The payment a suggestion settles. */
    public record SuggestedPayment(long id, LocalDate bookingDate, BigDecimal amount, String currency,
            String counterpartyName, String remittanceText) {
    }

    /** A matching proposal below the confidence bar that waits for a person. */
    public record MatchSuggestion(long id, long paymentId, Long debtorId, int rank, BigDecimal score, String rule,
            String state, Explanation explanation, List<MatchAllocation> allocations, SuggestedPayment payment) {

        public MatchSuggestion {
            allocations = allocations == null ? List.of() : List.copyOf(allocations);
        }
    }

    /** A page of open suggestions and the number of payments awaiting review. */
    public record SuggestionPage(List<MatchSuggestion> items, int page, int size, long paymentsAwaitingReview) {

        public SuggestionPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The allocations a confirmation stored. */
    public record Confirmation(long suggestionId, List<MatchAllocation> allocations) {

        public Confirmation {
            allocations = allocations == null ? List.of() : List.copyOf(allocations);
        }
    }

    /** One import batch; {@code fileRejection} is set when the connector rejected the batch's file as a whole. */
    public record ImportBatch(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
            long received, long created, long updated, long unchanged, long rejected, long duplicates,
            FileRejection fileRejection) {
    }

    /**
     * An unfinished import run of an instance: {@code recordsStored} committed by earlier calls,
     * {@code recordsProcessed} of the {@code recordsInBatch} records of the call being stored now.
     */
    public record ImportProgress(String instanceId, String source, Instant startedAt, Instant updatedAt,
            long recordsStored, long recordsInBatch, long recordsProcessed, long recordsSoFar) {
    }

    public record Rejection(String recordType, String externalId, String field, String value, String rule,
            String message) {
    }

    /** A payment that an import marked as a repeat of another source's payment; {@code undone} once a user reversed that. */
    public record Duplicate(Long paymentId, String externalId, Long originalPaymentId, String originalSource,
            boolean undone) {
    }

    /** A payment whose duplicate decision was undone: it counts on its own and no longer repeats {@code formerDuplicateOf}. */
    public record UndoneDuplicate(long id, String source, Long duplicateOf, Long formerDuplicateOf) {
    }

    /** One batch with its rejected records and the duplicates it flagged ({@code duplicates} counts them). */
    public record ImportDetail(long id, String source, String instanceId, Instant startedAt, Instant finishedAt,
            long received, long created, long updated, long unchanged, long rejected, long duplicates,
            FileRejection fileRejection, List<Rejection> rejections, List<Duplicate> duplicateNotices) {

        public ImportDetail {
            rejections = rejections == null ? List.of() : List.copyOf(rejections);
            duplicateNotices = duplicateNotices == null ? List.of() : List.copyOf(duplicateNotices);
        }
    }

    public record UploadResult(String instanceId, String file) {
    }

    public record User(String name, String role, String tenant, String language, boolean enabled,
            Instant createdAt) {
    }

    public record NewUser(String name, String password, String role, String language) {
    }

    /** An API key; {@code key} is set only in the response that creates it. */
    public record ApiKey(long id, String prefix, String label, String role, Instant createdAt, Instant revokedAt,
            String key) {
    }

    public record NewApiKey(String label, String role) {
    }
}
