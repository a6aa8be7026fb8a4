package de.debitum.output.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import de.debitum.api.company.CompanyProfile;

class CompanyLetterheadTest {

    private static final DunningLetterRenderer RENDERER = new DunningLetterRenderer(
            Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneId.of("Europe/Berlin")));

    private static CompanyProfile profile(String accentColour) {
        return new CompanyProfile("Brunnen & Co. KG", "Am Markt 3", "04109", "Leipzig", "DE",
                "buchhaltung@brunnen.example", "0341 2233", "DE89370400440532013000", "COBADEFFXXX", "Commerzbank",
                "DE123456789", "Amtsgericht Leipzig", "HRA 4711", List.of("Jana Brunnen"), accentColour);
    }

    @Test
    void letterheadCarriesProfileLogoAndColour() {
        byte[] logo = SampleLetters.logoPng();
        Letterhead letterhead = CompanyLetterhead.of(profile("#8B1A1A"), logo);

        assertThat(letterhead.companyName()).isEqualTo("Brunnen & Co. KG");
        assertThat(letterhead.senderLine()).isEqualTo("Brunnen & Co. KG · Am Markt 3 · 04109 Leipzig");
        assertThat(letterhead.contactLines()).containsExactly("Telefon 0341 2233", "buchhaltung@brunnen.example");
        assertThat(letterhead.logo()).isEqualTo(logo);
        assertThat(letterhead.accentColour()).isEqualTo(Colour.fromHex("#8B1A1A"));
        assertThat(letterhead.registerNumber()).isEqualTo("HRA 4711");
        assertThat(CompanyLetterhead.of(profile(null), null).accentColour())
                .isEqualTo(CompanyLetterhead.DEFAULT_ACCENT);
    }

    @Test
    void sampleReminderDrawsTheLogo() throws IOException {
        LocalDate day = LocalDate.of(2026, 12, 4);
        byte[] withLogo = RENDERER.render(CompanyLetterhead.sampleReminder(
                CompanyLetterhead.of(profile("#8B1A1A"), SampleLetters.logoPng()), day), LetterTexts.defaults()).pdf();
        byte[] withoutLogo = RENDERER.render(CompanyLetterhead.sampleReminder(
                CompanyLetterhead.of(profile("#8B1A1A"), null), day), LetterTexts.defaults()).pdf();

        List<PDImageXObject> images = firstPageImages(withLogo);
        assertThat(images).hasSize(1);
        assertThat(images.get(0).getWidth()).isEqualTo(240);
        assertThat(images.get(0).getHeight()).isEqualTo(120);
        assertThat(firstPageImages(withoutLogo)).isEmpty();

        String text = PdfInspection.pageTexts(withLogo).get(0);
        assertThat(text).contains("Brunnen & Co. KG").contains("Beispielkunde GmbH").contains("RE-MUSTER-0001");
    }

    private static List<PDImageXObject> firstPageImages(byte[] pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }
}
