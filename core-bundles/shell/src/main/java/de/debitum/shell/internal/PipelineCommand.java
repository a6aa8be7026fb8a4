package de.debitum.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.Payment;
import de.debitum.api.store.ImportBatchStore;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;
import de.debitum.matching.MatchRun;
import de.debitum.matching.MatchingService;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;
import de.debitum.workflow.DailyWork;
import de.debitum.workflow.DailyWorkOptions;
import de.debitum.workflow.DailyWorkResult;

/**
 * Runs a tenant's daily work once, in order, and prints what each step did: what was imported
 * and rejected, how payments were matched, which notices dunning created and which items it
 * skipped, the letters put into the outbox, the bookings and the DATEV files. The launcher's
 * {@code demo} command calls it.
 */
@Command(scope = "debitum", name = "pipeline",
        description = "Runs a tenant's daily work once (matching, dunning, letters, bookings, DATEV) and prints a summary")
@Service
public class PipelineCommand implements Action {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int MAX_LISTED = 20;
    private static final int IMPORT_BATCHES = 1000;

    @Reference
    private TenantStore tenants;

    @Reference
    private ImportBatchStore batches;

    @Reference
    private ConnectorInstanceStore instances;

    @Reference
    private PaymentStore payments;

    @Reference
    private MatchingService matching;

    @Argument(index = 0, name = "tenant", description = "Tenant id", required = true)
    private String tenantId;

    @Option(name = "--date", description = "Business day of the run, yyyy-mm-dd (default: today in Europe/Berlin)")
    private String date;

    @Option(name = "--approve", description = "Approve every dunning notice that waits for approval")
    private boolean approve;

    @Option(name = "--out", description = "Folder for the print batch and the DATEV files (default: data/daily-work/TENANT)")
    private String outputFolder;

    @Option(name = "--export", multiValued = true,
            description = "Month to export to DATEV and lock, yyyy-mm; may be given several times")
    private List<String> exports;

    @Reference
    private DailyWork dailyWork;

