package de.debitum.api.ledger;

import de.debitum.api.model.Debtor;

/** A debtor with the personal account (Debitorenkonto) the ledger assigned to it. */
public record DebtorAccount(int account, Debtor debtor) {
}
