package de.debitum.output.internal.pdf;

import static de.debitum.output.internal.pdf.Din5008.PAGE_HEIGHT;
import static de.debitum.output.internal.pdf.Din5008.pt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import de.debitum.output.letter.Colour;

/**
 * The pages of one letter and a cursor that runs down them. Positions are millimetres from the
 * top left corner of the sheet; the flow converts them to PDF points. When content would run
 * into the bottom limit, the flow starts a new page, lets the {@link PageStart} draw what every
 * page carries, and puts the cursor at that page's top.
 */
final class PageFlow implements AutoCloseable {

    /** Draws what a new page carries (marks, footer, a follow-page header) and returns its content top. */
    interface PageStart {
        float begin(PageFlow flow, int pageIndex) throws IOException;
    }

    private final PDDocument document;
    final LetterFonts fonts;
    private final PageStart pageStart;
    private final float bottomLimit;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float cursor;

    PageFlow(PDDocument document, LetterFonts fonts, PageStart pageStart, float bottomLimit) {
        this.document = document;
        this.fonts = fonts;
        this.pageStart = pageStart;
        this.bottomLimit = bottomLimit;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        cursor = pageStart.begin(this, pages.size() - 1);
    }

    /** Moves to a new page unless {@code height} millimetres still fit above the bottom limit. */
    boolean ensure(float height) throws IOException {
        if (cursor + height <= bottomLimit) {
            return false;
        }
        newPage();
        return true;
    }

    float cursor() {
        return cursor;
    }

    void advance(float millimetres) {
        cursor += millimetres;
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPageContentStream content() {
        return content;
    }

    void text(String text, PDFont font, float size, float left, float baseline, Colour colour) throws IOException {
        String drawable = fonts.drawable(text, font);
        if (drawable.isBlank()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        setFill(colour);
        content.newLineAtOffset(pt(left), pt(PAGE_HEIGHT - baseline));
        content.showText(drawable);
        content.endText();
    }

    void textRight(String text, PDFont font, float size, float right, float baseline, Colour colour) throws IOException {
        float width = TextWrapper.widthOf(fonts.drawable(text, font), font, size) * 25.4f / 72f;
        text(text, font, size, right - width, baseline, colour);
    }

    void line(float x1, float y1, float x2, float y2, float widthPt, Colour colour) throws IOException {
        content.setStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
        content.setLineWidth(widthPt);
        content.moveTo(pt(x1), pt(PAGE_HEIGHT - y1));
        content.lineTo(pt(x2), pt(PAGE_HEIGHT - y2));
        content.stroke();
    }

    void box(float left, float top, float width, float height, Colour colour) throws IOException {
        setFill(colour);
        content.addRect(pt(left), pt(PAGE_HEIGHT - top - height), pt(width), pt(height));
        content.fill();
    }

    void setFill(Colour colour) throws IOException {
        content.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
