package de.debitum.output.letter;

import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB colour of the tenant's corporate design, each channel 0–255. */
public record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

    public static final Colour BLACK = new Colour(0, 0, 0);

    public Colour {
        checkChannel("red", red);
        checkChannel("green", green);
        checkChannel("blue", blue);
    }

    /** Parses {@code #1a4f8b} or {@code 1A4F8B}. */
    public static Colour fromHex(String hex) {
        if (hex == null || !HEX.matcher(hex.strip()).matches()) {
            throw new InvalidLetterException(
                    "Ungültige Farbe '" + hex + "': erwartet wird ein Hex-Wert wie #1A4F8B.",
                    "Invalid colour '" + hex + "': expected a hex value such as #1A4F8B.");
        }
        int value = Integer.parseInt(hex.strip().replace("#", ""), 16);
        return new Colour((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    private static void checkChannel(String name, int value) {
        if (value < 0 || value > 255) {
            throw new InvalidLetterException(
                    "Farbkanal " + name + " = " + value + " liegt nicht zwischen 0 und 255.",
                    "Colour channel " + name + " = " + value + " is not between 0 and 255.");
        }
    }
}
