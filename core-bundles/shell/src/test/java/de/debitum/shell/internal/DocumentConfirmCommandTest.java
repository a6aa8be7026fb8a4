package de.debitum.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;

class DocumentConfirmCommandTest {

    @Test
    void documentIdMustBePositive() {
        assertThat(ShellArguments.positiveId("Beleg-Id", "document id", "as the UI shows it", " 42 ")).isEqualTo(42);
        assertThatThrownBy(() -> ShellArguments.positiveId("Beleg-Id", "document id", "as the UI shows it", "0"))
                .hasMessageContaining("Ungültige Beleg-Id \"0\"")
                .hasMessageContaining("Invalid document id \"0\": use a positive number as the UI shows it.");
        assertThatThrownBy(() -> ShellArguments.positiveId("Beleg-Id", "document id", "as the UI shows it", "RE-1"))
                .hasMessageContaining("\"RE-1\"");
    }

    @Test
    void noticeIdKeepsItsMessage() {
        assertThatThrownBy(() -> DunningApproveCommand.parseId("x"))
                .hasMessage("Ungültige Mahnungs-Id \"x\"; erwartet eine positive Zahl. / Invalid notice id \"x\": use a"
                        + " positive number as printed by debitum:dunning-run.");
    }

    @Test
    void confirmationLineNamesFlagsAndActor() {
        DocumentData data = new DocumentData("380:MIN-1", "d1", DocumentKind.INVOICE, "MIN-1", LocalDate.of(2026, 3, 1),
                null, null, null, Money.EUR, List.of(), Money.euro("12.44"), null, null, null, null, null, false,
                Set.of(DocumentFlag.NO_VAT_BREAKDOWN, DocumentFlag.BOOKING_AID), List.of());
        ReceivableDocument document = new ReceivableDocument(7, TenantId.of("muster-gmbh"), 3, "einvoice", data, null,
                null, Instant.EPOCH, Instant.EPOCH);

        String line = DocumentConfirmCommand.describe(document,
                new DocumentConfirmation(7, "shell:karaf", Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(line).isEqualTo("Document 7 (MIN-1, flags BOOKING_AID, NO_VAT_BREAKDOWN, unsafe source) confirmed by"
                + " shell:karaf at 2026-03-02T10:00:00Z.");
    }
}
