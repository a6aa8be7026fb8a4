package de.debitum.output.internal.pdf;

/**
 * Positions on an A4 letter sheet after DIN 5008:2020-03 (section 19, letter forms), form B
 * ("tiefgestelltes Anschriftfeld"), in millimetres from the top left corner of the sheet.
 *
 * <p>Source of the measurements: the description of the DIN 5008 letter forms at
 * pt-mediengestaltung.de ("Briefvordrucke und -vorlagen nach DIN 5008": form B letterhead 45 mm
 * high, 5 mm return-address line and 40 mm address field of 12.7 mm notes zone plus 27.3 mm
 * address zone, combinable to a 17.7 mm zone with return address) and the article "Falzmarke"
 * citing DIN 5008:2020-03 section 19 (form B fold marks at 105 mm and 210 mm, punch mark at
 * 148.5 mm). The address field is 85 mm wide and starts 20 mm from the left edge. Text in it
 * and in the body starts at the 25 mm left margin. The information block starts 125 mm from the
 * left edge, 5 mm below the top of the address field. These positions put the address in the
 * window of a DL or C6/5 envelope after DIN 680 when the sheet is folded at the marks.
 */
final class Din5008 {

    static final float PAGE_WIDTH = 210f;
    static final float PAGE_HEIGHT = 297f;

    /** Letterhead height in form B: the address field starts here. */
    static final float LETTERHEAD_HEIGHT = 45f;

    static final float ADDRESS_FIELD_LEFT = 20f;
    static final float ADDRESS_FIELD_TOP = 45f;
    static final float ADDRESS_FIELD_WIDTH = 85f;
    /** The zone for return address, notes and postal endorsements above the address zone. */
    static final float NOTES_ZONE_HEIGHT = 17.7f;
    /** The address zone: six lines of the recipient's address. */
    static final float ADDRESS_ZONE_HEIGHT = 27.3f;

    /** Left margin of the text; the address field has a 5 mm inner margin to line up with it. */
    static final float LEFT_MARGIN = 25f;
    /** Right margin: DIN 5008 requires at least 20 mm. */
    static final float RIGHT_MARGIN = 20f;

    static final float INFO_BLOCK_LEFT = 125f;
    static final float INFO_BLOCK_TOP = 50f;
    static final float INFO_BLOCK_WIDTH = 75f;

    static final float FOLD_MARK_1 = 105f;
    static final float FOLD_MARK_2 = 210f;
    static final float PUNCH_MARK = 148.5f;

    /** The subject starts two empty lines (2 × 4.23 mm) below the address field. */
    static final float SUBJECT_TOP = ADDRESS_FIELD_TOP + NOTES_ZONE_HEIGHT + ADDRESS_ZONE_HEIGHT + 8.46f;

    static final float TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

    private Din5008() {
    }

    /** Converts millimetres to PDF points (1/72 inch). */
    static float pt(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
