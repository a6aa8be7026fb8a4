package de.debitum.dunning.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class PolicyValidatorTest {

    private final PolicyValidator validator = new PolicyValidator();
    private final DunningPolicy german = DefaultPolicies.german();

    @Test
    void germanDefaultIsValid() {
        assertThat(validator.validate(german)).isEmpty();
        assertThat(validator.isUsable(german)).isTrue();
    }

    @Test
    void policyWithoutLevelsIsRejected() {
        List<PolicyViolation> violations = validator.validate(withLevels(List.of()));

        assertThat(violations).extracting(PolicyViolation::field).contains("levels");
        assertThat(violations.get(0).messageDe()).contains("mindestens eine Mahnstufe").contains("14 Tage");
    }

    @Test
    void levelsOutOfOrderAreRejected() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(2, copy(levels.get(2), DunningLevelKind.FIRST_REMINDER, levels.get(2).delayDays(),
                levels.get(2).fee(), levels.get(2).templateKey()));

        PolicyViolation violation = single(validator.validate(withLevels(levels)));

        assertThat(violation.field()).isEqualTo("levels[2].kind");
        assertThat(violation.messageDe())
                .isEqualTo("Stufe 3 (1. Mahnung): Die Art muss nach 1. Mahnung kommen, z. B. 2. Mahnung.");
        assertThat(violation.messageEn())
                .isEqualTo("level 3 (First reminder): the kind must come after First reminder, e.g. Second reminder.");
    }

    @Test
    void nextLevelBeforePreviousTermEndsIsRejected() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(2, copy(levels.get(2), levels.get(2).kind(), 5, levels.get(2).fee(), levels.get(2).templateKey()));

        PolicyViolation violation = single(validator.validate(withLevels(levels)));

        assertThat(violation.field()).isEqualTo("levels[2].delayDays");
        assertThat(violation.messageDe()).contains("5 Tage").contains("mindestens 10 Tage");
    }

    @Test
    void firstLevelCannotCountFromPreviousLevel() {
        DunningLevel first = german.levels().get(0);
        DunningLevel broken = new DunningLevel(first.kind(), DelayBasis.AFTER_PREVIOUS_LEVEL, first.delayDays(),
                first.paymentTermDays(), first.fee(), first.templateKey(), first.channel(), first.needsApproval());
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(0, broken);

        assertThat(single(validator.validate(withLevels(levels))).field()).isEqualTo("levels[0].delayBasis");
    }

    @Test
    void negativeFeeIsAnError() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(1, copy(levels.get(1), levels.get(1).kind(), 14, Money.euro("-1.00"), levels.get(1).templateKey()));

        PolicyViolation violation = single(validator.validate(withLevels(levels)));

        assertThat(violation.field()).isEqualTo("levels[1].fee");
        assertThat(violation.isError()).isTrue();
        assertThat(violation.messageDe()).startsWith("Stufe 2 (1. Mahnung): Die Gebühr -1.00 EUR darf nicht negativ sein");
    }

    @Test
    void feeAboveUsualCostIsOnlyAWarning() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(1, copy(levels.get(1), levels.get(1).kind(), 14, Money.euro("5.00"), levels.get(1).templateKey()));
        DunningPolicy policy = withLevels(levels);

        PolicyViolation violation = single(validator.validate(policy));

        assertThat(violation.severity()).isEqualTo(Severity.WARNING);
        assertThat(violation.messageDe()).contains("1.00 bis 2.50 EUR");
        assertThat(validator.isUsable(policy)).isTrue();
    }

    @Test
    void feeInOtherCurrencyIsRejected() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(1, copy(levels.get(1), levels.get(1).kind(), 14, Money.of("2.50", "CHF"),
                levels.get(1).templateKey()));

        assertThat(single(validator.validate(withLevels(levels))).messageEn()).contains("another currency");
    }

    @Test
    void templateKeyWithSpacesIsRejected() {
        List<DunningLevel> levels = new ArrayList<>(german.levels());
        levels.set(3, copy(levels.get(3), levels.get(3).kind(), 14, levels.get(3).fee(), "Letzte Mahnung"));

        PolicyViolation violation = single(validator.validate(withLevels(levels)));

        assertThat(violation.field()).isEqualTo("levels[3].templateKey");
        assertThat(violation.messageDe()).contains("\"Letzte Mahnung\"").contains("dunning.first-reminder");
    }

    @Test
    void thresholdsOutOfRangeAreEachReported() {
        DunningPolicy policy = new DunningPolicy(german.levels(),
                new DunningThresholds(Money.euro("-1.00"), -2, 45), false, 14);

        assertThat(validator.validate(policy)).extracting(PolicyViolation::field).containsExactly(
                "thresholds.minimumOpenAmount", "thresholds.minimumDaysOverdue", "thresholds.graceDays");
        assertThat(validator.validate(policy).get(2).messageDe())
                .isEqualTo("Karenztage: 45 liegt nicht zwischen 0 und 30; üblich sind 3 Tage für den Zahlungseingang.");
    }

    @Test
    void escalationBeforeFinalTermEndsIsRejected() {
        DunningPolicy policy = new DunningPolicy(german.levels(), german.thresholds(), false, 3);

        PolicyViolation violation = single(validator.validate(policy));

        assertThat(violation.field()).isEqualTo("escalationDaysAfterFinalLevel");
        assertThat(violation.messageDe()).contains("zwischen 7 (Zahlungsfrist der letzten Stufe) und 365");
    }

    private DunningPolicy withLevels(List<DunningLevel> levels) {
        return new DunningPolicy(levels, german.thresholds(), german.businessFlatFeeEnabled(),
                german.escalationDaysAfterFinalLevel());
    }

    private static DunningLevel copy(DunningLevel level, DunningLevelKind kind, int delayDays, Money fee,
            String templateKey) {
        return new DunningLevel(kind, level.delayBasis(), delayDays, level.paymentTermDays(), fee, templateKey,
                level.channel(), level.needsApproval());
    }

    private static PolicyViolation single(List<PolicyViolation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }
}
