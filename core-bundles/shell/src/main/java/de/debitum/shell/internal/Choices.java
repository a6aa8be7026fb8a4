package de.debitum.shell.internal;

import java.util.Arrays;
import java.util.Locale;

/** Parses an enum value given on the command line, naming the valid values when it is invalid. */
final class Choices {

    private Choices() {
    }

    /** Returns the constant named by {@code value} (any case), or null when {@code value} is null. */
    static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + option + " value '" + value + "'. Use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
