package de.debitum.ledger.datev;

import java.util.List;

/** Every value an export changed or left out, in the order of the rows. */
public record ExportReport(List<ExportNotice> notices) {

    public ExportReport {
        notices = List.copyOf(notices);
    }

    /** Returns the notices of one kind. */
    public List<ExportNotice> notices(ExportNotice.Kind kind) {
        return notices.stream().filter(notice -> notice.kind() == kind).toList();
    }

    /** Returns {@code true} when the writer changed nothing. */
    public boolean isClean() {
        return notices.isEmpty();
    }
}
