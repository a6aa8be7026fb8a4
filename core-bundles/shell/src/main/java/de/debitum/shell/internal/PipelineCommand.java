package de.debitum.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Runs a tenant's daily work once, in order, and prints what each step did: what was imported
 * and rejected, how payments were matched. The launcher's {@code demo} command calls it.
 */
@Command(scope = "debitum", name = "pipeline",
        description = "Runs a tenant's daily work once (matching, ...) and prints a summary")
@Service
public class PipelineCommand implements Action {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int MAX_LISTED = 20;

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

    @Override
    public Object execute() throws Exception {
        TenantId tenant = new TenantId(tenantId);
        if (tenants.find(tenant).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenantId + "': debitum:tenants lists the tenants.");
        }
        LocalDate day = date == null ? LocalDate.now(BERLIN) : LocalDate.parse(date);
        StringBuilder out = new StringBuilder();
        imports(tenant, out);
        match(tenant, day, out);
        System.out.print(out);
        return null;
    }

    private void imports(TenantId tenant, StringBuilder out) throws IOException {
        List<ImportReport> reports = batches.latest(tenant, 1000);
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
        out.append(String.format("Import:    %d Datensätze in %d Stapeln gelesen, %d neu oder geändert, %d bereits"
                + " bekannt, %d abgelehnt; %d Dateien zurückgehalten%n", received, reports.size(), created, unchanged,
                reasons.size(), heldFiles.size()));
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
        long duplicates = payments.listBooked(tenant, from, day).stream().filter(Payment::isDuplicate).count();
        // Payments are matched when they arrive; this run takes what is left and counts the rest.
        MatchRun run = matching.match(tenant, from, day, MatchingSettings.DEFAULTS);
        long earlier = run.count(Outcome.IGNORED) - duplicates;
        out.append(String.format("Abgleich:  %d Zahlungen: %d automatisch zugeordnet (%d davon schon beim Eingang),"
                        + " %d mit Vorschlag zur Prüfung, %d ohne Treffer, %d Rückbuchungen, %d Dubletten%n",
                run.decisions().size(), earlier + run.count(Outcome.AUTOMATIC), earlier, run.count(Outcome.SUGGESTION),
                run.count(Outcome.UNMATCHED), run.count(Outcome.REOPENED), duplicates));
    }
}
