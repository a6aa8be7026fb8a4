package de.debitum.einvoice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;
import de.debitum.einvoice.SkontoTier;

/**
 * Parses cash discount lines written in the XRechnung convention for payment terms (BT-20), one
 * per line: {@code #SKONTO#TAGE=14#PROZENT=2.00#} with an optional {@code BASISBETRAG=123.45#}.
 */
public final class SkontoText {

    private static final Pattern LINE = Pattern.compile(
            "#SKONTO#TAGE=(\\d{1,3})#PROZENT=(\\d{1,2}\\.\\d{2})#(?:BASISBETRAG=(-?\\d+\\.\\d{2})#)?");
    private static final String FORM = "#SKONTO#TAGE=n#PROZENT=n.nn#[BASISBETRAG=n.nn#]";

    private SkontoText() {
    }

    /**
     * Returns the tiers of all lines that start with {@code #SKONTO#}. Other lines are free
     * payment terms text and are ignored here.
     *
     * @throws ReadFailure when a {@code #SKONTO#} line does not follow the convention
     */
    public static List<SkontoTier> parse(String element, String termsText, Currency currency) throws ReadFailure {
        List<SkontoTier> tiers = new ArrayList<>();
        if (termsText == null) {
            return tiers;
        }
        for (String raw : termsText.split("\\R")) {
            String line = raw.trim();
            if (!line.toUpperCase(java.util.Locale.ROOT).startsWith("#SKONTO#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw Rejections.malformed(element, line, FORM);
            }
            Money basis = matcher.group(3) == null ? null : Money.of(new BigDecimal(matcher.group(3)), currency);
            tiers.add(new SkontoTier(Integer.parseInt(matcher.group(1)), new BigDecimal(matcher.group(2)), basis,
                    SkontoTier.Source.TEXT_CONVENTION));
        }
        return tiers;
    }
}
