package de.debitum.output.letter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import de.debitum.api.money.Money;

/** Letters for the tests: a German tenant writing to a German and to an English debtor. */
public final class SampleLetters {

    public static final String IBAN = "DE89370400440532013000";
    public static final LocalDate LETTER_DATE = LocalDate.of(2026, 12, 4);
    public static final LocalDate DEADLINE = LocalDate.of(2026, 12, 18);

    private SampleLetters() {
    }

    public static Letterhead letterhead() {
        return new Letterhead("Grünwald & Söhne Maschinenbau GmbH",
                List.of("Königsallee 12", "40212 Düsseldorf"),
                "Grünwald & Söhne Maschinenbau GmbH · Königsallee 12 · 40212 Düsseldorf",
                List.of("Telefon 0211 123456-0", "buchhaltung@gruenwald-soehne.de", "www.gruenwald-soehne.de"),
                logoPng(), Colour.fromHex("#1A4F8B"),
                new BankAccount("Commerzbank Düsseldorf", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX"),
                "Amtsgericht Düsseldorf", "HRB 98765", "Düsseldorf", List.of("Jürgen Weiß", "Dr. Anna Groß"), null,
                "DE123456789");
    }

    public static Recipient germanDebtor() {
        return new Recipient("Bäckerei Müller GmbH", List.of("z. Hd. Frau Käthe Strauß", "Schloßstraße 7", "50667 Köln"), "de");
    }

    public static Recipient englishDebtor() {
        return new Recipient("Thornbury Tools Ltd", List.of("Accounts Payable", "14 Mill Lane", "Bristol BS1 4DJ",
                "UNITED KINGDOM"), "en");
    }

    public static List<OverdueItem> items(int count) {
        List<OverdueItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate invoiceDate = LocalDate.of(2026, 9, 1).plusDays(i % 50);
            items.add(new OverdueItem(String.format("RE-2026-%04d", i), invoiceDate, invoiceDate.plusDays(14),
                    Money.euro(String.format("%d.%02d", 100 + i * 37, i % 100)),
                    Money.euro(i % 3 == 0 ? "2.50" : "0.00"),
                    Money.euro(String.format("0.%02d", 10 + i % 80))));
        }
        return items;
    }

    public static DunningLetterData german(int mahnstufe, int itemCount) {
        return new DunningLetterData(letterhead(), germanDebtor(), mahnstufe, "M-2026-000417", LETTER_DATE, DEADLINE,
                items(itemCount));
    }

    public static DunningLetterData english(int mahnstufe, int itemCount) {
        return new DunningLetterData(letterhead(), englishDebtor(), mahnstufe, "M-2026-000418", LETTER_DATE, DEADLINE,
                items(itemCount));
    }

    /** Draws a small logo with transparency: a blue disc with a white cog-like ring. */
    public static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1A, 0x4F, 0x8B));
        g.fillOval(130, 10, 100, 100);
        g.setColor(Color.WHITE);
        g.fillOval(160, 40, 40, 40);
        g.setColor(new Color(0xE0, 0x8A, 0x1E));
        g.fillRect(10, 45, 110, 30);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
