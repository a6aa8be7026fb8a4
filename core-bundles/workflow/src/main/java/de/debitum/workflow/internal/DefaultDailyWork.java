package de.debitum.workflow.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.company.CompanyLogo;
import de.debitum.api.company.CompanyProfile;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.dunning.StoredNoticeItem;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.NoticeForOutput;
import de.debitum.dunning.run.RunResult;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.Charge;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.datev.ExtfFile;
import de.debitum.output.LetterDelivery;
import de.debitum.output.OutputService;
import de.debitum.output.PrintBatch;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.LetterTexts;
import de.debitum.workflow.DailyWork;
import de.debitum.workflow.DailyWorkOptions;
import de.debitum.workflow.DailyWorkResult;

/** The daily work after matching: dunning, letters, bookings and the DATEV export. */
@Component(service = DailyWork.class)
public class DefaultDailyWork implements DailyWork {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDailyWork.class);
    private static final int NOTICE_PAGE = 200;
    /** The booking run covers the same 400 days as a matching sweep. */
    private static final int BOOKING_DAYS = 399;

    private final TenantStore tenants;
    private final CompanyProfileStore profiles;
    private final DunningRunService dunning;
    private final OutputService output;
    private final OutputSettingsStore outputSettings;
    private final LedgerService ledger;

    @Activate
    public DefaultDailyWork(@Reference TenantStore tenants, @Reference CompanyProfileStore profiles,
                            @Reference DunningRunService dunning, @Reference OutputService output,
                            @Reference OutputSettingsStore outputSettings, @Reference LedgerService ledger) {
        this.tenants = tenants;
        this.profiles = profiles;
        this.dunning = dunning;
        this.output = output;
        this.outputSettings = outputSettings;
        this.ledger = ledger;
    }

    @Override
    public DailyWorkResult run(TenantId tenant, LocalDate day, DailyWorkOptions options) {
        if (tenants.find(tenant).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenant + "': create it before its daily work runs.");
        }
        RunResult run = dunning.run(tenant, day, options.actor());
        int approved = options.approveWaitingNotices() ? dunning.approveAll(tenant, day, options.actor()) : 0;

        Map<String, Integer> letters = new TreeMap<>();
        List<String> letterFailures = new ArrayList<>();
        int charges = handNoticesToOutput(tenant, options, letters, letterFailures);
        List<Path> printBatches = printBatches(tenant, run, options.outputFolder(), letterFailures);

        BookingRun booking = ledger.book(tenant, day.minusDays(BOOKING_DAYS), day, options.actor());
        List<Path> datevFiles = new ArrayList<>();
        List<String> exportFailures = new ArrayList<>();
        for (YearMonth period : options.exportPeriods()) {
            export(tenant, period, options, datevFiles, exportFailures);
        }
        LOG.info("Daily work of tenant {} for {}: {} notices, {} approved, {} letters, {} letter failures, {} charges"
                        + " booked, {} bookings, {} DATEV files", tenant, day, run.noticeCount(), approved,
                letters.values().stream().mapToInt(Integer::intValue).sum(), letterFailures.size(), charges,
                booking.bookings(), datevFiles.size());
        return new DailyWorkResult(run, approved, letters, letterFailures, printBatches, charges, booking, datevFiles,
                exportFailures);
    }

    /** Renders the letter of every approved notice into the outbox; returns the charges booked. */
    private int handNoticesToOutput(TenantId tenant, DailyWorkOptions options, Map<String, Integer> letters,
                                    List<String> failures) {
        Optional<CompanyProfile> profile = profiles.find(tenant);
        // The channels' settings are read once per run, not once per letter.
        boolean smtpConfigured = !outputSettings.load(tenant, OutboxChannel.EMAIL).isEmpty();
        boolean postConfigured = !outputSettings.load(tenant, OutboxChannel.POST).isEmpty();
        byte[] logo = profiles.logo(tenant).map(CompanyLogo::content).orElse(null);
        int charges = 0;
        List<Long> failed = new ArrayList<>();
        while (true) {
            List<NoticeForOutput> page = dunning.noticesReadyForOutput(tenant, NOTICE_PAGE).stream()
                    .filter(notice -> !failed.contains(notice.notice().id())).toList();
            if (page.isEmpty()) {
                return charges;
            }
            if (profile.isEmpty()) {
                failures.add(page.size() + " Mahnungen warten: Die Firmendaten fehlen (debitum:company " + tenant
                        + " ...); ohne Absender und Bankverbindung entsteht kein Brief.");
                return charges;
            }
            for (NoticeForOutput notice : page) {
                try {
                    OutboxChannel channel = channel(notice, smtpConfigured, postConfigured);
                    DunningLetterData letter = NoticeLetters.letter(profile.get(), logo, notice);
                    String runKey = runKey(notice.notice().runId());
                    output.enqueueDunningLetter(tenant, letter, LetterTexts.defaults(), new LetterDelivery(channel,
                            channel == OutboxChannel.EMAIL ? notice.email() : null, runKey, notice.notice().debtorId(),
                            notice.notice().items().get(0).documentId()));
                    charges += bookCharges(tenant, notice.notice(), options.actor());
                    dunning.markHandedToOutput(tenant, notice.notice().id(), options.actor());
                    letters.merge(channel.name(), 1, Integer::sum);
                } catch (RuntimeException e) {
                    failed.add(notice.notice().id());
                    failures.add("Mahnung " + notice.notice().id() + " an " + notice.debtorName() + ": "
                            + e.getMessage());
                    LOG.warn("Letter of notice {} of tenant {} failed: {}", notice.notice().id(), tenant, e.toString());
                }
            }
        }
    }

    /**
     * E-mail where the level names it and the debtor has an address and the tenant an SMTP
     * server; post where a print-and-mail provider is configured; otherwise the print batch.
     */
    private static OutboxChannel channel(NoticeForOutput notice, boolean smtpConfigured, boolean postConfigured) {
        boolean mailPossible = notice.email() != null && !notice.email().isBlank() && smtpConfigured;
        if (notice.notice().channel().startsWith("EMAIL") && mailPossible) {
            return OutboxChannel.EMAIL;
        }
        return postConfigured ? OutboxChannel.POST : OutboxChannel.PRINT;
    }

    private int bookCharges(TenantId tenant, StoredNotice notice, String actor) {
        int booked = 0;
        for (StoredNoticeItem item : notice.items()) {
            var fees = item.fee().plus(item.flatFee());
            if (fees.signum() > 0) {
                booked += ledger.bookCharge(tenant, new Charge(SourceType.DUNNING_FEE, "notice-item-" + item.id()
                        + "-fee", item.documentId(), fees, notice.noticeDate()), actor).eventCount();
            }
            if (item.interest().signum() > 0) {
                booked += ledger.bookCharge(tenant, new Charge(SourceType.DEFAULT_INTEREST, "notice-item-" + item.id()
                        + "-interest", item.documentId(), item.interest(), notice.noticeDate()), actor).eventCount();
            }
        }
        return booked;
    }

    /**
     * Writes the run's print letters into print batches of at most
     * {@link OutputService#MAX_PRINT_BATCH_LETTERS} letters each: one file when they fit, else
     * files numbered "teil-N-von-M". A batch that fails is named in {@code failures}.
     */
    private List<Path> printBatches(TenantId tenant, RunResult run, Path folder, List<String> failures) {
        if (run.runId() == null) {
            return List.of();
        }
        String runKey = runKey(run.runId());
        List<List<Long>> parts = output.printBatchParts(tenant, runKey);
        List<Path> files = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            String name = "druckstapel-" + tenant + "-" + runKey
                    + (parts.size() == 1 ? "" : "-teil-" + (part + 1) + "-von-" + parts.size()) + ".pdf";
            Path file = folder.resolve(name);
            try {
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, ".druckstapel", ".part");
                PrintBatch batch;
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    batch = output.printBatch(tenant, parts.get(part), out);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(temporary);
                    failures.add("Der Druckstapel " + name + " konnte nicht erstellt werden: " + e.getMessage());
                    LOG.warn("Print batch {} of run {} of tenant {} failed: {}", part + 1, runKey, tenant, e.toString());
                    continue;
                }
                Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                LOG.info("Print batch {} of tenant {}: {} letters, {} pages in {}", batch.batchId(), tenant,
                        batch.entryIds().size(), batch.pages(), file);
                files.add(file);
            } catch (IOException e) {
                failures.add("Der Druckstapel konnte nicht nach " + file + " geschrieben werden: " + e.getMessage());
            }
        }
        return files;
    }

    private void export(TenantId tenant, YearMonth period, DailyWorkOptions options, List<Path> files,
                        List<String> failures) {
        try {
            LedgerExport export = ledger.export(tenant, period, options.actor());
            // One folder per month, because every month has a Debitoren/Kreditoren file of the same name.
            Path folder = Files.createDirectories(options.outputFolder().resolve("DATEV-" + period));
            for (ExtfFile file : export.files()) {
                Path target = folder.resolve(file.fileName());
                Files.write(target, file.content());
                files.add(target);
            }
        } catch (IOException | RuntimeException e) {
            failures.add("DATEV-Export " + period + ": " + e.getMessage());
            LOG.warn("DATEV export {} of tenant {} failed: {}", period, tenant, e.toString());
        }
    }

    private static String runKey(long runId) {
        return "dunning-run-" + runId;
    }
}
