package de.debitum.ledger;

import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.ledger.SourceType;
import de.debitum.api.money.Money;

/**
 * A dunning fee or default interest charged on a document, as dunning reports it to the ledger.
 *
 * @param type {@link SourceType#DUNNING_FEE} or {@link SourceType#DEFAULT_INTEREST}
 * @param chargeId the dunning side's id of the charge; booking the same id again books nothing
 * @param documentId the document the charge is made on
 * @param amount positive amount in the document's currency
 * @param date day the charge was made
 */
public record Charge(SourceType type, String chargeId, long documentId, Money amount, LocalDate date) {

    public Charge {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (type != SourceType.DUNNING_FEE && type != SourceType.DEFAULT_INTEREST) {
            throw new IllegalArgumentException("Charge type " + type + " is invalid: use DUNNING_FEE or DEFAULT_INTEREST.");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Charge " + chargeId + " has amount " + amount + ", which is not positive.");
        }
    }
}
