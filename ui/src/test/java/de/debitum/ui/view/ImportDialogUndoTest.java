package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import de.debitum.ui.client.Model.Duplicate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import dialog's undo of a duplicate decision: the confirmation question and the marked rows. */
class ImportDialogUndoTest {

    private static final Duplicate PAYPAL = new Duplicate(1302L, "pp-1", 1301L, "camt:DE02120300000000202051", false);
    private static final Duplicate CSV = new Duplicate(1304L, "zahlung-7", 1300L, "csv:payments", false);

    @Test
    void questionSaysWhatChangesInGerman() {
        assertThat(ImportDialog.undoQuestion(PAYPAL, TestTexts.texts("de"))).isEqualTo(
                "Zahlung 1302 (pp-1) wurde beim Import als Dublette von Zahlung 1301 aus camt:DE02120300000000202051"
                        + " erkannt und zählt bisher nicht. Nach dem Rückgängigmachen zählt sie als eigene Zahlung,"
                        + " und der nächste Abgleichslauf berücksichtigt sie. Ein erneuter Import desselben"
                        + " Datensatzes markiert sie nicht wieder.");
    }

    @Test
    void questionSaysWhatChangesInEnglish() {
        assertThat(ImportDialog.undoQuestion(PAYPAL, TestTexts.texts("en")))
                .startsWith("Payment 1302 (pp-1) was recognised on import as a duplicate of payment 1301 from")
                .contains("counts as a payment of its own", "the next matching run considers it");
    }

    @Test
    void markUndoneChangesOnlyThatRow() {
        List<Duplicate> marked = ImportDialog.markUndone(List.of(PAYPAL, CSV), 1304L);

        assertThat(marked).extracting(Duplicate::undone).containsExactly(false, true);
        assertThat(marked.get(1).originalSource()).isEqualTo("csv:payments");
    }

    @Test
    void markUndoneKeepsEarlierUndo() {
        List<Duplicate> once = ImportDialog.markUndone(List.of(PAYPAL, CSV), 1302L);

        assertThat(ImportDialog.markUndone(once, 1304L)).extracting(Duplicate::undone).containsExactly(true, true);
    }
}
