package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pause of dunning for a whole debtor or for one item.
 *
 * @param debtorId the debtor concerned
 * @param itemId   the item concerned, or empty for all items of the debtor
 * @param kind     why dunning is paused
 * @param reason   the clerk's note
 * @param from     first day of the block
 * @param until    last day of the block (inclusive), or empty for open-ended. A promise to pay
 *                 always has one
 */
public record DunningBlock(
        String debtorId,
        Optional<String> itemId,
        BlockKind kind,
        String reason,
        LocalDate from,
        Optional<LocalDate> until) {

    public DunningBlock {
        Objects.requireNonNull(debtorId, "debtorId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (kind == BlockKind.PROMISE_TO_PAY && until.isEmpty()) {
            throw new IllegalArgumentException("Eine Zahlungszusage braucht ein Enddatum (until), z. B. "
                    + from.plusDays(14) + ". / A promise to pay needs an end date (until), e.g. " + from.plusDays(14) + ".");
        }
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("Das Enddatum " + until.get() + " liegt vor dem Beginn " + from
                    + "; wählen Sie ein Datum ab " + from + ". / The end date " + until.get()
                    + " is before the start " + from + "; choose a date on or after " + from + ".");
        }
    }

    /** Returns whether the block concerns this item of this debtor. */
    public boolean concerns(DunningItem item) {
        return debtorId.equals(item.debtorId()) && itemId.map(id -> id.equals(item.itemId())).orElse(true);
    }

    /** Returns whether the block is in force on the day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(from) && until.map(end -> !day.isAfter(end)).orElse(true);
    }
}
