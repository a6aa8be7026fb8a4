package de.debitum.output.internal.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.debitum.api.money.Money;
import de.debitum.output.letter.LetterLanguage;

/**
 * Formats amounts and dates as a German or English reader expects them: {@code 1.234,56 €} and
 * {@code 04.12.2026}, or {@code €1,234.56} and {@code 4 December 2026}. Spaces are plain
 * spaces, not non-breaking ones, so that text extracted from the PDF matches what was written.
 */
public final class LetterFormats {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter ENGLISH_SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final LetterLanguage language;

    public LetterFormats(LetterLanguage language) {
        this.language = language;
    }

    /** Formats an amount with its currency symbol ({@code €}) or, for other currencies, its code. */
    public String money(Money money) {
        String number = number(money.amount());
        String code = money.currency().getCurrencyCode();
        String symbol = code.equals("EUR") ? "€" : code;
        if (language == LetterLanguage.GERMAN) {
            return number + " " + symbol;
        }
        return code.equals("EUR") ? symbol + number : symbol + " " + number;
    }

    /** Formats an amount without currency, two decimals, with grouping. */
    public String number(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(language.locale()));
        return format.format(amount);
    }

    /** Formats a date for running text. */
    public String date(LocalDate date) {
        return (language == LetterLanguage.GERMAN ? GERMAN_DATE : ENGLISH_DATE).format(date);
    }

    /** Formats a date for a table column. */
    public String shortDate(LocalDate date) {
        return (language == LetterLanguage.GERMAN ? GERMAN_DATE : ENGLISH_SHORT_DATE).format(date);
    }
}
