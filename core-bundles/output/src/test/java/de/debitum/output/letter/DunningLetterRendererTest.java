package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

import de.debitum.api.money.Money;

class DunningLetterRendererTest {

    private static final DunningLetterRenderer RENDERER = new DunningLetterRenderer(
            Clock.fixed(Instant.parse("2026-12-04T09:30:00Z"), ZoneId.of("Europe/Berlin")));

    private static RenderedLetter german;
    private static RenderedLetter english;

    @BeforeAll
    static void renderSamples() throws Exception {
        german = RENDERER.render(SampleLetters.german(2, 5), LetterTexts.defaults());
        english = RENDERER.render(SampleLetters.english(1, 3), LetterTexts.defaults());
        // Kept under target/ for a person to look at; never committed.
        Path samples = Files.createDirectories(Path.of("target", "samples"));
        Files.write(samples.resolve("letter-de.pdf"), german.pdf());
        Files.write(samples.resolve("letter-en.pdf"), english.pdf());
    }

    @Test
    void germanLetterListsEveryItemAndTotal() throws Exception {
        String text = String.join("\n", PdfInspection.pageTexts(german.pdf()));
        DunningLetterData data = SampleLetters.german(2, 5);

        for (OverdueItem item : data.items()) {
            assertThat(text).contains(item.invoiceNumber());
        }
        assertThat(data.total()).isEqualTo(Money.euro("1058.30"));
        assertThat(text).contains("Zu zahlender Gesamtbetrag").contains("1.058,30 €");
        assertThat(text).contains("Zahlbar bis").contains("18.12.2026");
        assertThat(text).contains("2. Mahnung M-2026-000417");
        assertThat(text.replaceAll("\\s+", " ")).contains("den Gesamtbetrag von 1.058,30 € einschließlich");
        assertThat(german.language()).isEqualTo(LetterLanguage.GERMAN);
        assertThat(german.pageCount()).isEqualTo(1);
    }

    @Test
    void umlautsSharpSAndEuroExtract() throws Exception {
        // Lines that wrapped in the footer are joined again with a space.
        String text = String.join("\n", PdfInspection.pageTexts(german.pdf())).replaceAll("\\s+", " ");

        assertThat(text).contains("Bäckerei Müller GmbH");
        assertThat(text).contains("Schloßstraße 7");
        assertThat(text).contains("Käthe Strauß");
        assertThat(text).contains("Grünwald & Söhne Maschinenbau GmbH");
        assertThat(text).contains("Jürgen Weiß, Dr. Anna Groß");
        assertThat(text).contains("€");
    }

    @Test
    void englishDebtorGetsEnglishLetter() throws Exception {
        String text = String.join("\n", PdfInspection.pageTexts(english.pdf()));

        assertThat(english.language()).isEqualTo(LetterLanguage.ENGLISH);
        assertThat(text).contains("Payment reminder M-2026-000418");
        assertThat(text).contains("Invoice no.").contains("Due date").contains("Total to pay").contains("Payable by");
        assertThat(text).contains("18 December 2026");
        assertThat(text).contains(new de.debitum.output.internal.text.LetterFormats(LetterLanguage.ENGLISH)
                .money(SampleLetters.english(1, 3).total()));
        assertThat(text).doesNotContain("Zahlbar bis");
    }

    @Test
    void footerCarriesLegalDetails() throws Exception {
        String text = PdfInspection.pageTexts(german.pdf()).get(0).replaceAll("\\s+", " ");

        assertThat(text).contains("IBAN DE89 3704 0044 0532 0130 00");
        assertThat(text).contains("BIC COBADEFFXXX");
        assertThat(text).contains("Sitz Düsseldorf, Amtsgericht Düsseldorf HRB 98765");
        assertThat(text).contains("USt-IdNr. DE123456789");
        assertThat(text).contains("Geschäftsführung: Jürgen Weiß");
    }

