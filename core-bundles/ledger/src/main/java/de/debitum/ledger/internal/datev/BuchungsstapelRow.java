package de.debitum.ledger.internal.datev;

import static de.debitum.ledger.internal.datev.BuchungsstapelColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;
import de.debitum.ledger.datev.Beleginfo;
import de.debitum.ledger.datev.DatevBooking;
import de.debitum.ledger.datev.DatevExportException;
import de.debitum.ledger.datev.DatevExportSettings;
import de.debitum.ledger.datev.ExportNotice.Kind;
import de.debitum.ledger.datev.OposFields;
import de.debitum.ledger.datev.SollHaben;

/**
 * Turns one {@link DatevBooking} into the 125 field values of a Buchungsstapel row, following the
 * field table of DATEV's developer portal (DATEV-Format, Buchungsstapel).
 */
final class BuchungsstapelRow {

    static final int BUCHUNGSTEXT_LENGTH = 60;
    static final int BELEGFELD_1_LENGTH = 36;
    static final int BELEGFELD_2_LENGTH = 12;
    static final int BELEGINFO_ART_LENGTH = 20;
    static final int BELEGINFO_INHALT_LENGTH = 210;
    static final int MAX_BELEGINFOS = 8;

    /** Umsatz: at most ten digits before the comma ({@code \d{1,10},\d{2}}). */
    private static final BigDecimal MAX_UMSATZ = new BigDecimal("9999999999.99");

    /** Skonto: at most eight digits before the comma ({@code [1-9]\d{0,7},\d{2}}). */
    private static final BigDecimal MAX_SKONTO = new BigDecimal("99999999.99");

    /** BU-Schlüssel of one to four digits. */
    private static final Pattern BU_SCHLUESSEL_FORMAT = Pattern.compile("\\d{1,4}");

    /** BU-Schlüssel 40 lifts the automatic function of an automatic account, so it stays there. */
    private static final String AUFHEBUNG_AUTOMATIK = "40";

    private static final DateTimeFormatter TTMM = DateTimeFormatter.ofPattern("ddMM");
    private static final DateTimeFormatter TTMMJJJJ = DateTimeFormatter.ofPattern("ddMMyyyy");

    private final DatevExportSettings settings;
    private final FieldSanitizer sanitizer;

    BuchungsstapelRow(DatevExportSettings settings, FieldSanitizer sanitizer) {
        this.settings = settings;
        this.sanitizer = sanitizer;
    }

    /** Returns the row's values, or {@code null} when the booking is left out (Umsatz 0,00). */
    String[] values(DatevBooking booking) {
        String reference = booking.reference();
        checkAccount(reference, "Konto", booking.konto());
        checkAccount(reference, "Gegenkonto", booking.gegenkonto());
        checkBelegdatum(booking);
        Money amount = checkedAmount(booking);
        if (amount.isZero()) {
            sanitizer.removed(Kind.ZERO_AMOUNT_SKIPPED, reference, "Umsatz", "0,00",
                    "Buchung mit Umsatz 0,00 ausgelassen, weil DATEV sie ablehnt.",
                    "Booking with Umsatz 0,00 left out, because DATEV rejects it.");
            return null;
        }

        String[] values = new String[COLUMNS.size()];
        // A negative amount books the other side: DATEV wants a positive Umsatz and the S/H flag.
        SollHaben side = amount.signum() < 0 ? booking.sollHaben().opposite() : booking.sollHaben();
        values[UMSATZ - 1] = decimal(amount.abs().amount());
        values[SOLL_HABEN - 1] = side.code();
        values[WKZ_UMSATZ - 1] = amount.currency().getCurrencyCode();
        values[KONTO - 1] = String.valueOf(booking.konto());
        values[GEGENKONTO - 1] = String.valueOf(booking.gegenkonto());
        values[BU_SCHLUESSEL - 1] = buSchluessel(booking);
        values[BELEGDATUM - 1] = booking.belegdatum().format(TTMM);
        values[BELEGFELD_1 - 1] = sanitizer.belegfeld(reference, "Belegfeld 1", booking.belegfeld1(),
                BELEGFELD_1_LENGTH);
        values[BELEGFELD_2 - 1] = sanitizer.belegfeld(reference, "Belegfeld 2", booking.belegfeld2(),
                BELEGFELD_2_LENGTH);
        values[SKONTO - 1] = skonto(booking);
        values[BUCHUNGSTEXT - 1] = sanitizer.text(reference, "Buchungstext", booking.buchungstext(),
                BUCHUNGSTEXT_LENGTH);
        beleginfos(booking, values);
        opos(booking, values);
        // Written on every row as in the header, because DATEV locks the batch when a row leaves
        // the field empty.
        values[FESTSCHREIBUNG - 1] = settings.locked() ? "1" : "0";
        values[GENERALUMKEHR - 1] = booking.generalumkehr() ? "1" : "";
        return values;
    }

    private void checkAccount(String reference, String field, int account) {
        if (account < 1 || account > settings.maxAccount()) {
            throw new DatevExportException(
                    reference + ": " + field + " " + account + " ist ungültig: erlaubt sind 1 bis "
                            + settings.maxAccount() + " bei Sachkontenlänge " + settings.accountLength() + ".",
                    reference + ": " + field + " " + account + " is invalid: use 1 to " + settings.maxAccount()
                            + " with account length " + settings.accountLength() + ".");
        }
    }

    private void checkBelegdatum(DatevBooking booking) {
        LocalDate date = booking.belegdatum();
        if (date.isBefore(settings.periodStart()) || date.isAfter(settings.periodEnd())) {
            throw new DatevExportException(
                    booking.reference() + ": Belegdatum " + date + " liegt außerhalb des Zeitraums "
                            + settings.periodStart() + " bis " + settings.periodEnd()
                            + ". Die Buchung gehört in den Export ihres Zeitraums.",
                    booking.reference() + ": Belegdatum " + date + " is outside the period "
                            + settings.periodStart() + " to " + settings.periodEnd()
                            + ". Export the booking with its own period.");
        }
    }

