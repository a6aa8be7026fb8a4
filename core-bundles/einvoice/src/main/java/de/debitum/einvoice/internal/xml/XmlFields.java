package de.debitum.einvoice.internal.xml;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;


import org.w3c.dom.Node;

import de.debitum.api.money.Money;
import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.Rejections;

/**
 * Reads typed values from a parsed document by path (a subset of XPath, see {@link ChildPath})
 * and rejects malformed ones, naming the element (its path), the value and the expected form.
 */
public final class XmlFields {

    /** EN 16931 amounts: a decimal with a point and no thousands separator (CII/UBL "Amount"). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE_102 = Pattern.compile("\\d{8}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final String AMOUNT_FORM = "Dezimalzahl mit Punkt, z. B. 1234.56 / decimal with a point";

    private final Map<String, String> namespaces;
    private final Map<String, ChildPath> compiled = new ConcurrentHashMap<>();

    /** Creates the reader for one set of prefixes; instances are thread-safe and meant to be shared. */
    public XmlFields(Map<String, String> namespaces) {
        this.namespaces = Map.copyOf(namespaces);
    }

    /** Returns the trimmed text of the first match, or {@code null} when absent or blank. */
    public String text(Node context, String path) {
        List<Node> found = nodes(context, path);
        if (found.isEmpty()) {
            return null;
        }
        String value = found.get(0).getTextContent();
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Returns the trimmed, non-blank texts of all matches. */
    public List<String> texts(Node context, String path) {
        List<String> values = new ArrayList<>();
        for (Node node : nodes(context, path)) {
            String value = node.getTextContent();
            if (value != null && !value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }

    /** Returns the matches as a list. */
    public List<Node> list(Node context, String path) {
        return nodes(context, path);
    }

    public Node node(Node context, String path) {
        List<Node> found = nodes(context, path);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Returns the text of a required element, or rejects the file naming it. */
    public String required(Node context, String path, String expected) throws ReadFailure {
        String value = text(context, path);
        if (value == null) {
            throw Rejections.missing(path, expected);
        }
        return value;
    }

    /** Returns a decimal, or {@code null} when absent. */
    public BigDecimal decimal(Node context, String path) throws ReadFailure {
        return parseDecimal(path, text(context, path));
    }

    /** Returns an amount in a currency, or {@code null} when absent. */
    public Money amount(Node context, String path, Currency currency) throws ReadFailure {
        BigDecimal value = decimal(context, path);
        return value == null ? null : Money.of(value, currency);
    }

    /** Returns a required amount, or rejects the file naming the element. */
    public Money requiredAmount(Node context, String path, Currency currency) throws ReadFailure {
        return Money.of(parseDecimal(path, required(context, path, AMOUNT_FORM)), currency);
    }

    /** Returns a date in UNTDID 2379 format 102 ({@code yyyyMMdd}), or {@code null} when absent. */
    public LocalDate date102(Node context, String path) throws ReadFailure {
        String value = text(context, path);
        if (value == null) {
            return null;
        }
        if (!DATE_102.matcher(value).matches()) {
            throw Rejections.malformed(path, value, "Datum JJJJMMTT (Format 102), z. B. 20240131 / date yyyyMMdd");
        }
        try {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException e) {
            throw Rejections.malformed(path, value, "ein gültiges Kalenderdatum JJJJMMTT / a valid calendar date");
        }
    }

    /** Returns an ISO date ({@code yyyy-MM-dd}, as UBL writes it), or {@code null} when absent. */
    public LocalDate isoDate(Node context, String path) throws ReadFailure {
        String value = text(context, path);
        if (value == null) {
            return null;
        }
        if (!ISO_DATE.matcher(value).matches()) {
            throw Rejections.malformed(path, value, "Datum JJJJ-MM-TT, z. B. 2024-01-31 / date yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw Rejections.malformed(path, value, "ein gültiges Kalenderdatum JJJJ-MM-TT / a valid calendar date");
        }
    }

    /** Returns an ISO 4217 currency, or {@code null} when absent. */
    public Currency currency(Node context, String path) throws ReadFailure {
        String value = text(context, path);
        if (value == null) {
            return null;
        }
        if (!CURRENCY_CODE.matcher(value).matches()) {
            throw Rejections.malformed(path, value, "Währungscode nach ISO 4217, z. B. EUR / ISO 4217 code");
        }
        try {
            return Currency.getInstance(value);
        } catch (IllegalArgumentException e) {
            throw Rejections.malformed(path, value, "Währungscode nach ISO 4217, z. B. EUR / ISO 4217 code");
        }
    }

    private static BigDecimal parseDecimal(String path, String value) throws ReadFailure {
        if (value == null) {
            return null;
        }
        if (value.length() > 40 || !DECIMAL.matcher(value).matches()) {
            throw Rejections.malformed(path, value, AMOUNT_FORM);
        }
        return new BigDecimal(value);
    }

    private List<Node> nodes(Node context, String path) {
        return compiled.computeIfAbsent(path, p -> ChildPath.compile(p, namespaces)).select(context);
    }
}