    @Override
    public Object execute() throws Exception {
        TenantId tenant = new TenantId(tenantId);
        if (tenants.find(tenant).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenantId + "': debitum:tenants lists the tenants.");
        }
        LocalDate day = date == null ? LocalDate.now(BERLIN) : LocalDate.parse(date);
        StringBuilder summary = new StringBuilder();
        imports(tenant, summary);
        match(tenant, day, summary);
        Path folder = outputFolder != null ? Path.of(outputFolder)
                : Path.of(System.getProperty("karaf.data", "data"), "daily-work", tenant.value());
        List<YearMonth> periods = exports == null ? List.of() : exports.stream().map(YearMonth::parse).toList();
        DailyWorkResult result = dailyWork.run(tenant, day, new DailyWorkOptions(approve, folder, periods, "shell"));
        dunning(result, summary);
        output(result, summary);
        ledger(result, summary);
        System.out.print(summary);
        return null;
    }

    private static void dunning(DailyWorkResult result, StringBuilder out) {
        RunResult run = result.dunning();
        out.append(String.format("Mahnwesen: %d offene Posten geprüft: %d Mahnungen erstellt, %d an das Inkasso"
                        + " abgegeben, %d Posten übersprungen; %d Mahnungen freigegeben%n", run.itemsChecked(),
                run.noticeCount(), run.escalationCount(), run.skipCount(), result.approved()));
        // One line per reason code; where the items' messages differ (dates, amounts), the line
        // shows the first message as an example.
        Map<String, List<String>> reasons = new TreeMap<>();
        for (SkippedItem skipped : run.skipped()) {
            reasons.computeIfAbsent(skipped.reasonCode(), code -> new ArrayList<>()).add(skipped.messageDe());
        }
        reasons.values().stream().sorted(Comparator.comparingInt((List<String> messages) -> messages.size()).reversed())
                .limit(MAX_LISTED).forEach(messages -> out.append(String.format("           - %dx %s%s%n",
                        messages.size(), messages.stream().distinct().count() > 1 ? "z. B. " : "", messages.get(0))));
    }

    private static void output(DailyWorkResult result, StringBuilder out) {
        out.append(String.format("Ausgang:   %d Briefe im Postausgang%s%n", result.letterCount(), channels(result)));
        for (Path batch : result.printBatches()) {
            out.append("           Druckstapel: ").append(batch).append('\n');
        }
        result.letterFailures().stream().limit(MAX_LISTED)
                .forEach(failure -> out.append("           - ").append(failure).append('\n'));
    }

    /** Returns the letters per channel in German, such as " (12 per E-Mail, 4 zum Selbstdrucken)". */
    private static String channels(DailyWorkResult result) {
        if (result.letters().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        result.letters().forEach((channel, count) -> parts.add(count + " " + switch (channel) {
            case "EMAIL" -> "per E-Mail";
            case "POST" -> "per Postdienst";
            case "PRINT" -> "zum Selbstdrucken";
            default -> channel;
        }));
        return " (" + String.join(", ", parts) + ")";
    }

    private static void ledger(DailyWorkResult result, StringBuilder out) {
        out.append(String.format("Buchungen: %d Geschäftsvorfälle mit %d Buchungen gebucht, %d Gebühren und Zinsen;"
                        + " %d DATEV-Dateien geschrieben%n", result.booking().eventCount(), result.booking().bookings(),
                result.chargesBooked(), result.datevFiles().size()));
        result.datevFiles().forEach(file -> out.append("           ").append(file).append('\n'));
        if (result.booking().waitingCount() > 0) {
            out.append(String.format("           %d Vorgänge warten auf Daten%n", result.booking().waitingCount()));
        }
        result.exportFailures().forEach(failure -> out.append("           - ").append(failure).append('\n'));
    }

    private void imports(TenantId tenant, StringBuilder out) throws IOException {
        List<ImportReport> reports = batches.latest(tenant, IMPORT_BATCHES);
        int received = 0;
        int created = 0;
        int unchanged = 0;
        List<String> reasons = new ArrayList<>();
        for (ImportReport report : reports) {
            received += report.received();
            created += report.created() + report.updated();
            unchanged += report.unchanged();
            for (Rejection rejection : report.rejections()) {
                reasons.add(report.source() + ": " + rejection.message());
            }
        }
        List<String> heldFiles = heldFiles(tenant);
        // The store lists at most the latest 1000 batches, and the summary line states that limit when it applies.
        String batchesCounted = reports.size() < IMPORT_BATCHES ? reports.size() + " Stapeln"
                : "den letzten " + IMPORT_BATCHES + " Stapeln";
        out.append(String.format("Import:    %d Datensätze in %s gelesen, %d neu oder geändert, %d bereits"
                + " bekannt, %d abgelehnt; %d %s zurückgehalten%n", received, batchesCounted, created, unchanged,
                reasons.size(), heldFiles.size(), heldFiles.size() == 1 ? "Datei" : "Dateien"));
        for (String line : Stream.concat(heldFiles.stream(), reasons.stream()).limit(MAX_LISTED).toList()) {
            out.append("           - ").append(line).append('\n');
        }
        if (heldFiles.size() + reasons.size() > MAX_LISTED) {
            out.append(String.format("           ... und %d weitere%n", heldFiles.size() + reasons.size() - MAX_LISTED));
        }
    }

    /** Files that a folder connector moved to {@code .error}, with the first line of their reason. */
    private List<String> heldFiles(TenantId tenant) throws IOException {
        List<String> held = new ArrayList<>();
        for (ConnectorInstance instance : instances.list(tenant)) {
            String folder = instance.configuration().get("folder");
            if (folder == null) {
                continue;
            }
            Path errors = Path.of(folder).resolve(".error");
            if (!Files.isDirectory(errors)) {
                continue;
            }
            try (Stream<Path> files = Files.list(errors)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".reason.txt")) {
                        continue;
                    }
                    Path reason = file.resolveSibling(name + ".reason.txt");
                    // The reason files list each reason on a line of its own that starts with "- ".
                    String why = Files.isRegularFile(reason)
                            ? Files.readAllLines(reason).stream().filter(l -> l.startsWith("- ")).findFirst()
                                    .map(l -> l.substring(2)).orElse("")
                            : "";
                    held.add(file + (why.isEmpty() ? "" : ": " + why));
                }
            }
        }
        return held;
    }

    private void match(TenantId tenant, LocalDate day, StringBuilder out) {
        // The engine accepts at most 400 days per run; a longer history needs several runs.
        LocalDate from = day.minusDays(399);
        long duplicates = payments.listBookedUnallocated(tenant, from, day).stream().filter(Payment::isDuplicate).count();
        // Payments are matched when they arrive; this run takes what is left and counts the rest.
        MatchRun run = matching.match(tenant, from, day, MatchingSettings.DEFAULTS);
        long earlier = run.allocatedBefore();
        out.append(String.format("Abgleich:  %d Zahlungen: %d automatisch zugeordnet (%d davon schon beim Eingang),"
                        + " %d mit Vorschlag zur Prüfung, %d ohne Treffer, %d Rückbuchungen, %d Dubletten%n",
                run.allocatedBefore() + run.decided(), earlier + run.count(Outcome.AUTOMATIC), earlier, run.count(Outcome.SUGGESTION),
                run.count(Outcome.UNMATCHED), run.count(Outcome.REOPENED), duplicates));
    }
}
