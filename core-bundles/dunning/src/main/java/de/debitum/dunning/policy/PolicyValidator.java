package de.debitum.dunning.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/**
 * Checks a dunning policy and returns every violation, each naming the field and a valid value,
 * German first. An empty list means the policy is valid.
 */
public final class PolicyValidator {

    static final int MAX_DELAY_DAYS = 365;
    static final int MAX_PAYMENT_TERM_DAYS = 90;
    static final int MAX_GRACE_DAYS = 30;
    static final int MAX_TEMPLATE_KEY_LENGTH = 100;

    /** The upper end of what courts usually accept as a creditor's own cost per reminder. */
    static final BigDecimal USUAL_MAXIMUM_FEE_EUR = new BigDecimal("2.50");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    public List<PolicyViolation> validate(DunningPolicy policy) {
        List<PolicyViolation> violations = new ArrayList<>();
        validateLevels(policy, violations);
        validateThresholds(policy.thresholds(), violations);
        validateEscalation(policy, violations);
        return List.copyOf(violations);
    }

    /** Returns whether the policy has no violation of severity {@link Severity#ERROR}. */
    public boolean isUsable(DunningPolicy policy) {
        return validate(policy).stream().noneMatch(PolicyViolation::isError);
    }

    private void validateLevels(DunningPolicy policy, List<PolicyViolation> violations) {
        List<DunningLevel> levels = policy.levels();
        if (levels.isEmpty()) {
            violations.add(error("levels",
                    "Die Richtlinie braucht mindestens eine Mahnstufe, z. B. eine 1. Mahnung 14 Tage nach Fälligkeit.",
                    "The policy needs at least one level, e.g. a first reminder 14 days after the due date."));
            return;
        }
        for (int i = 0; i < levels.size(); i++) {
            DunningLevel previous = i == 0 ? null : levels.get(i - 1);
            validateLevel(i, levels.get(i), previous, policy, violations);
        }
    }

    private void validateLevel(int index, DunningLevel level, DunningLevel previous, DunningPolicy policy,
            List<PolicyViolation> violations) {
        String path = "levels[" + index + "]";
        String labelDe = "Stufe " + (index + 1) + " (" + level.kind().germanName() + ")";
        String labelEn = "level " + (index + 1) + " (" + level.kind().englishName() + ")";

        // Order: each level must escalate beyond the previous one.
        if (previous != null && level.kind().compareTo(previous.kind()) <= 0) {
            violations.add(error(path + ".kind",
                    labelDe + ": Die Art muss nach " + previous.kind().germanName()
                            + " kommen, z. B. " + nextKindDe(previous.kind()) + ".",
                    labelEn + ": the kind must come after " + previous.kind().englishName()
                            + ", e.g. " + nextKindEn(previous.kind()) + "."));
        }

        validateDelay(path, labelDe, labelEn, level, previous, violations);

        if (level.paymentTermDays() < 1 || level.paymentTermDays() > MAX_PAYMENT_TERM_DAYS) {
            violations.add(error(path + ".paymentTermDays",
                    labelDe + ": Die Zahlungsfrist " + level.paymentTermDays() + " Tage liegt nicht zwischen 1 und "
                            + MAX_PAYMENT_TERM_DAYS + "; üblich sind z. B. 10 Tage.",
                    labelEn + ": the payment term of " + level.paymentTermDays() + " days is not between 1 and "
                            + MAX_PAYMENT_TERM_DAYS + "; 10 days is a usual value."));
        }

        validateFee(path, labelDe, labelEn, level.fee(), policy.thresholds().minimumOpenAmount(), violations);
        validateTemplateKey(path, labelDe, labelEn, level.templateKey(), violations);
    }

