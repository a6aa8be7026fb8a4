package de.debitum.output.internal.pdf;

/**
 * Positions on an A4 letter sheet after DIN 5008:2020-03 (section 19, letter forms), form B
 * ("tiefgestelltes Anschriftfeld"), in millimetres from the top left corner of the sheet.
 *
 * <p>Sources of the measurements, since the standard itself is not public:
 * <ul>
 *   <li>pt-mediengestaltung.de, "Briefvordrucke und -vorlagen nach DIN 5008": form B letterhead
 *       45 mm high, then a 5 mm return-address line and a 40 mm address field of 12.7 mm notes
 *       zone plus 27.3 mm address zone. Return address and notes zone can merge into one
 *       17.7 mm zone.</li>
 *   <li>kloecker.ac, "DIN Norm 5008": the address field is 85 mm wide and 20 mm from the left
 *       edge. The information block starts 125 mm from the left edge, in the first line of the
 *       notes zone.</li>
 *   <li>de.wiki.li, "Falzmarke", citing DIN 5008:2020-03 section 19: form B fold marks at
 *       105 mm and 210 mm, punch mark at 148.5 mm, so that the address shows in the window of
 *       an envelope after DIN 680.</li>
 *   <li>pc-schulung-service.de, "DIN 5008 - Anschriftenfeld und Briefvordruck": left margin
 *       25 mm, right margin 10 to 40 mm.</li>
 *   <li>druckeselbst.de, "Briefbogenlayout nach Din": the reference line sits at least
 *       8.46 mm below the address field.</li>
 * </ul>
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
    /** Right margin, within the 10 to 40 mm that DIN 5008 allows. */
    static final float RIGHT_MARGIN = 20f;

    static final float INFO_BLOCK_LEFT = 125f;
    static final float INFO_BLOCK_TOP = 50f;
    static final float INFO_BLOCK_WIDTH = 75f;

    static final float FOLD_MARK_1 = 105f;
    static final float FOLD_MARK_2 = 210f;
    static final float PUNCH_MARK = 148.5f;

    /** The subject starts 8.46 mm (two lines of 4.23 mm) below the address field, where a reference line would. */
    static final float SUBJECT_TOP = ADDRESS_FIELD_TOP + NOTES_ZONE_HEIGHT + ADDRESS_ZONE_HEIGHT + 8.46f;

    static final float TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

    private Din5008() {
    }

    /** Converts millimetres to PDF points (1/72 inch). */
    static float pt(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
