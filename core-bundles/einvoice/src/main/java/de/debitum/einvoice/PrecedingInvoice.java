package de.debitum.einvoice;

import java.time.LocalDate;

/** A preceding invoice that a credit note or correction refers to (BG-3). */
public record PrecedingInvoice(String number, LocalDate issueDate) {
}
