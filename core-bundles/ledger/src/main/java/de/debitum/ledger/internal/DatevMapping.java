package de.debitum.ledger.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.DebtorAccount;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.money.Money;
import de.debitum.ledger.datev.Adressatentyp;
import de.debitum.ledger.datev.ChartOfAccounts;
import de.debitum.ledger.datev.DatevBooking;
import de.debitum.ledger.datev.DatevExportSettings;
import de.debitum.ledger.datev.OposFields;
import de.debitum.ledger.datev.Personenkonto;
import de.debitum.ledger.datev.Sachverhalt;
import de.debitum.ledger.datev.UnencodableCharacters;

/** Maps ledger settings, bookings and debtor accounts to the DATEV writer's records. */
final class DatevMapping {

    private DatevMapping() {
    }

    static ChartOfAccounts chart(LedgerSettings settings) {
        return ChartOfAccounts.valueOf(settings.chart().name());
    }

    /** Returns the chart's automatic accounts, extended to the tenant's account length. */
    static Set<Integer> automaticAccounts(LedgerSettings settings) {
        return chart(settings).defaultAutomaticAccounts().stream().map(settings::extend).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns the header settings of a monthly export; the fiscal year is the one that contains the month. */
    static DatevExportSettings exportSettings(LedgerSettings settings, YearMonth period) {
        LocalDate start = period.atDay(1);
        LocalDate fiscalYearStart = LocalDate.of(period.getYear(), settings.fiscalYearStartMonth(), 1);
        if (fiscalYearStart.isAfter(start)) {
            fiscalYearStart = fiscalYearStart.minusYears(1);
        }
        return new DatevExportSettings(settings.consultantNumber(), settings.clientNumber(), fiscalYearStart,
                settings.accountLength(), start, period.atEndOfMonth(), "Debitum " + period, settings.lockOnImport(),
                Money.EUR, chart(settings), automaticAccounts(settings), UnencodableCharacters.REPLACE);
    }

    static DatevBooking booking(Booking booking) {
        Sachverhalt sachverhalt = booking.source().type() == SourceType.DUNNING_FEE ? Sachverhalt.MAHNGEBUEHR
                : booking.source().type() == SourceType.DEFAULT_INTEREST ? Sachverhalt.MAHNZINS : null;
        OposFields opos = booking.debtorAccount() != null && (booking.dueDate() != null || sachverhalt != null)
                ? new OposFields(booking.dueDate(), false, false, sachverhalt)
                : null;
        return DatevBooking.builder("booking " + booking.id(), booking.amount(), booking.debitAccount(),
                        booking.creditAccount(), booking.date())
                .buSchluessel(booking.taxKey())
                .belegfeld1(booking.belegfeld1())
                .buchungstext(booking.text())
                .generalumkehr(booking.generalumkehr())
                .opos(opos)
                .build();
    }

    /**
     * Returns one master-data row per account. A collective account (Sammeldebitor) gets one row
     * with a generic name instead of one debtor's data.
     */
    static List<Personenkonto> personenkonten(LedgerSettings settings, List<DebtorAccount> accounts) {
        List<Personenkonto> rows = new ArrayList<>();
        Integer previous = null;
        for (DebtorAccount account : accounts) {
            if (previous != null && previous == account.account()) {
                continue;
            }
            previous = account.account();
            if (settings.debtorAccountRule() == DebtorAccountRule.COLLECTIVE && account.account() == settings.debtorAccountFrom()) {
                rows.add(Personenkonto.company(account.account(), "Sammeldebitor"));
                continue;
            }
            DebtorData data = account.debtor().data();
            PostalAddress address = data.address();
            String iban = data.ibans() == null || data.ibans().isEmpty() ? null : data.ibans().get(0);
            rows.add(new Personenkonto(account.account(),
                    data.consumer() ? Adressatentyp.NATUERLICHE_PERSON : Adressatentyp.UNTERNEHMEN, data.name(), null,
                    null, data.vatId(), address == null ? null : address.line1(),
                    address == null ? null : address.postalCode(), address == null ? null : address.city(),
                    address == null ? null : address.countryCode(), data.email(), null, iban, null, data.customerNumber()));
        }
        return rows;
    }
}