    private void validateDelay(String path, String labelDe, String labelEn, DunningLevel level, DunningLevel previous,
            List<PolicyViolation> violations) {
        if (previous == null && level.delayBasis() == DelayBasis.AFTER_PREVIOUS_LEVEL) {
            violations.add(error(path + ".delayBasis",
                    labelDe + ": Die erste Stufe hat keine Vorstufe; zählen Sie die Tage ab Fälligkeit (AFTER_DUE_DATE).",
                    labelEn + ": the first level has no previous level; count its days from the due date"
                            + " (AFTER_DUE_DATE)."));
        }
        if (level.delayDays() < 1 || level.delayDays() > MAX_DELAY_DAYS) {
            violations.add(error(path + ".delayDays",
                    labelDe + ": Die Wartezeit " + level.delayDays() + " Tage liegt nicht zwischen 1 und "
                            + MAX_DELAY_DAYS + "; üblich sind z. B. 14 Tage.",
                    labelEn + ": the delay of " + level.delayDays() + " days is not between 1 and "
                            + MAX_DELAY_DAYS + "; 14 days is a usual value."));
            return;
        }
        if (previous == null) {
            return;
        }

        // A level must not be due before the previous notice's payment term has run out.
        if (level.delayBasis() == DelayBasis.AFTER_PREVIOUS_LEVEL && level.delayDays() < previous.paymentTermDays()) {
            violations.add(error(path + ".delayDays",
                    labelDe + ": Die Wartezeit " + level.delayDays() + " Tage ist kürzer als die Zahlungsfrist der"
                            + " Vorstufe (" + previous.paymentTermDays() + " Tage); wählen Sie mindestens "
                            + previous.paymentTermDays() + " Tage.",
                    labelEn + ": the delay of " + level.delayDays() + " days is shorter than the previous level's"
                            + " payment term (" + previous.paymentTermDays() + " days); choose at least "
                            + previous.paymentTermDays() + " days."));
        }
        if (level.delayBasis() == DelayBasis.AFTER_DUE_DATE && previous.delayBasis() == DelayBasis.AFTER_DUE_DATE) {
            int minimum = previous.delayDays() + previous.paymentTermDays();
            if (level.delayDays() < minimum) {
                violations.add(error(path + ".delayDays",
                        labelDe + ": " + level.delayDays() + " Tage nach Fälligkeit liegt vor dem Ende der Zahlungsfrist"
                                + " der Vorstufe; wählen Sie mindestens " + minimum + " Tage.",
                        labelEn + ": " + level.delayDays() + " days after the due date is before the previous level's"
                                + " payment term ends; choose at least " + minimum + " days."));
            }
        }
    }

    private void validateFee(String path, String labelDe, String labelEn, Money fee, Money minimumOpenAmount,
            List<PolicyViolation> violations) {
        if (!fee.currency().equals(minimumOpenAmount.currency())) {
            violations.add(error(path + ".fee",
                    labelDe + ": Die Gebühr " + fee + " hat eine andere Währung als der Mindestbetrag ("
                            + minimumOpenAmount.currency().getCurrencyCode() + "); z. B. 2.50 "
                            + minimumOpenAmount.currency().getCurrencyCode() + ".",
                    labelEn + ": the fee " + fee + " is in another currency than the minimum open amount ("
                            + minimumOpenAmount.currency().getCurrencyCode() + "); e.g. 2.50 "
                            + minimumOpenAmount.currency().getCurrencyCode() + "."));
            return;
        }
        if (fee.signum() < 0) {
            violations.add(error(path + ".fee",
                    labelDe + ": Die Gebühr " + fee + " darf nicht negativ sein; gültig ist z. B. 2.50 EUR oder 0.00 EUR.",
                    labelEn + ": the fee " + fee + " must not be negative; 2.50 EUR or 0.00 EUR are valid."));
        } else if (fee.currency().equals(Money.EUR) && fee.amount().compareTo(USUAL_MAXIMUM_FEE_EUR) > 0) {
            violations.add(new PolicyViolation(path + ".fee", Severity.WARNING,
                    labelDe + ": Die Gebühr " + fee + " liegt über dem, was Gerichte als eigene Kosten einer Mahnung"
                            + " üblicherweise anerkennen (1.00 bis 2.50 EUR); ein Schuldner kann sie bestreiten.",
                    labelEn + ": the fee " + fee + " is above what courts usually accept as a creditor's own cost"
                            + " per reminder (1.00 to 2.50 EUR); a debtor may dispute it."));
        }
    }

