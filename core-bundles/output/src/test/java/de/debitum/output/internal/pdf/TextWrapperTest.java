package de.debitum.output.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static PDDocument document;
    private static LetterFonts fonts;

    @BeforeAll
    static void loadFonts() throws Exception {
        document = new PDDocument();
        fonts = new LetterFonts(document);
    }

    @AfterAll
    static void close() throws Exception {
        document.close();
    }

    @Test
    void linesFitWidthAndKeepEveryWord() {
        String text = "Sehr geehrte Damen und Herren, trotz unserer Zahlungserinnerung haben wir für die folgenden "
                + "Rechnungen noch keinen Zahlungseingang feststellen können.";
        float width = 200f;

        List<String> lines = TextWrapper.wrap(text, fonts.regular, 10f, width);

        assertThat(lines).hasSizeGreaterThan(1);
        for (String line : lines) {
            assertThat(TextWrapper.widthOf(line, fonts.regular, 10f)).isLessThanOrEqualTo(width);
        }
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void wordWiderThanLineIsSplit() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";

        List<String> lines = TextWrapper.wrap(word, fonts.regular, 10f, 60f);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(word);
        for (String line : lines) {
            assertThat(TextWrapper.widthOf(line, fonts.regular, 10f)).isLessThanOrEqualTo(60f);
        }
    }

    @Test
    void lineFeedStartsNewLine() {
        assertThat(TextWrapper.wrap("Erste Zeile\nZweite Zeile", fonts.regular, 10f, 500f))
                .containsExactly("Erste Zeile", "Zweite Zeile");
        assertThat(TextWrapper.wrap("", fonts.regular, 10f, 500f)).containsExactly("");
    }

    @Test
    void undrawableCharactersAreReplaced() {
        assertThat(fonts.drawable("Müller\tGroß 张 €", fonts.regular)).isEqualTo("Müller Groß ? €");
    }
}
