package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.debitum.ui.client.Model.DocumentConfirmation;
import de.debitum.ui.client.Model.DocumentDetail;
import de.debitum.ui.client.Model.DocumentNote;

/** The notes section of the document dialog: flags, reader warnings and the confirmation state. */
class DocumentDialogNotesTest {

    private static final DocumentNote BOOKING_AID = new DocumentNote("BOOKING_AID",
            "Nur Buchungshilfe: Profil MINIMUM.", "Booking aid only: profile MINIMUM.");
    private static final DocumentNote RECALCULATION = new DocumentNote("RECALCULATION_DIFFERS",
            "Gesamtbetrag laut Rechnung 12.44, von Mustang nachgerechnet 10.24.",
            "grand total stated 12.44, recalculated by Mustang 10.24.");

    private static DocumentDetail document(List<DocumentNote> flags, List<DocumentNote> warnings,
            boolean needsConfirmation, DocumentConfirmation confirmation) {
        return new DocumentDetail(201, "MIN-1", "INVOICE", 101L, "Muster GmbH", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 15), "EUR", new BigDecimal("12.44"), new BigDecimal("12.44"),
                new BigDecimal("12.44"), "overdue", "einvoice", BigDecimal.ZERO, BigDecimal.ZERO, null, null, null,
                "min.pdf", false, flags, warnings, needsConfirmation, confirmation, List.of());
    }

    private static Texts texts(String language) {
        return TestTexts.texts(language);
    }

    @Test
    void unconfirmedBookingAidInGerman() {
        List<String> lines = DocumentDialog.noteLines(document(List.of(BOOKING_AID), List.of(RECALCULATION), true, null),
                texts("de"), Locale.GERMAN);

        assertThat(lines).containsExactly(
                "Nur Buchungshilfe: Profil MINIMUM.",
                "Beim Einlesen bemerkt: Gesamtbetrag laut Rechnung 12.44, von Mustang nachgerechnet 10.24.",
                "Noch nicht bestätigt: der Beleg wird nicht gemahnt, bis ein Administrator ihn bestätigt.");
    }

    @Test
    void confirmedDocumentInEnglish() {
        DocumentConfirmation confirmation = new DocumentConfirmation(201, "admin", Instant.parse("2026-03-17T09:30:00Z"));

        List<String> lines = DocumentDialog.noteLines(document(List.of(BOOKING_AID), List.of(), true, confirmation),
                texts("en"), Locale.ENGLISH);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Booking aid only: profile MINIMUM.");
        assertThat(lines.get(1)).startsWith("Confirmed by admin on ").endsWith("; the document may be dunned.");
    }

    @Test
    void plainDocumentHasNoNotes() {
        assertThat(DocumentDialog.noteLines(document(List.of(), List.of(), false, null), texts("de"), Locale.GERMAN))
                .isEmpty();
    }
}
