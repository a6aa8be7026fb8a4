package de.debitum.dunning.internal.run;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DelayBasis;
import de.debitum.dunning.policy.DeliveryChannel;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningLevelKind;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.DunningThresholds;

/**
 * Writes a policy as Java properties text for the datacenter and reads it back. Levels are
 * numbered from 1: {@code level.1.kind=PAYMENT_REMINDER}; amounts are written as
 * {@code 2.50 EUR}.
 */
final class PolicyCodec {

    static final int MAX_LEVELS = 10;

    private PolicyCodec() {
    }

    static String write(DunningPolicy policy) {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("businessFlatFeeEnabled", String.valueOf(policy.businessFlatFeeEnabled()));
        values.put("escalationDaysAfterFinalLevel", String.valueOf(policy.escalationDaysAfterFinalLevel()));
        values.put("thresholds.minimumOpenAmount", money(policy.thresholds().minimumOpenAmount()));
        values.put("thresholds.minimumDaysOverdue", String.valueOf(policy.thresholds().minimumDaysOverdue()));
        values.put("thresholds.graceDays", String.valueOf(policy.thresholds().graceDays()));
        values.put("levels", String.valueOf(policy.levels().size()));
        for (int i = 0; i < policy.levels().size(); i++) {
            DunningLevel level = policy.levels().get(i);
            String prefix = "level." + (i + 1) + ".";
            values.put(prefix + "kind", level.kind().name());
            values.put(prefix + "delayBasis", level.delayBasis().name());
            values.put(prefix + "delayDays", String.valueOf(level.delayDays()));
            values.put(prefix + "paymentTermDays", String.valueOf(level.paymentTermDays()));
            values.put(prefix + "fee", money(level.fee()));
            values.put(prefix + "templateKey", level.templateKey());
            values.put(prefix + "channel", level.channel().name());
            values.put(prefix + "needsApproval", String.valueOf(level.needsApproval()));
        }
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    /**
     * Reads a policy written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the key and the value that are missing or invalid
     */
    static DunningPolicy read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stored dunning policy is not valid properties text: " + e.getMessage(), e);
        }
        int count = integer(properties, "levels");
        if (count < 1 || count > MAX_LEVELS) {
            throw new IllegalArgumentException("Stored dunning policy has " + count + " levels; use 1 to " + MAX_LEVELS + ".");
        }
        List<DunningLevel> levels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String prefix = "level." + i + ".";
            levels.add(new DunningLevel(
                    enumValue(properties, prefix + "kind", DunningLevelKind.class),
                    enumValue(properties, prefix + "delayBasis", DelayBasis.class),
                    integer(properties, prefix + "delayDays"),
                    integer(properties, prefix + "paymentTermDays"),
                    money(properties, prefix + "fee"),
                    required(properties, prefix + "templateKey"),
                    enumValue(properties, prefix + "channel", DeliveryChannel.class),
                    bool(properties, prefix + "needsApproval")));
        }
        DunningThresholds thresholds = new DunningThresholds(money(properties, "thresholds.minimumOpenAmount"),
                integer(properties, "thresholds.minimumDaysOverdue"), integer(properties, "thresholds.graceDays"));
        return new DunningPolicy(levels, thresholds, bool(properties, "businessFlatFeeEnabled"),
                integer(properties, "escalationDaysAfterFinalLevel"));
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    private static String escape(String value) {
        StringWriter out = new StringWriter();
        Properties single = new Properties();
        single.setProperty("k", value);
        try {
            single.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = out.toString().lines().filter(line -> line.startsWith("k=")).findFirst().orElse("k=");
        return stored.substring(2);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Stored dunning policy lacks '" + key + "'.");
        }
        return value.strip();
    }

    private static int integer(Properties properties, String key) {
        String value = required(properties, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Stored dunning policy has '" + key + "=" + value + "'; use a whole number.", e);
        }
    }

    private static boolean bool(Properties properties, String key) {
        String value = required(properties, key).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("Stored dunning policy has '" + key + "=" + value + "'; use true or false.");
        }
        return Boolean.parseBoolean(value);
    }

    private static Money money(Properties properties, String key) {
        String value = required(properties, key);
        String[] parts = value.split("\\s+");
        try {
            return Money.of(parts[0], parts.length > 1 ? parts[1] : "EUR");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Stored dunning policy has '" + key + "=" + value
                    + "'; use an amount and a currency such as 2.50 EUR.", e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Properties properties, String key, Class<E> type) {
        String value = required(properties, key);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> valid = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                valid.add(constant.name());
            }
            throw new IllegalArgumentException("Stored dunning policy has '" + key + "=" + value + "'; use one of "
                    + String.join(", ", valid) + ".", e);
        }
    }
}
