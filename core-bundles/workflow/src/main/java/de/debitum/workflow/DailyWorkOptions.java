package de.debitum.workflow;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Options of {@link DailyWork#run}.
 *
 * @param approveWaitingNotices approve every notice that waits for approval, as a clerk would
 *                              after looking at the preview
 * @param outputFolder          where the print batch and the DATEV files are written
 * @param exportPeriods         months to export to DATEV; an exported month is locked
 * @param actor                 the user or process recorded in the audit trail
 */
public record DailyWorkOptions(boolean approveWaitingNotices, Path outputFolder, List<YearMonth> exportPeriods,
                               String actor) {

    /** Maximum number of months one call exports. */
    public static final int MAX_EXPORT_PERIODS = 24;

    public DailyWorkOptions {
        Objects.requireNonNull(outputFolder, "outputFolder");
        exportPeriods = exportPeriods == null ? List.of() : List.copyOf(exportPeriods);
        if (exportPeriods.size() > MAX_EXPORT_PERIODS) {
            throw new IllegalArgumentException("Too many export periods (" + exportPeriods.size() + "): give at most "
                    + MAX_EXPORT_PERIODS + " months per run.");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Missing actor: name the user or process that runs the daily work.");
        }
    }
}
