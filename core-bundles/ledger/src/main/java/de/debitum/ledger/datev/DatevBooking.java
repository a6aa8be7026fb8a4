package de.debitum.ledger.datev;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * One row of a Buchungsstapel: Konto is booked on the {@link SollHaben} side, Gegenkonto on the
 * other. A negative amount turns the side around, so the file always contains a positive Umsatz.
 *
 * @param reference the ledger's id of the booking, used in the export report and in errors but
 *     not written to the file
 * @param amount signed amount (Umsatz) in the batch currency
 * @param sollHaben side of Konto for a positive amount
 * @param konto account (column 7), G/L or personal
 * @param gegenkonto contra account (column 8)
 * @param buSchluessel tax or control key (column 9) of one to four digits, or {@code null}
 * @param belegdatum document date (column 10); it must lie in the exported period
 * @param belegfeld1 invoice or document number, the key that clears open items (column 11)
 * @param belegfeld2 second document field (column 12), or {@code null}
 * @param buchungstext booking text (column 14), or {@code null}
 * @param skonto cash discount of a payment (column 13), or {@code null}
 * @param generalumkehr marks a cancellation that reverses a booking (column 118)
 * @param opos open-item fields, or {@code null}
 * @param beleginfos at most eight Beleginfo pairs
 */
public record DatevBooking(
        String reference,
        Money amount,
        SollHaben sollHaben,
        int konto,
        int gegenkonto,
        String buSchluessel,
        LocalDate belegdatum,
        String belegfeld1,
        String belegfeld2,
        String buchungstext,
        Money skonto,
        boolean generalumkehr,
        OposFields opos,
        List<Beleginfo> beleginfos) {

    public DatevBooking {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sollHaben, "sollHaben");
        Objects.requireNonNull(belegdatum, "belegdatum");
        beleginfos = beleginfos == null ? List.of() : List.copyOf(beleginfos);
    }

    /** Starts a booking of {@code amount} debited on {@code konto} and credited on {@code gegenkonto}. */
    public static Builder builder(String reference, Money amount, int konto, int gegenkonto, LocalDate belegdatum) {
        return new Builder(reference, amount, konto, gegenkonto, belegdatum);
    }

    /** Collects the optional fields of a booking. */
    public static final class Builder {

        private final String reference;
        private final Money amount;
        private final int konto;
        private final int gegenkonto;
        private final LocalDate belegdatum;
        private SollHaben sollHaben = SollHaben.SOLL;
        private String buSchluessel;
        private String belegfeld1;
        private String belegfeld2;
        private String buchungstext;
        private Money skonto;
        private boolean generalumkehr;
        private OposFields opos;
        private List<Beleginfo> beleginfos = List.of();

        private Builder(String reference, Money amount, int konto, int gegenkonto, LocalDate belegdatum) {
            this.reference = reference;
            this.amount = amount;
            this.konto = konto;
            this.gegenkonto = gegenkonto;
            this.belegdatum = belegdatum;
        }

        public Builder sollHaben(SollHaben value) {
            sollHaben = value;
            return this;
        }

        public Builder buSchluessel(String value) {
            buSchluessel = value;
            return this;
        }

        public Builder belegfeld1(String value) {
            belegfeld1 = value;
            return this;
        }

        public Builder belegfeld2(String value) {
            belegfeld2 = value;
            return this;
        }

        public Builder buchungstext(String value) {
            buchungstext = value;
            return this;
        }

        public Builder skonto(Money value) {
            skonto = value;
            return this;
        }

        public Builder generalumkehr(boolean value) {
            generalumkehr = value;
            return this;
        }

        public Builder opos(OposFields value) {
            opos = value;
            return this;
        }

        public Builder beleginfos(List<Beleginfo> value) {
            beleginfos = value;
            return this;
        }

        public DatevBooking build() {
            return new DatevBooking(reference, amount, sollHaben, konto, gegenkonto, buSchluessel, belegdatum,
                    belegfeld1, belegfeld2, buchungstext, skonto, generalumkehr, opos, beleginfos);
        }
    }
}