    @Test
    void giroCodeDecodesToExpectedPayload() throws Exception {
        Result result = PdfInspection.decodeQr(german.pdf());
        String expected = String.join("\n", "BCD", "002", "1", "SCT", "COBADEFFXXX",
                "Grünwald & Söhne Maschinenbau GmbH", SampleLetters.IBAN, "EUR1058.30", "",
                german.reference().value());

        assertThat(PdfInspection.utf8Payload(result)).isEqualTo(expected);
        assertThat(german.giroCode().payload()).isEqualTo(expected);
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void referenceComesFromNoticeNumberAndValidates() {
        assertThat(german.reference().value()).endsWith("M2026000417");
        assertThat(CreditorReference.isValid(german.reference().value())).isTrue();
    }

    @Test
    void sixtyItemsSpanPagesWithHeaderRepeated() throws Exception {
        RenderedLetter letter = RENDERER.render(SampleLetters.german(1, 60), LetterTexts.defaults());
        Files.write(Path.of("target", "samples", "letter-de-60.pdf"), letter.pdf());
        List<String> pages = PdfInspection.pageTexts(letter.pdf());

        assertThat(letter.pageCount()).isGreaterThanOrEqualTo(2).isEqualTo(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Seite " + (i + 1) + " von " + pages.size());
        }
        // Every page that continues the table starts it with the header row again.
        long pagesWithItems = pages.stream().filter(page -> page.contains("RE-2026-")).count();
        long pagesWithHeader = pages.stream().filter(page -> page.contains("Rechnungsnr.")
                && page.contains("Datum Fällig am Betrag Gebühren") && page.contains("Zinsen")).count();
        assertThat(pagesWithItems).isGreaterThanOrEqualTo(2);
        assertThat(pagesWithHeader).isEqualTo(pagesWithItems);

        String all = String.join("\n", pages);
        for (OverdueItem item : SampleLetters.items(60)) {
            assertThat(all).contains(item.invoiceNumber());
        }
        assertThat(all).contains(new de.debitum.output.internal.text.LetterFormats(LetterLanguage.GERMAN)
                .money(SampleLetters.german(1, 60).total()));
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        assertThat(PdfInspection.fontsWithoutEmbeddedProgram(german.pdf())).isEmpty();
        assertThat(PdfInspection.fontsWithoutEmbeddedProgram(english.pdf())).isEmpty();
    }

    @Test
    void tenantTextReplacesDefault() throws Exception {
        LetterText own = new LetterText("Offene Posten von {debtorName}", "Guten Tag,",
                List.of("bitte zahlen Sie {total} bis {deadline} unter Angabe von {reference}. " + "Lorem ipsum ".repeat(60)),
                List.of(), "Viele Grüße");
        LetterTexts texts = LetterTexts.defaults().with(LetterLanguage.GERMAN, 2, own);

        String text = String.join("\n", PdfInspection.pageTexts(RENDERER.render(SampleLetters.german(2, 2), texts).pdf()));

        assertThat(text).contains("Offene Posten von Bäckerei Müller GmbH");
        assertThat(text).contains("bitte zahlen Sie");
        assertThat(text).contains("Viele Grüße");
        assertThat(text).doesNotContain("2. Mahnung");
        // The long paragraph wraps: no extracted line is longer than the text width allows.
        assertThat(text.lines().filter(line -> line.contains("Lorem")).count()).isGreaterThan(3);
    }

    @Test
    void longCompanyNameWrapsInAddressField() throws Exception {
        Recipient recipient = new Recipient("Internationale Handelsgesellschaft für Präzisionswerkzeuge und Zubehör mbH",
                List.of("Hauptstraße 1", "10115 Berlin"), "de");
        DunningLetterData data = new DunningLetterData(SampleLetters.letterhead(), recipient, 1, "M-1",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1));

        String text = String.join("\n", PdfInspection.pageTexts(RENDERER.render(data, LetterTexts.defaults()).pdf()));

        // Two lines, broken between words, each followed in the address by the rest.
        assertThat(text).containsPattern("Internationale Handelsgesellschaft für[^\\n]*\\R[^\\n]*Zubehör mbH\\R"
                + "Hauptstraße 1\\R10115 Berlin");
    }

    @Test
    void longEmailInContactBlockStaysWhole() throws Exception {
        Letterhead base = SampleLetters.letterhead();
        Letterhead longMail = new Letterhead(base.companyName(), base.addressLines(), base.senderLine(),
                List.of("Telefon 0421 123456-0", "buchhaltung@muster-maschinenbau.example"), base.logo(),
                base.accentColour(), base.bankAccount(), base.registerCourt(), base.registerNumber(), base.seat(),
                base.managingDirectors(), base.supervisoryBoardChair(), base.vatId());
        DunningLetterData data = new DunningLetterData(longMail, SampleLetters.germanDebtor(), 1, "M-1",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1));

        String text = String.join("\n", PdfInspection.pageTexts(RENDERER.render(data, LetterTexts.defaults()).pdf()));

