package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LetterTextsTest {

    @Test
    void defaultsDifferByLevelAndLanguage() {
        LetterTexts texts = LetterTexts.defaults();

        assertThat(texts.textFor(LetterLanguage.GERMAN, 1).subject()).startsWith("Zahlungserinnerung");
        assertThat(texts.textFor(LetterLanguage.GERMAN, 2).subject()).startsWith("2. Mahnung");
        assertThat(texts.textFor(LetterLanguage.GERMAN, 5).subject()).startsWith("Letzte Mahnung");
        assertThat(texts.textFor(LetterLanguage.ENGLISH, 1).subject()).startsWith("Payment reminder");
        assertThat(texts.textFor(LetterLanguage.ENGLISH, 3).subject()).startsWith("Final reminder");
    }

    @Test
    void overrideAppliesToItsLevelAndLanguageOnly() {
        LetterText own = new LetterText("Erinnerung {noticeNumber}", "Hallo {debtorName},", List.of("{total}"), List.of(), "Gruß");
        LetterTexts texts = LetterTexts.defaults().with(LetterLanguage.GERMAN, 1, own);

        assertThat(texts.textFor(LetterLanguage.GERMAN, 1)).isEqualTo(own);
        assertThat(texts.textFor(LetterLanguage.GERMAN, 2).subject()).startsWith("2. Mahnung");
        assertThat(texts.textFor(LetterLanguage.ENGLISH, 1).subject()).startsWith("Payment reminder");
        assertThat(texts.overriddenTexts()).containsExactly("de/1");
        assertThat(LetterTexts.defaults().overriddenTexts()).isEmpty();
    }

    @Test
    void unknownPlaceholdersAreNamed() {
        LetterText own = new LetterText("Mahnung {noticeNumbr}", "Hallo {kunde},", List.of("{total} bis {deadline}"),
                List.of("{betrag}"), "Gruß");

        assertThatThrownBy(() -> LetterTexts.defaults().with(LetterLanguage.GERMAN, 2, own))
                .isInstanceOf(InvalidLetterException.class)
                .hasMessageContaining("{betrag}, {kunde}, {noticeNumbr}")
                .hasMessageContaining("Mahnstufe 2 (de)")
                .hasMessageContaining("{noticeNumber}");
    }

    @Test
    void literalBracesAreNotPlaceholders() {
        LetterText own = new LetterText("Mahnung {}", "Hallo { x },", List.of("{1a} {total}"), List.of(), "Gruß");

        assertThat(LetterTexts.defaults().with(LetterLanguage.ENGLISH, 1, own).textFor(LetterLanguage.ENGLISH, 1))
                .isEqualTo(own);
    }

    @Test
    void mahnstufeOutOfRangeIsRejected() {
        assertThatThrownBy(() -> LetterTexts.defaults().textFor(LetterLanguage.GERMAN, 0))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("Mahnstufe 0");
        assertThatThrownBy(() -> LetterTexts.defaults().textFor(LetterLanguage.GERMAN, 10))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("Mahnstufe 10");
    }

    @Test
    void languageChosenFromDebtor() {
        assertThat(LetterLanguage.forDebtor(null)).isEqualTo(LetterLanguage.GERMAN);
        assertThat(LetterLanguage.forDebtor("de")).isEqualTo(LetterLanguage.GERMAN);
        assertThat(LetterLanguage.forDebtor("de-AT")).isEqualTo(LetterLanguage.GERMAN);
        assertThat(LetterLanguage.forDebtor("EN")).isEqualTo(LetterLanguage.ENGLISH);
        assertThat(LetterLanguage.forDebtor("fr")).isEqualTo(LetterLanguage.ENGLISH);
    }

    @Test
    void tooManyParagraphsAreRejected() {
        List<String> many = java.util.Collections.nCopies(21, "Absatz");

        assertThatThrownBy(() -> new LetterText("S", "A", many, List.of(), "G"))
                .isInstanceOf(InvalidLetterException.class).hasMessageContaining("21");
    }
}
