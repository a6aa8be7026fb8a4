package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DelayBasis;
import de.debitum.dunning.policy.DeliveryChannel;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningLevelKind;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.DunningThresholds;
import de.debitum.dunning.policy.PolicyViolation;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Json;

/**
 * The JSON form of a dunning policy. Reading checks the form of each field and names the invalid
 * one; the dunning service's validator then checks the values.
 */
final class DunningPolicyJson {

    /** The maximum number of levels a request may send; the level kinds allow four. */
    static final int MAX_LEVELS = DunningLevelKind.values().length;

    private DunningPolicyJson() {
    }

    static Map<String, Object> view(DunningPolicy policy, boolean autoSend, List<PolicyViolation> warnings) {
        List<Object> levels = new ArrayList<>();
        for (DunningLevel level : policy.levels()) {
            levels.add(Json.object("kind", level.kind().name(), "name", level.kind().germanName(),
                    "nameEn", level.kind().englishName(), "delayBasis", level.delayBasis().name(),
                    "delayDays", level.delayDays(), "paymentTermDays", level.paymentTermDays(),
                    "fee", Json.amount(level.fee().amount()), "templateKey", level.templateKey(),
                    "channel", level.channel().name(), "needsApproval", level.needsApproval()));
        }
        DunningThresholds thresholds = policy.thresholds();
        List<Object> warningViews = new ArrayList<>();
        for (PolicyViolation warning : warnings) {
            warningViews.add(Json.object("field", warning.field(), "messageDe", warning.messageDe(),
                    "messageEn", warning.messageEn()));
        }
        return Json.object("currency", thresholds.minimumOpenAmount().currency().getCurrencyCode(),
                "levels", levels,
                "minimumOpenAmount", Json.amount(thresholds.minimumOpenAmount().amount()),
                "minimumDaysOverdue", thresholds.minimumDaysOverdue(),
                "graceDays", thresholds.graceDays(),
                "businessFlatFeeEnabled", policy.businessFlatFeeEnabled(),
                "escalationDaysAfterFinalLevel", policy.escalationDaysAfterFinalLevel(),
                "autoSend", autoSend,
                "warnings", warningViews);
    }

    /** Reads a policy; {@code currency} defaults to EUR and applies to every amount. */
    static DunningPolicy read(JsonNode body) {
        String currency = Json.optionalText(body, "currency", 3);
        String code = currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT);
        JsonNode levelNodes = body.get("levels");
        if (levelNodes == null || !levelNodes.isArray() || levelNodes.isEmpty() || levelNodes.size() > MAX_LEVELS) {
            throw ApiException.badRequest("'levels' muss eine Liste von 1 bis " + MAX_LEVELS + " Mahnstufen sein.",
                    "'levels' must be a list of 1 to " + MAX_LEVELS + " levels.");
        }
        List<DunningLevel> levels = new ArrayList<>();
        for (int i = 0; i < levelNodes.size(); i++) {
            JsonNode node = levelNodes.get(i);
            String path = "levels[" + i + "].";
            if (!node.isObject()) {
                throw ApiException.badRequest("'levels[" + i + "]' muss ein JSON-Objekt sein.",
                        "'levels[" + i + "]' must be a JSON object.");
            }
            levels.add(new DunningLevel(
                    choice(node, path, "kind", DunningLevelKind.class, null),
                    choice(node, path, "delayBasis", DelayBasis.class,
                            i == 0 ? DelayBasis.AFTER_DUE_DATE : DelayBasis.AFTER_PREVIOUS_LEVEL),
                    whole(node, path, "delayDays"),
                    whole(node, path, "paymentTermDays"),
                    money(node, path, "fee", code),
                    Json.requiredText(node, "templateKey", 200),
                    choice(node, path, "channel", DeliveryChannel.class, null),
                    Json.optionalBoolean(node, "needsApproval", false)));
        }
        DunningThresholds thresholds = new DunningThresholds(money(body, "", "minimumOpenAmount", code),
                whole(body, "", "minimumDaysOverdue"), whole(body, "", "graceDays"));
        return new DunningPolicy(levels, thresholds, Json.optionalBoolean(body, "businessFlatFeeEnabled", false),
                whole(body, "", "escalationDaysAfterFinalLevel"));
    }

    private static int whole(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiException.badRequest("'" + path + field + "' muss eine ganze Zahl von Tagen sein, z. B. 14.",
                    "'" + path + field + "' must be a whole number of days, such as 14.");
        }
        return value.intValue();
    }

    static Money money(JsonNode node, String path, String field, String currency) {
        JsonNode value = node.get(field);
        String text = value == null || value.isNull() ? null : value.asText();
        try {
            if (text == null || text.length() > 20) {
                throw new NumberFormatException();
            }
            return Money.of(text, currency);
        } catch (IllegalArgumentException e) {
            // NumberFormatException and an unknown currency code both end here.
            throw ApiException.badRequest("Ungültiger Betrag '" + text + "' für '" + path + field
                            + "': bitte eine Zahl mit Punkt angeben, z. B. 2.50, und einen Währungscode wie EUR.",
                    "Invalid amount '" + text + "' for '" + path + field
                            + "': give a number with a decimal point, such as 2.50, and a currency code such as EUR.");
        }
    }

    static <E extends Enum<E>> E choice(JsonNode node, String path, String field, Class<E> type, E defaultValue) {
        String value = Json.optionalText(node, field, 40);
        if (value == null && defaultValue != null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw ApiException.badRequest("Ungültiger Wert '" + value + "' für '" + path + field + "': erlaubt sind "
                    + String.join(", ", names) + ".", "Invalid value '" + value + "' for '" + path + field
                    + "': use one of " + String.join(", ", names) + ".");
        }
    }
}