        assertThat(text).contains("buchhaltung@muster-maschinenbau.example");
    }

    @Test
    void addressTooLongForFieldIsRejected() {
        Recipient wideWord = new Recipient("Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnungsbehörde",
                List.of("Hauptstraße 1", "10115 Berlin"), "de");
        Recipient sevenLines = new Recipient("Internationale Handelsgesellschaft für Präzisionswerkzeuge und Zubehör mbH",
                List.of("Abteilung Rechnungsprüfung", "z. Hd. Frau Müller", "Gebäude C", "Hauptstraße 1", "10115 Berlin"),
                "de");

        assertThatThrownBy(() -> RENDERER.render(new DunningLetterData(SampleLetters.letterhead(), wideWord, 1, "M-1",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1)), LetterTexts.defaults()))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("Grundstücksverkehrsgenehmigungs")
                .hasMessageContaining("Anschriftfeld");
        assertThatThrownBy(() -> RENDERER.render(new DunningLetterData(SampleLetters.letterhead(), sevenLines, 1, "M-1",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1)), LetterTexts.defaults()))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("7 Zeilen");
    }

    @Test
    void unreadableLogoIsRejected() {
        Letterhead base = SampleLetters.letterhead();
        Letterhead broken = new Letterhead(base.companyName(), base.addressLines(), base.senderLine(),
                base.contactLines(), "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                base.accentColour(), base.bankAccount(), base.registerCourt(), base.registerNumber(),
                base.seat(), base.managingDirectors(), base.supervisoryBoardChair(), base.vatId());
        DunningLetterData data = new DunningLetterData(broken, SampleLetters.germanDebtor(), 1, "M-2",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1));

        assertThatThrownBy(() -> RENDERER.render(data, LetterTexts.defaults()))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("Logo");
    }

    @Test
    void characterWithoutGlyphBecomesQuestionMark() throws Exception {
        Recipient recipient = new Recipient("Zhang Wei 张伟", List.of("Hauptstraße 1", "10115 Berlin"), "de");
        DunningLetterData data = new DunningLetterData(SampleLetters.letterhead(), recipient, 1, "M-3",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1));

        String text = PdfInspection.pageTexts(RENDERER.render(data, LetterTexts.defaults()).pdf()).get(0);

        assertThat(text).contains("Zhang Wei ??");
    }

    @Test
    void hugeTotalOmitsGiroCode() {
        OverdueItem huge = new OverdueItem("RE-1", SampleLetters.LETTER_DATE.minusDays(60),
                SampleLetters.LETTER_DATE.minusDays(30), Money.euro("1000000000.00"), Money.euro("0"), Money.euro("0"));
        DunningLetterData data = new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-4", SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, List.of(huge));

        RenderedLetter letter = RENDERER.render(data, LetterTexts.defaults());

        assertThat(letter.giroCode()).isNull();
        assertThat(letter.pageCount()).isEqualTo(1);
    }
    @Test
    void supervisoryBoardChairInFooter() throws Exception {
        Letterhead base = SampleLetters.letterhead();
        Letterhead withBoard = new Letterhead(base.companyName(), base.addressLines(), base.senderLine(),
                base.contactLines(), base.logo(), base.accentColour(), base.bankAccount(), base.registerCourt(),
                base.registerNumber(), base.seat(), base.managingDirectors(), "Prof. Maria Lang", base.vatId());
        DunningLetterData data = new DunningLetterData(withBoard, SampleLetters.englishDebtor(), 1, "M-5",
                SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(1));

        String text = PdfInspection.pageTexts(RENDERER.render(data, LetterTexts.defaults()).pdf()).get(0)
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Chair of the supervisory board: Prof. Maria Lang");
        assertThat(text).contains("Registered office Düsseldorf");
    }

    @Test
    void longInvoiceNumberWrapsInCell() throws Exception {
        String number = "RE-2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0001";
        OverdueItem item = new OverdueItem(number, SampleLetters.LETTER_DATE.minusDays(40),
                SampleLetters.LETTER_DATE.minusDays(26), Money.euro("99.99"), Money.euro("0"), Money.euro("0"));
        DunningLetterData data = new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                "M-6", SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, List.of(item));

        String text = PdfInspection.pageTexts(RENDERER.render(data, LetterTexts.defaults()).pdf()).get(0);

        assertThat(text).doesNotContain(number);
        assertThat(text.replaceAll("\\s+", "")).contains(number);
    }

    @Test
    void sevenAddressLinesRejected() {
        assertThatThrownBy(() -> new Recipient("Firma", List.of("1", "2", "3", "4", "5", "6"), "de"))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("7 Zeilen")
                .hasMessageContaining("Firma");
    }

    @Test
    void parallelRendersKeepOwnText() throws Exception {
        // Renders share the pooled fonts; each letter must still carry only its own debtor and items.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<RenderedLetter>> futures = new java.util.ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                int count = i;
                futures.add(pool.submit(() -> RENDERER.render(
                        count % 2 == 0 ? SampleLetters.english(1, count) : SampleLetters.german(1, count), LetterTexts.defaults())));
            }
            for (int i = 1; i <= 9; i++) {
                String text = String.join("\n", PdfInspection.pageTexts(futures.get(i - 1).get().pdf()));
                assertThat(text).contains(i % 2 == 0 ? "Thornbury Tools Ltd" : "Bäckerei Müller GmbH");
                assertThat(text).contains(String.format("RE-2026-%04d", i));
                assertThat(text).doesNotContain(String.format("RE-2026-%04d", i + 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
