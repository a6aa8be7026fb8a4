package de.debitum.dunning.policy;

/** The kind of a dunning level, in the order in which a claim escalates. */
public enum DunningLevelKind {
    PAYMENT_REMINDER("Zahlungserinnerung", "Payment reminder"),
    FIRST_REMINDER("1. Mahnung", "First reminder"),
    SECOND_REMINDER("2. Mahnung", "Second reminder"),
    FINAL_REMINDER("Letzte Mahnung", "Final reminder");

    private final String germanName;
    private final String englishName;

    DunningLevelKind(String germanName, String englishName) {
        this.germanName = germanName;
        this.englishName = englishName;
    }

    public String germanName() {
        return germanName;
    }

    public String englishName() {
        return englishName;
    }
}
