package de.debitum.output.internal.pdf;

import static de.debitum.output.internal.pdf.Din5008.FOLD_MARK_1;
import static de.debitum.output.internal.pdf.Din5008.FOLD_MARK_2;
import static de.debitum.output.internal.pdf.Din5008.LEFT_MARGIN;
import static de.debitum.output.internal.pdf.Din5008.PAGE_WIDTH;
import static de.debitum.output.internal.pdf.Din5008.PUNCH_MARK;
import static de.debitum.output.internal.pdf.Din5008.RIGHT_MARGIN;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import de.debitum.output.internal.text.Wording;
import de.debitum.output.letter.Colour;
import de.debitum.output.letter.Letterhead;

/**
 * The parts every page of a letter repeats: fold and punch marks, the footer with the tenant's
 * address, bank account and register details, and on follow pages a short header with the
 * company name and notice number. Page numbers are added last, once the page count is known.
 */
final class PageFrame {

    static final Colour MARK_GREY = new Colour(140, 140, 140);
    static final Colour FOOTER_GREY = new Colour(85, 85, 85);

    /** Top of the footer rule; content stops above {@link #CONTENT_BOTTOM}. */
    static final float FOOTER_TOP = 271f;
    static final float PAGE_NUMBER_BASELINE = 266f;
    static final float CONTENT_BOTTOM = 263.5f;
    static final float FOLLOW_PAGE_CONTENT_TOP = 30f;

    private static final float FOOTER_SIZE = 6.5f;
    private static final float FOOTER_LEADING = 2.9f;
    /** Widths of the company, bank and legal columns; with two 3 mm gaps the 165 mm text width. */
    private static final float[] FOOTER_COLUMN_WIDTHS = {50f, 48f, 61f};
    private static final float FOOTER_COLUMN_GAP = 3f;

    private final Letterhead letterhead;
    private final Wording wording;
    private final String followPageLabel;

    /**
     * @param followPageLabel the text at the top right of follow pages that ties them to the
     *                        letter, such as the notice number
     */
    PageFrame(Letterhead letterhead, Wording wording, String followPageLabel) {
        this.letterhead = letterhead;
        this.wording = wording;
        this.followPageLabel = followPageLabel;
    }

    /** Draws the marks and the footer, and on follow pages the header; returns the content top. */
    float begin(PageFlow flow, int pageIndex, float firstPageContentTop) throws IOException {
        drawMarks(flow);
        drawFooter(flow);
        if (pageIndex == 0) {
            return firstPageContentTop;
        }
        flow.text(letterhead.companyName(), flow.fonts.bold, 9f, LEFT_MARGIN, 17f, letterhead.accentColour());
        flow.textRight(followPageLabel, flow.fonts.regular, 8f, PAGE_WIDTH - RIGHT_MARGIN, 17f, FOOTER_GREY);
        flow.line(LEFT_MARGIN, 20f, PAGE_WIDTH - RIGHT_MARGIN, 20f, 0.5f, letterhead.accentColour());
        return FOLLOW_PAGE_CONTENT_TOP;
    }

    /** Writes "Seite n von m" on every page of a letter with more than one page. */
    void numberPages(PageFlow flow, PDDocument document) throws IOException {
        int count = flow.pages().size();
        if (count < 2) {
            return;
        }
        for (int i = 0; i < count; i++) {
            try (var append = new PDPageContentStream(document, flow.pages().get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = String.format(wording.pageOf(), i + 1, count);
                float width = TextWrapper.widthOf(label, flow.fonts.regular, 8f) * 25.4f / 72f;
                append.beginText();
                append.setFont(flow.fonts.regular, 8f);
                append.setNonStrokingColor(FOOTER_GREY.red() / 255f, FOOTER_GREY.green() / 255f, FOOTER_GREY.blue() / 255f);
                append.newLineAtOffset(Din5008.pt(PAGE_WIDTH - RIGHT_MARGIN - width), Din5008.pt(Din5008.PAGE_HEIGHT - PAGE_NUMBER_BASELINE));
                append.showText(label);
                append.endText();
            }
        }
    }

    private static void drawMarks(PageFlow flow) throws IOException {
        flow.line(4f, FOLD_MARK_1, 9f, FOLD_MARK_1, 0.5f, MARK_GREY);
        flow.line(4f, PUNCH_MARK, 11f, PUNCH_MARK, 0.5f, MARK_GREY);
        flow.line(4f, FOLD_MARK_2, 9f, FOLD_MARK_2, 0.5f, MARK_GREY);
    }

    private void drawFooter(PageFlow flow) throws IOException {
        flow.line(LEFT_MARGIN, FOOTER_TOP, PAGE_WIDTH - RIGHT_MARGIN, FOOTER_TOP, 0.5f, letterhead.accentColour());

        List<String> company = new ArrayList<>();
        company.add(letterhead.companyName());
        company.addAll(letterhead.addressLines());

        List<String> bank = new ArrayList<>();
        if (letterhead.bankAccount().bankName() != null) {
            bank.add(letterhead.bankAccount().bankName());
        }
        bank.add("IBAN " + letterhead.bankAccount().printedIban());
        if (letterhead.bankAccount().bic() != null) {
            bank.add("BIC " + letterhead.bankAccount().bic());
        }

        List<String> legal = new ArrayList<>();
        String register = join(letterhead.registerCourt(), letterhead.registerNumber());
        if (letterhead.seat() != null && !letterhead.seat().isBlank()) {
            register = wording.seat() + " " + letterhead.seat().strip() + (register.isEmpty() ? "" : ", " + register);
        }
        if (!register.isEmpty()) {
            legal.add(register);
        }
        if (!letterhead.managingDirectors().isEmpty()) {
            legal.add(wording.managingDirectors() + ": " + String.join(", ", letterhead.managingDirectors()));
        }
        if (letterhead.supervisoryBoardChair() != null && !letterhead.supervisoryBoardChair().isBlank()) {
            legal.add(wording.supervisoryBoardChair() + ": " + letterhead.supervisoryBoardChair().strip());
        }
        if (letterhead.vatId() != null && !letterhead.vatId().isBlank()) {
            legal.add(wording.vatId() + " " + letterhead.vatId());
        }

        float left = LEFT_MARGIN;
        List<List<String>> columns = List.of(company, bank, legal);
        for (int i = 0; i < columns.size(); i++) {
            drawFooterColumn(flow, columns.get(i), left, FOOTER_COLUMN_WIDTHS[i]);
            left += FOOTER_COLUMN_WIDTHS[i] + FOOTER_COLUMN_GAP;
        }
    }

    private static void drawFooterColumn(PageFlow flow, List<String> lines, float left, float width) throws IOException {
        float baseline = FOOTER_TOP + 4f;
        int drawn = 0;
        for (String line : lines) {
            for (String wrapped : TextWrapper.wrap(flow.fonts.drawable(line, flow.fonts.regular), flow.fonts.regular,
                    FOOTER_SIZE, Din5008.pt(width))) {
                // NOTE: a column shows at most six lines (down to 289.5 mm); further lines are left out.
                if (drawn++ == 6) {
                    return;
                }
                flow.text(wrapped, flow.fonts.regular, FOOTER_SIZE, left, baseline, FOOTER_GREY);
                baseline += FOOTER_LEADING;
            }
        }
    }

    private static String join(String first, String second) {
        StringBuilder joined = new StringBuilder();
        for (String part : new String[] {first, second}) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return joined.toString();
    }
}
