package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.UploadI18N;
import de.debitum.ui.i18n.MessagesProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The imports view's upload errors name the actual reason with the limit or the allowed extensions. */
class ImportUploadTextsTest {

    private final MessagesProvider messages = new MessagesProvider();

    private UploadI18N.Error errors(Locale locale, String kindId) {
        Texts texts = (key, params) -> messages.getTranslation(key, locale, params);
        return ImportsView.uploadTexts(texts, kindId).getError();
    }

    @Test
    void wrongTypeNamesKindAndExtensions() {
        assertThat(errors(Locale.GERMAN, "einvoice").getIncorrectFileType())
                .isEqualTo("Für „E-Rechnung (ZUGFeRD, XRechnung)“ sind nur die Endungen .pdf, .xml erlaubt.");
        assertThat(errors(Locale.GERMAN, "csv-payments").getIncorrectFileType())
                .isEqualTo("Für „CSV mit Zahlungen“ sind nur die Endungen .csv, .txt erlaubt.");
    }

    @Test
    void tooBigNamesLimit() {
        assertThat(errors(Locale.GERMAN, "bank-statement").getFileIsTooBig()).isEqualTo("Die Datei ist größer als 20 MB.");
        assertThat(errors(Locale.ENGLISH, "bank-statement").getFileIsTooBig()).isEqualTo("The file is larger than 20 MB.");
    }

    @Test
    void tooManyNamesOneFileAtATime() {
        UploadI18N.Error german = errors(Locale.GERMAN, "bank-statement");

        assertThat(german.getTooManyFiles()).isEqualTo("Nur eine Datei auf einmal.");
        assertThat(german.getTooManyFiles()).doesNotContain("MB");
        assertThat(german.getIncorrectFileType()).doesNotContain("MB");
    }

    @Test
    void englishWrongTypeNamesExtensions() {
        assertThat(errors(Locale.ENGLISH, "bank-statement").getIncorrectFileType())
                .isEqualTo("Only the extensions .xml, .sta, .mt940, .txt are allowed for \"Bank statement (camt, MT940)\".");
    }
}
