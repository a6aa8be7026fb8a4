package de.debitum.rest.internal.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import de.debitum.api.query.Page;

/** JSON helpers: the shared mapper and readers for request fields that name the field on error. */
public final class Json {

    /** The mapper; responses are built from maps, lists, strings, numbers and booleans only. */
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** Returns an ordered map from alternating keys and values. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }

    /** Returns a page as {@code {items, page, size, total}}, with each item mapped by {@code view}. */
    public static <T> Map<String, Object> page(Page<T> page, java.util.function.Function<T, Object> view) {
        List<Object> items = new ArrayList<>();
        page.items().forEach(item -> items.add(view.apply(item)));
        return object("items", items, "page", page.page(), "size", page.size(), "total", page.total());
    }

    /** Returns an amount as a string with two decimals, or null. */
    public static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Returns a string if the value is there, the empty string counting as missing. */
    public static String optionalText(JsonNode body, String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("Das Feld '" + field + "' muss ein Text sein.",
                    "The field '" + field + "' must be a string.");
        }
        String value = node.asText();
        if (value.length() > maxLength) {
            throw ApiException.badRequest("Das Feld '" + field + "' ist länger als " + maxLength + " Zeichen.",
                    "The field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return value.isEmpty() ? null : value;
    }

    /** Returns a string that must be there. */
    public static String requiredText(JsonNode body, String field, int maxLength) {
        String value = optionalText(body, field, maxLength);
        if (value == null) {
            throw ApiException.badRequest("Das Feld '" + field + "' fehlt.", "The field '" + field + "' is missing.");
        }
        return value;
    }

    public static boolean optionalBoolean(JsonNode body, String field, boolean defaultValue) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            throw ApiException.badRequest("Das Feld '" + field + "' muss true oder false sein.",
                    "The field '" + field + "' must be true or false.");
        }
        return node.asBoolean();
    }
}
