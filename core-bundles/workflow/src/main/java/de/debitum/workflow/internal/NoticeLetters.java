package de.debitum.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.dunning.StoredNoticeItem;
import de.debitum.api.model.PostalAddress;
import de.debitum.dunning.run.NoticeForOutput;
import de.debitum.output.letter.CompanyLetterhead;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.OverdueItem;
import de.debitum.output.letter.Recipient;

/** Turns a dunning notice and the tenant's company profile and logo into the content of a letter. */
final class NoticeLetters {

    private NoticeLetters() {
    }

    /**
     * Returns the letter of a notice.
     *
     * @param logo the tenant's logo file, or null when it has none
     */
    static DunningLetterData letter(CompanyProfile company, byte[] logo, NoticeForOutput notice) {
        StoredNotice stored = notice.notice();
        List<OverdueItem> items = new ArrayList<>(stored.items().size());
        for (StoredNoticeItem item : stored.items()) {
            items.add(new OverdueItem(item.documentNumber(), item.issueDate(), item.dueDate(), item.openAmount(),
                    item.fee().plus(item.flatFee()), item.interest()));
        }
        return new DunningLetterData(CompanyLetterhead.of(company, logo), recipient(notice), stored.levelNumber(),
                String.valueOf(stored.id()), stored.noticeDate(), stored.paymentDeadline(), items);
    }

    static Recipient recipient(NoticeForOutput notice) {
        List<String> lines = new ArrayList<>();
        PostalAddress address = notice.address();
        if (address != null) {
            addIfPresent(lines, address.line1());
            addIfPresent(lines, address.line2());
            String town = ((address.postalCode() == null ? "" : address.postalCode()) + " "
                    + (address.city() == null ? "" : address.city())).strip();
            addIfPresent(lines, town);
            if (address.countryCode() != null && !"DE".equalsIgnoreCase(address.countryCode())) {
                lines.add(new Locale("", address.countryCode()).getDisplayCountry(Locale.GERMAN).toUpperCase(Locale.GERMAN));
            }
        }
        return new Recipient(notice.debtorName(), lines, notice.language());
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }
}
