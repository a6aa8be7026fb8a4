package de.debitum.datacenter.internal.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

import de.debitum.api.ingest.Rejection;

/** Collects the first rule a record breaks; later checks are skipped once one failed. */
final class Violations {

    private static final int MAX_SHOWN_VALUE = 200;

    private final String recordType;
    private final String externalId;
    private Rejection first;

    Violations(String recordType, String externalId) {
        this.recordType = recordType;
        this.externalId = externalId;
    }

    Violations require(String field, Object value) {
        return check(value != null && !(value instanceof String text && text.isBlank()), field, value, "is required");
    }

    Violations maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field, value, "at most " + max + " characters");
    }

    Violations matches(String field, String value, Pattern pattern, String rule) {
        return check(value == null || pattern.matcher(value).matches(), field, value, rule);
    }

    Violations check(boolean valid, String field, Object value, String rule) {
        if (!valid && first == null) {
            String shown = value == null ? null : String.valueOf(value);
            if (shown != null && shown.length() > MAX_SHOWN_VALUE) {
                shown = shown.substring(0, MAX_SHOWN_VALUE) + "...";
            }
            first = new Rejection(recordType, externalId, field, shown, rule);
        }
        return this;
    }

    boolean failed() {
        return first != null;
    }

    Optional<Rejection> result() {
        return Optional.ofNullable(first);
    }
}
