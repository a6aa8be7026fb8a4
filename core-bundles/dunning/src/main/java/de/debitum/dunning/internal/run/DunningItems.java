package de.debitum.dunning.internal.run;

import java.util.Optional;

import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.OpenItem;
import de.debitum.dunning.internal.calculation.BlockKind;
import de.debitum.dunning.internal.calculation.DebtorKind;
import de.debitum.dunning.internal.calculation.DunningItem;

/** Converts the datacenter's open items into the calculations' items. */
final class DunningItems {

    private DunningItems() {
    }

    /**
     * Builds the calculation item of an open item, with the ids as strings. Facts the datacenter
     * does not record get the value that can only make a notice later. The place of performance is
     * unknown, so a holiday in any state moves a deadline. The due date counts as not agreed by
     * calendar, and the day the debtor received the invoice is unknown.
     */
    static DunningItem of(OpenItem item, Debtor debtor) {
        boolean consumer = debtor != null && debtor.data().consumer();
        return new DunningItem(String.valueOf(item.documentId()), String.valueOf(item.debtorId()),
                consumer ? DebtorKind.CONSUMER : DebtorKind.BUSINESS, null, item.dueDate(), false, Optional.empty(),
                false, item.open());
    }

    static BlockKind blockKind(DunningBlockKind kind) {
        return switch (kind) {
            case DISPUTE -> BlockKind.DISPUTE;
            case INSTALMENTS -> BlockKind.INSTALMENTS;
            case PROMISE_TO_PAY -> BlockKind.PROMISE_TO_PAY;
        };
    }
}
