package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates rendered letters against PDF/A-3b with veraPDF, the validator Mustang uses too. */
class PdfAValidationTest {

    private static final DunningLetterRenderer RENDERER = new DunningLetterRenderer();

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void germanLetterIsPdfA3b() throws Exception {
        assertThat(failedRules(RENDERER.render(SampleLetters.german(3, 4), LetterTexts.defaults()).pdf())).isEmpty();
    }

    @Test
    void englishMultiPageLetterIsPdfA3b() throws Exception {
        RenderedLetter letter = RENDERER.render(SampleLetters.english(2, 45), LetterTexts.defaults());

        assertThat(letter.pageCount()).isGreaterThan(1);
        assertThat(failedRules(letter.pdf())).isEmpty();
    }

    private static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
            assertThat(failed.isEmpty()).isEqualTo(result.isCompliant());
            return failed;
        }
    }
}
