package de.debitum.dunning.internal.calculation;

/**
 * The reason an item gets no notice in a run. Each reason has a sentence for the preview in German
 * and English, in which {@code {date}} is the decision's date, {@code {until}} the end of a block
 * and {@code {level}} the next level.
 */
public enum SkipReason {
    NOTHING_OPEN(
            "Nichts offen: der offene Betrag ist null oder negativ.",
            "Nothing open: the open amount is zero or negative."),
    ALREADY_DUNNED_TODAY(
            "Heute wurde bereits gemahnt; ein zweiter Lauf am selben Tag erzeugt nichts Neues.",
            "A notice was already sent today; a second run on the same day creates nothing new."),
    BLOCKED_DISPUTE(
            "Mahnsperre wegen Streitfall {until}.",
            "Dunning blocked because of a dispute {until}."),
    BLOCKED_INSTALMENTS(
            "Mahnsperre wegen vereinbarter Ratenzahlung {until}.",
            "Dunning blocked because of an instalment agreement {until}."),
    BLOCKED_PROMISE_TO_PAY(
            "Mahnsperre wegen Zahlungszusage {until}.",
            "Dunning blocked because of a promise to pay {until}."),
    BLOCKED_OTHER(
            "Mahnsperre am Debitor {until}.",
            "Dunning blocked on the debtor's record {until}."),
    NOT_OVERDUE(
            "Noch nicht überfällig: die Zahlungsfrist endet am {date}.",
            "Not overdue yet: the payment deadline ends on {date}."),
    BELOW_MINIMUM_DAYS(
            "Kürzer überfällig als der Mindestverzug der Richtlinie; frühestens am {date}.",
            "Overdue for fewer days than the policy's minimum; not before {date}."),
    CURRENCY_NOT_IN_POLICY(
            "Die Währung des Postens weicht von der Währung der Richtlinie ab; bitte manuell mahnen.",
            "The item's currency differs from the policy's currency; dun it manually."),
    BELOW_MINIMUM_AMOUNT(
            "Der offene Betrag liegt unter dem Mindestbetrag der Richtlinie.",
            "The open amount is below the policy's minimum amount."),
    NEXT_LEVEL_NOT_DUE(
            "Die nächste Stufe ({level}) ist frühestens am {date} fällig.",
            "The next level ({level}) is not due before {date}."),
    WAITING_FOR_ESCALATION(
            "Letzte Stufe gesendet; Übergabe an das Inkasso frühestens am {date}.",
            "Final level sent; escalation to collections not before {date}."),
    NO_PAYMENT_DATA(
            "Keine Zahlungsdaten: keine Quelle hat Zahlungen geliefert, daher ist nicht sicher, dass der Posten offen ist.",
            "No payment data: no source has delivered payments, so the item may not be open."),
    COVERAGE_GAP(
            "Zahlungsdaten unvollständig: für die Zeit ab {date} fehlen Zahlungen einer Quelle.",
            "Payment data incomplete: a source's payments are missing for the period from {date}."),
    UNALLOCATED_PAYMENTS(
            "Der Debitor hat nicht zugeordnete Zahlungen oder Gutschriften, die erst geprüft werden müssen.",
            "The debtor has unallocated payments or credit notes awaiting review."),
    MATCHING_SUGGESTION_OPEN(
            "Zahlungsvorschlag offen: eine eingegangene Zahlung ist diesem Posten vorläufig zugeordnet und wartet auf Prüfung im Zahlungsabgleich.",
            "Matching suggestion open: a received payment is proposed for this item and waits for review in matching."),
    UNCONFIRMED_SOURCE(
            "Beleg aus unsicherer Quelle (z. B. aus PDF-Text gelesen) oder mit Hinweis (z. B. nur Buchungshilfe),"
                    + " noch nicht bestätigt.",
            "Document from an unsafe source (such as text read from a PDF) or with a flag (such as a booking aid),"
                    + " not yet confirmed."),
    NOTICE_PENDING(
            "Eine frühere Mahnung zu diesem Posten wartet noch auf Freigabe oder Versand.",
            "An earlier notice for this item still waits for approval or output."),
    ESCALATED(
            "Bereits an das Inkasso übergeben.",
            "Already escalated to collections.");

    private final String templateDe;
    private final String templateEn;

    SkipReason(String templateDe, String templateEn) {
        this.templateDe = templateDe;
        this.templateEn = templateEn;
    }

    String templateDe() {
        return templateDe;
    }

    String templateEn() {
        return templateEn;
    }
}
