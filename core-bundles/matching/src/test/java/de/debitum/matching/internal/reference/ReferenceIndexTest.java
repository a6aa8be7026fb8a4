package de.debitum.matching.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceIndexTest {

    private static final long RE_2024_00123 = 1;
    private static final long FOURTEEN = 2;
    private static final long RE_4711 = 3;
    private static final long RE_4712 = 4;
    private static final long INV_815 = 5;

    private final ReferenceIndex index = new ReferenceIndex();

    ReferenceIndexTest() {
        index.add(RE_2024_00123, "RE-2024-00123");
        index.add(FOURTEEN, "14");
        index.add(RE_4711, "RE4711");
        index.add(RE_4712, "RE4712");
        index.add(INV_815, "INV-000815");
    }

    private List<Long> found(String text) {
        return index.find(text, null, null).stream().map(ReferenceHit::documentId).toList();
    }

    @Test
    void referenceFourteenNeverMatches1814() {
        assertThat(found("Rechnung 1814")).isEmpty();
        assertThat(found("RE-1814 Danke")).isEmpty();
        assertThat(found("Rechnung 14")).containsExactly(FOURTEEN);
    }

    @Test
    void fourteenInsideLongerNumberIsNoHit() {
        assertThat(found("Kd 2024-14")).isEmpty();
        assertThat(found("14a")).containsExactly(FOURTEEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RE-2024-00123",
            "Rechnung RE 2024 00123",
            "re2024/123",
            "2024-123",
            "RE-2024-000123 vielen Dank",
            "RG 2024.00123",
            "SVWZ+RE-2024-00123 KUNDE 10023"})
    void typedVariantsFindInvoice(String text) {
        assertThat(found(text)).containsExactly(RE_2024_00123);
    }

    @Test
    void missingAndExtraLeadingZerosMatch() {
        assertThat(found("INV-815")).containsExactly(INV_815);
        assertThat(found("INV-0000000815")).containsExactly(INV_815);
        assertThat(found("815")).containsExactly(INV_815);
    }

    @Test
    void ocrConfusionsAreRead() {
        List<ReferenceHit> hits = index.find("RE-2O24-OO123", null, null);
        assertThat(hits).extracting(ReferenceHit::documentId).containsExactly(RE_2024_00123);
        assertThat(hits.get(0).strength()).isEqualTo(ReferenceHit.Strength.CORRECTED);
        assertThat(found("RE 47I1")).containsExactly(RE_4711);
        assertThat(found("RE 47l2")).containsExactly(RE_4712);
    }

    @Test
    void wordsWithOtherLettersStayWords() {
        assertThat(ReferenceKeys.of("NO14").groups()).isEqualTo("14");
        assertThat(ReferenceKeys.of("INV-0815").groups()).isEqualTo("815");
        assertThat(ReferenceKeys.of("Rechnung")).isNull();
    }

    @Test
    void severalNumbersInOneText() {
        assertThat(found("Rg. 4711, 4712 und INV-815")).containsExactly(RE_4711, RE_4712, INV_815);
        assertThat(found("RE4711+RE4712")).containsExactly(RE_4711, RE_4712);
        assertThat(found("Rechnungen 4711/4712")).containsExactly(RE_4711, RE_4712);
    }

    @Test
    void numberSplitAcrossLinesIsJoined() {
        assertThat(found("Zahlung Rechnung RE-2024-0\n0123")).containsExactly(RE_2024_00123);
        assertThat(found("RE-2024-\n00123")).containsExactly(RE_2024_00123);
    }

    @Test
    void endToEndIdSearched() {
        assertThat(index.find(null, "RE4711-20240301", null)).isEmpty();
        assertThat(index.find(null, "RE4711", null)).extracting(ReferenceHit::documentId).containsExactly(RE_4711);
        assertThat(index.find(null, "NOTPROVIDED", null)).isEmpty();
    }

    @Test
    void validCreditorReferenceIsStrongest() {
        String rf = CreditorReference.create("202400123");
        List<ReferenceHit> hits = index.find("Danke", null, rf);
        assertThat(hits).extracting(ReferenceHit::documentId).containsExactly(RE_2024_00123);
        assertThat(hits.get(0).strength()).isEqualTo(ReferenceHit.Strength.CREDITOR_REFERENCE);
    }

    @Test
    void invalidCreditorReferenceIsNoCreditorHit() {
        String rf = CreditorReference.create("202400123");
        String wrongCheck = rf.substring(0, 2) + (rf.charAt(2) == '9' ? '1' : '9') + rf.substring(3);
        assertThat(index.find(null, null, wrongCheck)).isEmpty();
    }

    @Test
    void overlongTextIsCutNotRejected() {
        String text = "x ".repeat(ReferenceIndex.MAX_TEXT) + "RE4711";
        assertThat(found(text)).isEmpty();
        assertThat(found("RE4711 " + "x ".repeat(ReferenceIndex.MAX_TEXT))).containsExactly(RE_4711);
    }
}
