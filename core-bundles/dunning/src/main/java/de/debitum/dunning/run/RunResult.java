package de.debitum.dunning.run;

import java.time.LocalDate;
import java.util.List;

import de.debitum.api.model.TenantId;

/**
 * The outcome of a run or a preview. The counts are complete. The lists hold at most
 * {@link DunningRunService#MAX_LISTED} entries each, so that a run over a large tenant stays
 * within memory; the counts tell when entries were left out.
 *
 * @param runId        the stored run's id, or null for a preview
 * @param itemsChecked the overdue open items the run looked at
 */
public record RunResult(TenantId tenant, LocalDate runDate, Long runId, int itemsChecked, int noticeCount,
                        int escalationCount, int skipCount, List<PlannedNotice> notices,
                        List<PlannedEscalation> escalations, List<SkippedItem> skipped) {

    public RunResult {
        notices = List.copyOf(notices);
        escalations = List.copyOf(escalations);
        skipped = List.copyOf(skipped);
    }

    public boolean isPreview() {
        return runId == null;
    }
}
