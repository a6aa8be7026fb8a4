package de.debitum.api.ledger;

/**
 * G/L accounts the ledger books on, with the defaults of DATEV's SKR03 and SKR04 charts. A tenant
 * can replace each default in its {@link LedgerSettings}.
 *
 * <p>NOTE: the defaults are the accounts commonly named for these cases in the DATEV charts
 * (DATEV-Kontenrahmen SKR03/SKR04, edition 2025); the tax adviser should confirm them per tenant.
 */
public enum AccountRole {

    /** Bank account used when a payment's IBAN has no account of its own (Bank). */
    BANK(1200, 1800),
    /** Revenue at 19 % VAT (Erlöse 19 % USt), an automatic account. */
    REVENUE_19(8400, 4400),
    /** Revenue at 7 % VAT (Erlöse 7 % USt), an automatic account. */
    REVENUE_7(8300, 4300),
    /** Tax-free revenue, VAT categories E, Z and O (steuerfreie Umsätze). */
    REVENUE_TAX_FREE(8100, 4100),
    /** Revenue where the customer owes the VAT, category AE (§ 13b UStG). */
    REVENUE_REVERSE_CHARGE(8337, 4337),
    /** Tax-free intra-community supplies, category K (innergemeinschaftliche Lieferungen). */
    REVENUE_INTRA_EU(8125, 4125),
    /** Tax-free exports to third countries, category G (Ausfuhrlieferungen). */
    REVENUE_EXPORT(8120, 4120),
    /** Cash discount granted (gewährte Skonti); booked with the tax key of the invoice's rate. */
    CASH_DISCOUNT(8730, 4730),
    /** Bad-debt loss (Forderungsverluste); booked with the tax key, which corrects the VAT. */
    WRITE_OFF(2400, 6930),
    /** Bank charges (Nebenkosten des Geldverkehrs). */
    BANK_FEES(4970, 6855),
    /** Dunning fees charged to debtors (Mahngebühren); no VAT, they are damages. */
    DUNNING_FEES(2700, 4830),
    /** Default interest charged to debtors (Verzugszinsen); no VAT. */
    DEFAULT_INTEREST(2650, 7100);

    private final int skr03;
    private final int skr04;

    AccountRole(int skr03, int skr04) {
        this.skr03 = skr03;
        this.skr04 = skr04;
    }

    /** Returns the default account of this role in a chart. */
    public int defaultAccount(Chart chart) {
        return chart == Chart.SKR03 ? skr03 : skr04;
    }
}