    private void validateTemplateKey(String path, String labelDe, String labelEn, String key,
            List<PolicyViolation> violations) {
        if (key.length() > MAX_TEMPLATE_KEY_LENGTH || !TEMPLATE_KEY.matcher(key).matches()) {
            String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
            violations.add(error(path + ".templateKey",
                    labelDe + ": Der Vorlagenschlüssel \"" + shown + "\" ist ungültig; erlaubt sind Kleinbuchstaben,"
                            + " Ziffern, Punkt und Bindestrich (höchstens " + MAX_TEMPLATE_KEY_LENGTH
                            + " Zeichen), z. B. dunning.first-reminder.",
                    labelEn + ": the template key \"" + shown + "\" is invalid; use lower-case letters, digits,"
                            + " dots and hyphens (at most " + MAX_TEMPLATE_KEY_LENGTH
                            + " characters), e.g. dunning.first-reminder."));
        }
    }

    private void validateThresholds(DunningThresholds thresholds, List<PolicyViolation> violations) {
        if (thresholds.minimumOpenAmount().signum() < 0) {
            violations.add(error("thresholds.minimumOpenAmount",
                    "Mindestbetrag: " + thresholds.minimumOpenAmount() + " darf nicht negativ sein; z. B. 5.00 EUR.",
                    "Minimum open amount: " + thresholds.minimumOpenAmount() + " must not be negative; e.g. 5.00 EUR."));
        }
        if (thresholds.minimumDaysOverdue() < 0 || thresholds.minimumDaysOverdue() > MAX_DELAY_DAYS) {
            violations.add(error("thresholds.minimumDaysOverdue",
                    "Mindestverzug: " + thresholds.minimumDaysOverdue() + " Tage liegt nicht zwischen 0 und "
                            + MAX_DELAY_DAYS + "; z. B. 0.",
                    "Minimum days overdue: " + thresholds.minimumDaysOverdue() + " is not between 0 and "
                            + MAX_DELAY_DAYS + "; e.g. 0."));
        }
        if (thresholds.graceDays() < 0 || thresholds.graceDays() > MAX_GRACE_DAYS) {
            violations.add(error("thresholds.graceDays",
                    "Karenztage: " + thresholds.graceDays() + " liegt nicht zwischen 0 und " + MAX_GRACE_DAYS
                            + "; üblich sind 3 Tage für den Zahlungseingang.",
                    "Grace days: " + thresholds.graceDays() + " is not between 0 and " + MAX_GRACE_DAYS
                            + "; 3 days for a transfer to arrive is usual."));
        }
    }

    private void validateEscalation(DunningPolicy policy, List<PolicyViolation> violations) {
        int days = policy.escalationDaysAfterFinalLevel();
        int minimum = policy.levels().isEmpty()
                ? 1
                : Math.max(1, policy.levels().get(policy.levels().size() - 1).paymentTermDays());
        if (days < minimum || days > MAX_DELAY_DAYS) {
            violations.add(error("escalationDaysAfterFinalLevel",
                    "Übergabe an das Inkasso: " + days + " Tage nach der letzten Stufe liegt nicht zwischen " + minimum
                            + " (Zahlungsfrist der letzten Stufe) und " + MAX_DELAY_DAYS + "; z. B. 14 Tage.",
                    "Escalation to collections: " + days + " days after the final level is not between " + minimum
                            + " (the final level's payment term) and " + MAX_DELAY_DAYS + "; e.g. 14 days."));
        }
    }

    private static String nextKindDe(DunningLevelKind kind) {
        DunningLevelKind[] kinds = DunningLevelKind.values();
        return kind.ordinal() + 1 < kinds.length ? kinds[kind.ordinal() + 1].germanName() : "keine weitere Stufe";
    }

    private static String nextKindEn(DunningLevelKind kind) {
        DunningLevelKind[] kinds = DunningLevelKind.values();
        return kind.ordinal() + 1 < kinds.length ? kinds[kind.ordinal() + 1].englishName() : "no further level";
    }

    private static PolicyViolation error(String field, String messageDe, String messageEn) {
        return new PolicyViolation(field, Severity.ERROR, messageDe, messageEn);
    }
}
