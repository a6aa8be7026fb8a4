package de.debitum.output.internal.pdf;

import static de.debitum.output.internal.pdf.Din5008.LEFT_MARGIN;
import static de.debitum.output.internal.pdf.Din5008.pt;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import de.debitum.api.money.Money;
import de.debitum.output.internal.text.LetterFormats;
import de.debitum.output.internal.text.Wording;
import de.debitum.output.letter.Colour;
import de.debitum.output.letter.OverdueItem;

/**
 * The table of overdue items. A row that does not fit moves to the next page, which repeats the
 * header row first. Invoice numbers too long for their column wrap inside the cell.
 */
final class ItemTable {

    /** Column widths in millimetres; together the 165 mm text width. */
    private static final float[] WIDTHS = {37f, 23f, 23f, 28f, 27f, 27f};
    private static final int FIRST_AMOUNT_COLUMN = 3;
    private static final float PADDING = 1.2f;
    private static final float HEADER_HEIGHT = 6.5f;
    private static final float HEADER_SIZE = 8.5f;
    private static final float ROW_SIZE = 9f;
    private static final float ROW_LEADING = 4.0f;
    private static final Colour WHITE = new Colour(255, 255, 255);

    private final PageFlow flow;
    private final Wording wording;
    private final LetterFormats formats;
    private final Colour accent;
    private final Colour shade;

    ItemTable(PageFlow flow, Wording wording, LetterFormats formats, Colour accent) {
        this.flow = flow;
        this.wording = wording;
        this.formats = formats;
        this.accent = accent;
        this.shade = new Colour(tint(accent.red()), tint(accent.green()), tint(accent.blue()));
    }

    void draw(List<OverdueItem> items) throws IOException {
        flow.ensure(HEADER_HEIGHT + rowHeight(1));
        drawHeader();

        Money amounts = Money.zero(items.get(0).amount().currency());
        Money fees = amounts;
        Money interest = amounts;
        for (int i = 0; i < items.size(); i++) {
            OverdueItem item = items.get(i);
            List<String> numberLines = TextWrapper.wrap(flow.fonts.drawable(item.invoiceNumber(), flow.fonts.regular),
                    flow.fonts.regular, ROW_SIZE, pt(WIDTHS[0] - 2 * PADDING));
            float height = rowHeight(numberLines.size());
            if (flow.ensure(height)) {
                drawHeader();
            }
            if (i % 2 == 1) {
                flow.box(LEFT_MARGIN, flow.cursor(), Din5008.TEXT_WIDTH, height, shade);
            }
            List<String> cells = List.of("", formats.shortDate(item.invoiceDate()), formats.shortDate(item.dueDate()),
                    formats.money(item.amount()), formats.money(item.fees()), formats.money(item.interest()));
            drawRow(numberLines, cells, flow.fonts.regular, Colour.BLACK);
            flow.advance(height);

            amounts = amounts.plus(item.amount());
            fees = fees.plus(item.fees());
            interest = interest.plus(item.interest());
        }

        if (flow.ensure(rowHeight(1))) {
            drawHeader();
        }
        flow.line(LEFT_MARGIN, flow.cursor(), LEFT_MARGIN + Din5008.TEXT_WIDTH, flow.cursor(), 0.75f, accent);
        drawRow(List.of(wording.sumRow()), List.of("", "", "", formats.money(amounts), formats.money(fees),
                formats.money(interest)), flow.fonts.bold, Colour.BLACK);
        flow.advance(rowHeight(1));
    }

    private void drawHeader() throws IOException {
        flow.box(LEFT_MARGIN, flow.cursor(), Din5008.TEXT_WIDTH, HEADER_HEIGHT, accent);
        float left = LEFT_MARGIN;
        float baseline = flow.cursor() + HEADER_HEIGHT - 2.1f;
        for (int column = 0; column < WIDTHS.length; column++) {
            String label = wording.tableHeader().get(column);
            if (column >= FIRST_AMOUNT_COLUMN) {
                flow.textRight(label, flow.fonts.bold, HEADER_SIZE, left + WIDTHS[column] - PADDING, baseline, WHITE);
            } else {
                flow.text(label, flow.fonts.bold, HEADER_SIZE, left + PADDING, baseline, WHITE);
            }
            left += WIDTHS[column];
        }
        flow.advance(HEADER_HEIGHT);
    }

    private void drawRow(List<String> firstCellLines, List<String> cells, PDFont font, Colour colour) throws IOException {
        float firstBaseline = flow.cursor() + PADDING + ROW_LEADING * 0.75f;
        float baseline = firstBaseline;
        for (String line : firstCellLines) {
            flow.text(line, font, ROW_SIZE, LEFT_MARGIN + PADDING, baseline, colour);
            baseline += ROW_LEADING;
        }
        float left = LEFT_MARGIN + WIDTHS[0];
        for (int column = 1; column < WIDTHS.length; column++) {
            String cell = cells.get(column);
            if (column >= FIRST_AMOUNT_COLUMN) {
                flow.textRight(cell, font, ROW_SIZE, left + WIDTHS[column] - PADDING, firstBaseline, colour);
            } else {
                flow.text(cell, font, ROW_SIZE, left + PADDING, firstBaseline, colour);
            }
            left += WIDTHS[column];
        }
    }

    private static float rowHeight(int lines) {
        return lines * ROW_LEADING + 2 * PADDING;
    }

    /** Mixes a channel with white, 90 % white, for the shading of every other row. */
    private static int tint(int channel) {
        return Math.round(channel * 0.1f + 255 * 0.9f);
    }
}
