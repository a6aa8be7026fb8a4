package de.debitum.datacenter.internal.persistence;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The Hibernate session factory over the hub's DataSource, with the entity classes listed here
 * (no class path scanning, which does not work inside a bundle).
 */
public final class Database implements AutoCloseable {

    /**
     * Rows written per JDBC batch. 500 ingested about a fifth more records per second than 50 in
     * two paired 50k-record runs of IngestionBench on a loaded 2-core machine (an estimate).
     */
    public static final int JDBC_BATCH_SIZE = 500;

    static final List<Class<?>> ENTITIES = List.of(
            TenantEntity.class, DebtorEntity.class, DebtorIbanEntity.class, DebtorNameAliasEntity.class, DebtorSourceKeyEntity.class,
            DocumentEntity.class,
            DocumentVatEntity.class, CashDiscountEntity.class, DocumentOriginalEntity.class, DocumentWarningEntity.class,
            PaymentEntity.class,
            AllocationEntity.class, AuditEventEntity.class, ImportBatchEntity.class, ImportIssueEntity.class,
            CheckpointEntity.class, SourceCoverageEntity.class, ConnectorInstanceEntity.class,
            CompanyProfileEntity.class, CompanyLogoEntity.class,
            DunningSettingsEntity.class, DunningBlockEntity.class, DunningDocumentReleaseEntity.class, DunningRunEntity.class,
            DunningNoticeEntity.class, DunningNoticeItemEntity.class, DunningEscalationEntity.class,
            OutboxEntryEntity.class, OutboxPdfEntity.class, OutputSettingEntity.class,
            LedgerSettingsEntity.class, LedgerAccountEntity.class, LedgerDebtorAccountEntity.class,
            LedgerEventEntity.class, LedgerPeriodEntity.class, LedgerBookingEntity.class,
            LedgerExportEntity.class, LedgerExportFileEntity.class,
            MatchSuggestionEntity.class, MatchSuggestionItemEntity.class);

    private final SessionFactory sessionFactory;
    private final Clock clock;

    private Database(SessionFactory sessionFactory, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.clock = clock;
    }

    /** Builds the session factory; the schema must be migrated already. */
    public static Database open(DataSource dataSource, Clock clock) {
        ClassLoader bundleLoader = Database.class.getClassLoader();
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(bundleLoader)
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                // No entity spans several tables, so bulk deletes need no id tables. Without these
                // two settings Hibernate creates HTE_* tables in the hub's schema on H2.
                .applySetting(AvailableSettings.BULK_ID_STRATEGY_GLOBAL_TEMPORARY_CREATE_TABLES, false)
                .applySetting(AvailableSettings.BULK_ID_STRATEGY_GLOBAL_TEMPORARY_DROP_TABLES, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return new Database(sources.buildMetadata().buildSessionFactory(), clock);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                T result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    /** Runs read-only {@code work} in a transaction that is rolled back afterwards. */
    public <T> T read(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(true);
            Transaction transaction = session.beginTransaction();
            try {
                return work.apply(session);
            } finally {
                transaction.rollback();
            }
        }
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
