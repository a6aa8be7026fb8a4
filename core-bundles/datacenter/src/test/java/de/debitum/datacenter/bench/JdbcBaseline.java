package de.debitum.datacenter.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.VatLine;
import de.debitum.datacenter.internal.ingest.RecordFields;

/**
 * The raw limit: the same debtor, document, VAT, Skonto, original-file and payment rows written
 * with plain JDBC batch inserts, one transaction per chunk, without validation, lookups or audit.
 */
final class JdbcBaseline implements AutoCloseable {

    private final Connection connection;
    private final String tenant;
    private final PreparedStatement debtor;
    private final PreparedStatement document;
    private final PreparedStatement vat;
    private final PreparedStatement discount;
    private final PreparedStatement original;
    private final PreparedStatement payment;
    private long nextId = 1_000_000_000L;

    JdbcBaseline(DataSource dataSource, String tenant) throws SQLException {
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(false);
        this.tenant = tenant;
        debtor = connection.prepareStatement("INSERT INTO debtor (id, tenant_id, source, external_id, customer_number, name,"
                + " address_line1, postal_code, city, country_code, email, language, consumer, content_hash, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        document = connection.prepareStatement("INSERT INTO document (id, tenant_id, debtor_id, source, external_id, kind,"
                + " document_number, issue_date, due_date, service_from, service_to, currency, net_total, tax_total,"
                + " gross_total, amount_due, terms_text, order_reference, original_file_name, original_media_type,"
                + " original_sha256, safe_source, content_hash, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        vat = connection.prepareStatement("INSERT INTO document_vat (id, tenant_id, document_id, category, rate, net, tax)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        discount = connection.prepareStatement("INSERT INTO cash_discount (id, tenant_id, document_id, days, discount_percent)"
                + " VALUES (?, ?, ?, ?, ?)");
        original = connection.prepareStatement("INSERT INTO document_original (document_id, tenant_id, content) VALUES (?, ?, ?)");
        payment = connection.prepareStatement("INSERT INTO payment (id, tenant_id, source, external_id, account_iban,"
                + " booking_date, value_date, amount, currency, counterparty_name, counterparty_iban, counterparty_bic,"
                + " remittance_text, end_to_end_id, reversal, fingerprint, duplicate_undone, content_hash, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Inserts one chunk in one transaction; documents refer to the debtor generated before them. */
    void insert(List<CanonicalRecord> records) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long debtorId = 0;
        for (CanonicalRecord record : records) {
            if (record instanceof DebtorData data) {
                debtorId = nextId++;
                addDebtor(debtorId, data, now);
            } else if (record instanceof DocumentData data) {
                addDocument(nextId++, debtorId, data, now);
            } else {
                addPayment(nextId++, (PaymentData) record, now);
            }
        }
        for (PreparedStatement statement : List.of(debtor, document, vat, discount, original, payment)) {
            statement.executeBatch();
        }
        connection.commit();
    }

    private void addDebtor(long id, DebtorData data, Timestamp now) throws SQLException {
        debtor.setLong(1, id);
        debtor.setString(2, tenant);
        debtor.setString(3, "bench");
        debtor.setString(4, data.externalId());
        debtor.setString(5, data.customerNumber());
        debtor.setString(6, data.name());
        debtor.setString(7, data.address().line1());
        debtor.setString(8, data.address().postalCode());
        debtor.setString(9, data.address().city());
        debtor.setString(10, data.address().countryCode());
        debtor.setString(11, data.email());
        debtor.setString(12, data.language());
        debtor.setBoolean(13, data.consumer());
        debtor.setString(14, RecordFields.hash(RecordFields.of(data)));
        debtor.setTimestamp(15, now);
        debtor.setTimestamp(16, now);
        debtor.addBatch();
    }

    private void addDocument(long id, long debtorId, DocumentData data, Timestamp now) throws SQLException {
        document.setLong(1, id);
        document.setString(2, tenant);
        document.setLong(3, debtorId);
        document.setString(4, "bench");
        document.setString(5, data.externalId());
        document.setString(6, data.kind().name());
        document.setString(7, data.number());
        document.setObject(8, data.issueDate());
        document.setObject(9, data.dueDate());
        document.setObject(10, data.serviceFrom());
        document.setObject(11, data.serviceTo());
        document.setString(12, data.currency().getCurrencyCode());
        document.setBigDecimal(13, data.netTotal().amount());
        document.setBigDecimal(14, data.taxTotal().amount());
        document.setBigDecimal(15, data.grossTotal().amount());
        document.setBigDecimal(16, data.amountDue().amount());
        document.setString(17, data.terms().text());
        document.setString(18, data.orderReference());
        document.setString(19, data.original().fileName());
        document.setString(20, data.original().mediaType());
        document.setString(21, data.original().sha256());
        document.setBoolean(22, data.safeSource());
        document.setString(23, RecordFields.hash(RecordFields.of(data, data.original().sha256())));
        document.setTimestamp(24, now);
        document.setTimestamp(25, now);
        document.addBatch();

        for (VatLine line : data.vatLines()) {
            vat.setLong(1, nextId++);
            vat.setString(2, tenant);
            vat.setLong(3, id);
            vat.setString(4, line.category());
            vat.setBigDecimal(5, line.rate());
            vat.setBigDecimal(6, line.net().amount());
            vat.setBigDecimal(7, line.tax().amount());
            vat.addBatch();
        }

        discount.setLong(1, nextId++);
        discount.setString(2, tenant);
        discount.setLong(3, id);
        discount.setInt(4, data.terms().cashDiscounts().get(0).days());
        discount.setBigDecimal(5, data.terms().cashDiscounts().get(0).percent());
        discount.addBatch();

        original.setLong(1, id);
        original.setString(2, tenant);
        original.setBytes(3, data.original().content());
        original.addBatch();
    }

    private void addPayment(long id, PaymentData data, Timestamp now) throws SQLException {
        payment.setLong(1, id);
        payment.setString(2, tenant);
        payment.setString(3, "bench");
        payment.setString(4, data.externalId());
        payment.setString(5, data.accountIban());
        payment.setObject(6, data.bookingDate());
        payment.setObject(7, data.valueDate());
        payment.setBigDecimal(8, data.amount().amount());
        payment.setString(9, data.amount().currency().getCurrencyCode());
        payment.setString(10, data.counterpartyName());
        payment.setString(11, data.counterpartyIban());
        payment.setString(12, data.counterpartyBic());
        payment.setString(13, data.remittanceText());
        payment.setString(14, data.endToEndId());
        payment.setBoolean(15, data.reversal());
        payment.setString(16, RecordFields.hash(RecordFields.of(data)));
        payment.setBoolean(17, false);
        payment.setString(18, RecordFields.hash(RecordFields.of(data)));
        payment.setTimestamp(19, now);
        payment.setTimestamp(20, now);
        payment.addBatch();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
