package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningLevelKind;

/** The decision for one item in a run: send a level, escalate to collections, or skip it. */
public sealed interface LevelDecision {

    /**
     * Send the next level.
     *
     * @param level           the policy level to send
     * @param levelNumber     the Mahnstufe, 1 for the policy's first level
     * @param paymentDeadline the deadline the notice sets, already moved by § 193 BGB
     * @param charges         fee, flat fee and the debtor's default status
     */
    record NextLevel(DunningLevel level, int levelNumber, LocalDate paymentDeadline, Charges charges)
            implements LevelDecision {

        public NextLevel {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(paymentDeadline, "paymentDeadline");
            Objects.requireNonNull(charges, "charges");
        }
    }

    /**
     * The final level was sent and its time has run out: hand the claim to collections.
     *
     * @param finalNoticeSentOn the day the final level was sent
     */
    record Escalation(LocalDate finalNoticeSentOn) implements LevelDecision {

        public Escalation {
            Objects.requireNonNull(finalNoticeSentOn, "finalNoticeSentOn");
        }
    }

    /**
     * No notice for the item in this run.
     *
     * @param reason    the reason code
     * @param date      the date the reason names (deadline, earliest next date or end of a block)
     * @param nextLevel the level that would come next, where the reason names it
     */
    record Skip(SkipReason reason, Optional<LocalDate> date, Optional<DunningLevelKind> nextLevel)
            implements LevelDecision {

        private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

        public Skip {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(nextLevel, "nextLevel");
        }

        static Skip of(SkipReason reason) {
            return new Skip(reason, Optional.empty(), Optional.empty());
        }

        static Skip of(SkipReason reason, LocalDate date) {
            return new Skip(reason, Optional.of(date), Optional.empty());
        }

        /** Returns the sentence for the preview in German. */
        public String messageDe() {
            String dateText = date.map(GERMAN_DATE::format).orElse("");
            return reason.templateDe()
                    .replace("{until}", date.map(d -> "bis einschließlich " + GERMAN_DATE.format(d)).orElse("bis auf Weiteres"))
                    .replace("{date}", dateText)
                    .replace("{level}", nextLevel.map(DunningLevelKind::germanName).orElse(""));
        }

        /** Returns the sentence for the preview in English. */
        public String messageEn() {
            String dateText = date.map(LocalDate::toString).orElse("");
            return reason.templateEn()
                    .replace("{until}", date.map(d -> "until " + d + " inclusive").orElse("until further notice"))
                    .replace("{date}", dateText)
                    .replace("{level}", nextLevel.map(DunningLevelKind::englishName).orElse(""));
        }
    }
}
