package de.debitum.dunning.internal.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.dunning.DunningRunRecord;
import de.debitum.api.dunning.DunningSettings;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.CoverageService;
import de.debitum.api.store.DebtorStore;
import de.debitum.dunning.internal.calculation.BaseRateTable;
import de.debitum.dunning.internal.calculation.DefaultInterestCalculator;
import de.debitum.dunning.internal.calculation.NextLevelCalculator;
import de.debitum.dunning.internal.calendar.PaymentDeadlines;
import de.debitum.dunning.internal.calendar.PublicHolidayCalendar;
import de.debitum.dunning.policy.DefaultPolicies;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.PolicyValidator;
import de.debitum.dunning.policy.PolicyViolation;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.NoticeForOutput;
import de.debitum.dunning.run.RunResult;

/**
 * The dunning run service on the datacenter's stores. Runs of one tenant are serialized in this
 * JVM, so that a scheduled and an on-demand run cannot both create the same day's notices.
 *
 * <p>NOTE: the lock is per JVM. Several hub nodes on one database need a database lock per tenant
 * before they may run dunning concurrently.
 */
@Component(service = DunningRunService.class, configurationPid = "de.debitum.dunning")
@Designate(ocd = DefaultDunningRunService.Config.class)
public class DefaultDunningRunService implements DunningRunService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDunningRunService.class);

    /** The file an operator puts into Karaf's {@code etc} folder to replace the bundled base rates. */
    static final String ETC_BASE_RATE_FILE = "debitum-base-rates.csv";

    @ObjectClassDefinition(name = "Debitum dunning")
    public @interface Config {

        @AttributeDefinition(description = "Base-rate file (§ 247 BGB) replacing the bundled table, one line"
                + " 'yyyy-mm-dd;percent' per half-year. Empty: etc/" + ETC_BASE_RATE_FILE + " if it exists, else the bundled table")
        String baseRateFile() default "";
    }

    private final RunContext context;
    private final Clock clock;
    private final Map<TenantId, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Activate
    public DefaultDunningRunService(@Reference DunningStore store, @Reference AllocationStore allocations,
            @Reference DebtorStore debtors, @Reference CoverageService coverage, Config config) {
        this(store, allocations, debtors, coverage, baseRates(config.baseRateFile()), Clock.systemUTC());
    }

    /** Creates the service with a given base-rate table and clock; for tests and tools. */
    public DefaultDunningRunService(DunningStore store, AllocationStore allocations, DebtorStore debtors,
            CoverageService coverage, BaseRateTable baseRates, Clock clock) {
        this.context = new RunContext(store, allocations, debtors, coverage,
                new PaymentDeadlines(new PublicHolidayCalendar()), new DefaultInterestCalculator(baseRates));
        this.clock = clock;
    }

    /**
     * Loads the operator's base-rate table, or the bundled one.
     *
     * @throws de.debitum.dunning.internal.calculation.BaseRateFileException when the configured file is invalid,
     *         which fails activation with the file's line and a valid example
     */
    static BaseRateTable baseRates(String configured) {
        Path file = null;
        if (configured != null && !configured.isBlank()) {
            file = Path.of(configured.strip());
        } else if (System.getProperty("karaf.etc") != null) {
            Path etc = Path.of(System.getProperty("karaf.etc"), ETC_BASE_RATE_FILE);
            file = Files.isRegularFile(etc) ? etc : null;
        }
        BaseRateTable table = file == null ? BaseRateTable.bundled() : BaseRateTable.load(file);
        LOG.info("Dunning uses the base-rate table {}, covering {} to {}", table.source(), table.firstCoveredDay(),
                table.lastCoveredDay());
        return table;
    }

    @Override
    public RunResult preview(TenantId tenant, LocalDate runDate) {
        DunningSettings settings = context.store().settings(tenant);
        return new DunningRunner(context, tenant, runDate, policyOf(tenant, settings), settings.autoSend())
                .execute(null, null);
    }

    @Override
    public RunResult run(TenantId tenant, LocalDate runDate, String actor) {
        LocalDate today = LocalDate.now(clock.withZone(NextLevelCalculator.BERLIN));
        if (runDate.isAfter(today)) {
            // A notice dated in the future could remind an item that is not overdue today.
            throw new IllegalArgumentException("Ein Mahnlauf für den " + runDate + " ist erst ab diesem Tag möglich;"
                    + " heute ist der " + today + ". Nutzen Sie die Vorschau. / A run for " + runDate
                    + " is possible from that day on; today is " + today + ". Use the preview instead.");
        }
        ReentrantLock lock = locks.computeIfAbsent(tenant, unused -> new ReentrantLock());
        lock.lock();
        try {
            DunningSettings settings = context.store().settings(tenant);
            DunningPolicy policy = policyOf(tenant, settings);
            String trigger = SCHEDULER.equals(actor) ? "schedule" : "on-demand";
            DunningRunRecord run = context.store().startRun(tenant, runDate, trigger, actor);
            LOG.info("Dunning run {} of tenant {} for {} started ({}, by {})", run.id(), tenant, runDate, trigger, actor);
            return new DunningRunner(context, tenant, runDate, policy, settings.autoSend()).execute(run, actor);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public DunningPolicy policy(TenantId tenant) {
        return policyOf(tenant, context.store().settings(tenant));
    }

    private static DunningPolicy policyOf(TenantId tenant, DunningSettings settings) {
        if (settings.policyText() == null) {
            return DefaultPolicies.german();
        }
        try {
            return PolicyCodec.read(settings.policyText());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Die gespeicherte Mahnrichtlinie von " + tenant + " ist unlesbar; bitte neu"
                    + " speichern. / The stored dunning policy of tenant " + tenant + " cannot be read: " + e.getMessage()
                    + " Save the policy again.", e);
        }
    }

    @Override
    public void savePolicy(TenantId tenant, DunningPolicy policy, String actor) {
        List<PolicyViolation> errors = new PolicyValidator().validate(policy).stream()
                .filter(PolicyViolation::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.stream().map(PolicyViolation::messageDe).collect(Collectors.joining(" "))
                    + " / " + errors.stream().map(PolicyViolation::messageEn).collect(Collectors.joining(" ")));
        }
        DunningSettings settings = context.store().settings(tenant);
        context.store().saveSettings(tenant, PolicyCodec.write(policy), settings.autoSend(), actor);
    }

    @Override
    public void setAutoSend(TenantId tenant, boolean autoSend, String actor) {
        DunningSettings settings = context.store().settings(tenant);
        context.store().saveSettings(tenant, settings.policyText(), autoSend, actor);
    }

    @Override
    public boolean autoSend(TenantId tenant) {
        return context.store().settings(tenant).autoSend();
    }

    @Override
    public StoredNotice approve(TenantId tenant, long noticeId, String actor) {
        return context.store().changeStatus(tenant, noticeId, NoticeStatus.APPROVED, null, actor);
    }

    @Override
    public int approveAll(TenantId tenant, LocalDate today, String actor) {
        int approved = 0;
        long afterId = 0;
        while (true) {
            List<StoredNotice> page = noticesAwaitingApproval(tenant, afterId, DunningStore.MAX_IDS);
            if (page.isEmpty()) {
                return approved;
            }
            for (StoredNotice notice : page) {
                boolean due = notice.status() == NoticeStatus.AWAITING_APPROVAL
                        || !notice.postponedUntil().isAfter(today);
                if (due) {
                    approve(tenant, notice.id(), actor);
                    approved++;
                }
            }
            afterId = page.get(page.size() - 1).id();
        }
    }

    @Override
    public StoredNotice postpone(TenantId tenant, long noticeId, LocalDate until, String actor) {
        return context.store().changeStatus(tenant, noticeId, NoticeStatus.POSTPONED, until, actor);
    }

    @Override
    public StoredNotice cancel(TenantId tenant, long noticeId, String actor) {
        return context.store().changeStatus(tenant, noticeId, NoticeStatus.CANCELLED, null, actor);
    }

    @Override
    public StoredNotice edit(TenantId tenant, long noticeId, NoticeChange change, String actor) {
        return context.store().edit(tenant, noticeId, change, actor);
    }

    @Override
    public List<StoredNotice> noticesAwaitingApproval(TenantId tenant, long afterId, int limit) {
        return context.store().notices(tenant, EnumSet.of(NoticeStatus.AWAITING_APPROVAL, NoticeStatus.POSTPONED),
                afterId, limit);
    }

    @Override
    public List<NoticeForOutput> noticesReadyForOutput(TenantId tenant, int limit) {
        List<StoredNotice> approved = context.store().notices(tenant, EnumSet.of(NoticeStatus.APPROVED), 0, limit);
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Long, Debtor> debtors = DunningRunner.index(
                context.debtors().findAll(tenant, approved.stream().map(StoredNotice::debtorId).distinct().toList()),
                Debtor::id);
        List<NoticeForOutput> ready = new ArrayList<>(approved.size());
        for (StoredNotice notice : approved) {
            Debtor debtor = debtors.get(notice.debtorId());
            if (debtor == null) {
                LOG.warn("Approved notice {} of tenant {} names debtor {}, which no longer exists; it stays approved",
                        notice.id(), tenant, notice.debtorId());
                continue;
            }
            String language = debtor.data().language() == null ? "de" : debtor.data().language();
            ready.add(new NoticeForOutput(notice, debtor.data().name(), debtor.data().customerNumber(),
                    debtor.data().address(), debtor.data().email(), language));
        }
        return ready;
    }

    @Override
    public StoredNotice markHandedToOutput(TenantId tenant, long noticeId, String actor) {
        return context.store().changeStatus(tenant, noticeId, NoticeStatus.HANDED_TO_OUTPUT, null, actor);
    }
}
