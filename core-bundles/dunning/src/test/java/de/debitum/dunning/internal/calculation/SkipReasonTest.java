package de.debitum.dunning.internal.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.debitum.dunning.policy.DunningLevelKind;

class SkipReasonTest {

    @Test
    void everyReasonReadsWithoutPlaceholders() {
        for (SkipReason reason : SkipReason.values()) {
            LevelDecision.Skip skip = new LevelDecision.Skip(reason, Optional.of(LocalDate.of(2026, 3, 24)),
                    Optional.of(DunningLevelKind.FIRST_REMINDER));

            assertThat(skip.messageDe()).as(reason.name()).doesNotContain("{").endsWith(".");
            assertThat(skip.messageEn()).as(reason.name()).doesNotContain("{").endsWith(".");
        }
    }

    @Test
    void messageDateFormatsPerLanguage() {
        LevelDecision.Skip skip = LevelDecision.Skip.of(SkipReason.NOT_OVERDUE, LocalDate.of(2026, 3, 24));

        assertThat(skip.messageDe()).isEqualTo("Noch nicht überfällig: die Zahlungsfrist endet am 24.03.2026.");
        assertThat(skip.messageEn()).isEqualTo("Not overdue yet: the payment deadline ends on 2026-03-24.");
    }
}