    private Money checkedAmount(DatevBooking booking) {
        Money amount = booking.amount();
        if (!amount.currency().equals(settings.currency())) {
            throw new DatevExportException(
                    booking.reference() + ": Umsatz in " + amount.currency() + ", der Stapel ist in "
                            + settings.currency() + ". Fremdwährungsbuchungen werden nicht unterstützt.",
                    booking.reference() + ": Umsatz in " + amount.currency() + " but the batch is in "
                            + settings.currency() + ". Foreign-currency bookings are not supported.");
        }
        if (amount.amount().abs().compareTo(MAX_UMSATZ) > 0) {
            throw new DatevExportException(
                    booking.reference() + ": Umsatz " + amount + " hat mehr als zehn Stellen vor dem Komma.",
                    booking.reference() + ": Umsatz " + amount + " has more than ten digits before the comma.");
        }
        return amount;
    }

    private String buSchluessel(DatevBooking booking) {
        String key = booking.buSchluessel();
        if (key == null || key.isEmpty()) {
            return "";
        }
        // NOTE: the portal's expression requires exactly four digits, while the format 9 sample in
        // the corpus writes one ("8"). The digits carry meaning (correction key and tax key), so the
        // key is written as given, never padded with zeros.
        if (!BU_SCHLUESSEL_FORMAT.matcher(key).matches()) {
            throw new DatevExportException(
                    booking.reference() + ": BU-Schlüssel „" + key + "“ ist ungültig: erlaubt sind 1 bis 4 Ziffern.",
                    booking.reference() + ": BU-Schlüssel \"" + key + "\" is invalid: use 1 to 4 digits.");
        }
        Integer automatic = settings.isAutomaticAccount(booking.konto()) ? Integer.valueOf(booking.konto())
                : settings.isAutomaticAccount(booking.gegenkonto()) ? Integer.valueOf(booking.gegenkonto())
                : null;
        if (automatic != null && !AUFHEBUNG_AUTOMATIK.equals(key)) {
            sanitizer.removed(Kind.TAX_KEY_REMOVED, booking.reference(), "BU-Schlüssel", key,
                    key + " ausgelassen, weil Konto " + automatic
                            + " ein Automatikkonto ist und DATEV die Steuer selbst bucht.",
                    key + " left out, because account " + automatic
                            + " is an automatic account on which DATEV books the tax itself.");
            return "";
        }
        return key;
    }

    private String skonto(DatevBooking booking) {
        Money skonto = booking.skonto();
        if (skonto == null || skonto.isZero()) {
            return null;
        }
        if (!skonto.currency().equals(settings.currency()) || skonto.signum() < 0
                || skonto.amount().compareTo(MAX_SKONTO) > 0) {
            throw new DatevExportException(
                    booking.reference() + ": Skonto " + skonto + " ist ungültig: erlaubt ist ein positiver Betrag"
                            + " in " + settings.currency() + " mit höchstens acht Stellen vor dem Komma.",
                    booking.reference() + ": Skonto " + skonto + " is invalid: use a positive amount in "
                            + settings.currency() + " with at most eight digits before the comma.");
        }
        return decimal(skonto.amount());
    }

    private void beleginfos(DatevBooking booking, String[] values) {
        if (booking.beleginfos().size() > MAX_BELEGINFOS) {
            throw new DatevExportException(
                    booking.reference() + ": " + booking.beleginfos().size() + " Beleginfos, DATEV erlaubt höchstens "
                            + MAX_BELEGINFOS + ".",
                    booking.reference() + ": " + booking.beleginfos().size() + " Beleginfos, DATEV allows at most "
                            + MAX_BELEGINFOS + ".");
        }
        int position = BELEGINFO_ART_1;
        for (Beleginfo info : booking.beleginfos()) {
            int number = (position - BELEGINFO_ART_1) / 2 + 1;
            values[position - 1] = sanitizer.text(booking.reference(), "Beleginfo - Art " + number, info.art(),
                    BELEGINFO_ART_LENGTH);
            values[position] = sanitizer.text(booking.reference(), "Beleginfo - Inhalt " + number, info.inhalt(),
                    BELEGINFO_INHALT_LENGTH);
            position += 2;
        }
    }

    private void opos(DatevBooking booking, String[] values) {
        OposFields opos = booking.opos();
        if (opos == null) {
            return;
        }
        if (!settings.isDebtorAccount(booking.konto()) && !settings.isDebtorAccount(booking.gegenkonto())) {
            sanitizer.removed(Kind.OPEN_ITEM_FIELDS_REMOVED, booking.reference(), "OPOS", opos.toString(),
                    "Felder ausgelassen, weil weder Konto " + booking.konto() + " noch Gegenkonto "
                            + booking.gegenkonto() + " ein Debitorenkonto ist.",
                    "fields left out, because neither account " + booking.konto() + " nor contra account "
                            + booking.gegenkonto() + " is a debtor account.");
            return;
        }
        values[POSTENSPERRE - 1] = opos.postensperre() ? "1" : null;
        values[ZINSSPERRE - 1] = opos.zinssperre() ? "1" : null;
        values[SACHVERHALT - 1] = opos.sachverhalt() == null ? null : String.valueOf(opos.sachverhalt().code());
        values[FAELLIGKEIT - 1] = opos.faelligkeit() == null ? null : opos.faelligkeit().format(TTMMJJJJ);
    }

    /** Formats a non-negative amount with two decimals after a comma, as DATEV wants it. */
    private static String decimal(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }
}
