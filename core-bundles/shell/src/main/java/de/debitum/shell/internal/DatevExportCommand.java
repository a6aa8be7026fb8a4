package de.debitum.shell.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.TenantId;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.datev.ExportNotice;
import de.debitum.ledger.datev.ExtfFile;

/**
 * Exports a period to DATEV files in a folder and locks the period. Files of an earlier export
 * of the same period are replaced.
 */
@Command(scope = "debitum", name = "datev-export",
        description = "Writes a period's DATEV files (Buchungsstapel, Debitoren) and locks the period, e.g. datev-export muster-gmbh 2026-11 /srv/datev")
@Service
public class DatevExportCommand implements Action {

    /** Notices listed one per line; the rest are counted. */
    static final int MAX_NOTICES_SHOWN = 20;

    @Reference
    private LedgerService ledger;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "period", required = true, description = "Month to export (YYYY-MM), such as 2026-11")
    private String period;

    @Argument(index = 2, name = "dir", required = true, description = "Existing folder the files are written to")
    private String dir;

    @Override
    public Object execute() {
        YearMonth month = ShellArguments.period(period);
        Path folder = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new IllegalArgumentException("Ordner " + folder + " fehlt oder ist nicht beschreibbar: bitte anlegen."
                    + " / Folder " + folder + " is missing or not writable: create it first.");
        }

        LedgerExport export = ledger.export(TenantId.of(tenant), month, "shell");

        for (ExtfFile file : export.files()) {
            Path target = folder.resolve(file.fileName());
            write(file, target);
            System.out.println(target + " (" + file.rowCount() + " rows, " + file.size() + " bytes)");
        }
        System.out.println("Period " + month + " of tenant " + tenant + " exported and locked: " + export.bookings()
                + " bookings, " + export.debtorAccounts() + " debtor accounts.");
        int shown = 0;
        for (ExportNotice notice : export.report().notices()) {
            if (shown++ == MAX_NOTICES_SHOWN) {
                System.out.println("  ... and " + (export.report().notices().size() - MAX_NOTICES_SHOWN) + " more changes");
                break;
            }
            System.out.println("  " + notice.message());
        }
        return null;
    }

    /** Writes through a temporary file, so a reader never sees half a file. */
    private static void write(ExtfFile file, Path target) {
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".datev-", ".part");
            try {
                try (var out = Files.newOutputStream(temporary)) {
                    file.writeTo(out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Datei " + target + " konnte nicht geschrieben werden: " + e.getMessage()
                    + " / Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
