package de.debitum.output.internal.pdf;

import static de.debitum.output.internal.pdf.Din5008.ADDRESS_FIELD_TOP;
import static de.debitum.output.internal.pdf.Din5008.ADDRESS_FIELD_WIDTH;
import static de.debitum.output.internal.pdf.Din5008.ADDRESS_FIELD_LEFT;
import static de.debitum.output.internal.pdf.Din5008.INFO_BLOCK_LEFT;
import static de.debitum.output.internal.pdf.Din5008.INFO_BLOCK_TOP;
import static de.debitum.output.internal.pdf.Din5008.LEFT_MARGIN;
import static de.debitum.output.internal.pdf.Din5008.NOTES_ZONE_HEIGHT;
import static de.debitum.output.internal.pdf.Din5008.PAGE_HEIGHT;
import static de.debitum.output.internal.pdf.Din5008.PAGE_WIDTH;
import static de.debitum.output.internal.pdf.Din5008.RIGHT_MARGIN;
import static de.debitum.output.internal.pdf.Din5008.TEXT_WIDTH;
import static de.debitum.output.internal.pdf.Din5008.pt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import de.debitum.output.internal.text.LetterFormats;
import de.debitum.output.internal.text.Wording;
import de.debitum.output.letter.Colour;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.GiroCode;
import de.debitum.output.letter.InvalidLetterException;
import de.debitum.output.letter.Recipient;
import de.debitum.output.letter.Letterhead;

/** Lays out one dunning letter, top to bottom, on as many pages as it needs. */
final class LetterLayout {

    private static final float BODY_SIZE = 10f;
    private static final float BODY_LEADING = 4.5f;
    private static final float PARAGRAPH_GAP = 2f;
    private static final float ADDRESS_SIZE = 10f;
    private static final float ADDRESS_MIN_SIZE = 8f;
    private static final float ADDRESS_LEADING = 4.23f;
    private static final float INFO_SIZE = 8.5f;
    private static final float INFO_MIN_SIZE = 6.5f;
    private static final float INFO_LEADING = 4f;
    private static final float INFO_LABEL_WIDTH = 24f;
    private static final float QR_SIZE = 28f;
    private static final float LOGO_MAX_WIDTH = 45f;
    private static final float LOGO_MAX_HEIGHT = 24f;
    private static final Colour TEXT_GREY = new Colour(60, 60, 60);

    private final PDDocument document;
    private final LetterContent content;
    private final DunningLetterData data;
    private final Letterhead letterhead;
    private final Wording wording;
    private final LetterFormats formats;
    private final PageFrame frame;
    private final PageFlow flow;

    LetterLayout(PDDocument document, LetterFonts fonts, LetterContent content) {
        this.document = document;
        this.content = content;
        this.data = content.data();
        this.letterhead = data.letterhead();
        this.wording = content.wording();
        this.formats = content.formats();
        this.frame = new PageFrame(letterhead, wording, wording.noticeNumber() + " " + data.noticeNumber());
        this.flow = new PageFlow(document, fonts,
                (pageFlow, index) -> frame.begin(pageFlow, index, Din5008.SUBJECT_TOP), PageFrame.CONTENT_BOTTOM);
    }

    void layOut() throws IOException {
        try (flow) {
            flow.newPage();
            drawLetterhead();
            drawAddressField();
            drawInfoBlock();

            paragraph(content.text().subject(), flow.fonts.bold, 11f);
            flow.advance(BODY_LEADING);
            paragraph(content.text().salutation(), flow.fonts.regular, BODY_SIZE);
            for (String text : content.text().introParagraphs()) {
                paragraph(text, flow.fonts.regular, BODY_SIZE);
            }

            new ItemTable(flow, wording, formats, letterhead.accentColour()).draw(data.items());
            drawTotal();
            if (content.giroCode() != null) {
                drawPaymentBox(content.giroCode());
            }

            for (String text : content.text().closingParagraphs()) {
                paragraph(text, flow.fonts.regular, BODY_SIZE);
            }
            drawClosing();
        }
        frame.numberPages(flow, document);
    }

    int pageCount() {
        return flow.pages().size();
    }

    private void drawLetterhead() throws IOException {
        float right = PAGE_WIDTH - RIGHT_MARGIN;
        float logoWidth = 0f;
        byte[] logo = letterhead.logo();
        if (logo != null) {
            PDImageXObject image = LogoImage.create(document, logo);
            float scale = Math.min(LOGO_MAX_WIDTH / image.getWidth(), LOGO_MAX_HEIGHT / image.getHeight());
            logoWidth = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            flow.content().drawImage(image, pt(right - logoWidth), pt(PAGE_HEIGHT - 12f - height), pt(logoWidth), pt(height));
        }

        // The company name takes the room left of the logo: smaller type first, then two lines.
        float nameWidth = TEXT_WIDTH - (logoWidth > 0 ? logoWidth + 6f : 0f);
        String name = flow.fonts.drawable(letterhead.companyName(), flow.fonts.bold);
        float size = 16f;
        while (size > 11f && widthMm(name, flow.fonts.bold, size) > nameWidth) {
            size -= 0.5f;
        }
        List<String> lines = TextWrapper.wrap(name, flow.fonts.bold, size, pt(nameWidth));
        float baseline = lines.size() == 1 ? 24f : 20f;
        for (String line : lines.subList(0, Math.min(2, lines.size()))) {
            flow.text(line, flow.fonts.bold, size, LEFT_MARGIN, baseline, letterhead.accentColour());
            baseline += size * 0.45f;
        }
        flow.line(LEFT_MARGIN, 40f, right, 40f, 1f, letterhead.accentColour());
    }

    private void drawAddressField() throws IOException {
        // Return address: bottom lines of the notes zone, small, up to two lines.
        float innerWidth = ADDRESS_FIELD_WIDTH - (LEFT_MARGIN - ADDRESS_FIELD_LEFT) - 2f;
        List<String> sender = TextWrapper.wrap(flow.fonts.drawable(letterhead.senderLine(), flow.fonts.regular),
                flow.fonts.regular, 7f, pt(innerWidth));
        sender = sender.subList(0, Math.min(2, sender.size()));
        float baseline = ADDRESS_FIELD_TOP + NOTES_ZONE_HEIGHT - 1.5f - (sender.size() - 1) * 3f;
        for (String line : sender) {
            flow.text(line, flow.fonts.regular, 7f, LEFT_MARGIN, baseline, TEXT_GREY);
            baseline += 3f;
        }

        List<String> addressLines = data.recipient().allLines().stream()
                .map(line -> flow.fonts.drawable(line, flow.fonts.regular))
                .toList();
        float size = addressFontSize(addressLines, innerWidth);
        List<String> lines = size > 0 ? addressLines : wrappedAddress(addressLines, innerWidth);
        size = size > 0 ? size : ADDRESS_MIN_SIZE;
        baseline = ADDRESS_FIELD_TOP + NOTES_ZONE_HEIGHT + 3.6f;
        for (String line : lines) {
            flow.text(line, flow.fonts.regular, size, LEFT_MARGIN, baseline, Colour.BLACK);
            baseline += ADDRESS_LEADING;
        }
    }

    /**
     * Returns the largest font size from 10 down to 8 points at which every address line fits, or
     * 0 when a line is wider than the field even at 8 points.
     */
    private float addressFontSize(List<String> lines, float width) {
        for (float size = ADDRESS_SIZE; size >= ADDRESS_MIN_SIZE; size -= 0.5f) {
            float fitting = size;
            if (lines.stream().allMatch(line -> widthMm(line, flow.fonts.regular, fitting) <= width)) {
                return size;
            }
        }
        return 0f;
    }

    /**
     * Breaks the lines that are too wide at 8 points between words, as a clerk writes a long
     * company name over two lines, as long as the address zone's six lines hold the result.
     */
    private List<String> wrappedAddress(List<String> lines, float width) {
        // The wrapper would cut a word wider than the field between letters, which makes the address unreadable.
        String tooLong = lines.stream().flatMap(line -> java.util.Arrays.stream(line.split(" +")))
                .filter(word -> widthMm(word, flow.fonts.regular, ADDRESS_MIN_SIZE) > width).findFirst().orElse(null);
        if (tooLong != null) {
            throw new InvalidLetterException("Das Wort '" + tooLong + "' der Anschrift ist auch in 8 Punkt breiter als das"
                            + " Anschriftfeld (85 mm). Bitte die Anschrift kürzen.",
                    "The word '" + tooLong + "' of the address is wider than the address field (85 mm) even at 8 points."
                            + " Shorten the address.");
        }
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(TextWrapper.wrap(line, flow.fonts.regular, ADDRESS_MIN_SIZE, pt(width)));
        }
        if (wrapped.size() > Recipient.MAX_ADDRESS_LINES) {
            throw new InvalidLetterException("Die Anschrift '" + String.join(", ", lines) + "' braucht in 8 Punkt "
                            + wrapped.size() + " Zeilen; das Anschriftfeld fasst " + Recipient.MAX_ADDRESS_LINES
                            + ". Bitte die Anschrift kürzen.",
                    "The address '" + String.join(", ", lines) + "' takes " + wrapped.size() + " lines at 8 points; the"
                            + " address field holds " + Recipient.MAX_ADDRESS_LINES + ". Shorten the address.");
        }
        return wrapped;
    }

    private void drawInfoBlock() throws IOException {
        float baseline = INFO_BLOCK_TOP + 3f;
        float blockWidth = PAGE_WIDTH - RIGHT_MARGIN - INFO_BLOCK_LEFT;
        for (String line : letterhead.contactLines()) {
            String drawable = flow.fonts.drawable(line, flow.fonts.regular);
            // A single word such as an e-mail address is set smaller rather than cut between letters.
            float size = INFO_SIZE;
            while (!drawable.contains(" ") && size > INFO_MIN_SIZE && widthMm(drawable, flow.fonts.regular, size) > blockWidth) {
                size -= 0.5f;
            }
            for (String wrapped : TextWrapper.wrap(drawable, flow.fonts.regular, size, pt(blockWidth))) {
                flow.text(wrapped, flow.fonts.regular, size, INFO_BLOCK_LEFT, baseline, TEXT_GREY);
                baseline += INFO_LEADING;
            }
        }
        if (!letterhead.contactLines().isEmpty()) {
            baseline += INFO_LEADING;
        }
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {wording.noticeNumber(), data.noticeNumber()});
        pairs.add(new String[] {wording.reference(), content.reference().printed()});
        pairs.add(new String[] {wording.date(), formats.date(data.letterDate())});
        for (String[] pair : pairs) {
            flow.text(pair[0], flow.fonts.regular, INFO_SIZE, INFO_BLOCK_LEFT, baseline, TEXT_GREY);
            flow.text(pair[1], flow.fonts.bold, INFO_SIZE, INFO_BLOCK_LEFT + INFO_LABEL_WIDTH, baseline, Colour.BLACK);
            baseline += INFO_LEADING;
        }
    }

    private void drawTotal() throws IOException {
        flow.ensure(12f);
        flow.advance(1.5f);
        float right = PAGE_WIDTH - RIGHT_MARGIN;
        float baseline = flow.cursor() + 4f;
        flow.text(wording.totalToPay(), flow.fonts.bold, 11f, LEFT_MARGIN, baseline, Colour.BLACK);
        flow.textRight(formats.money(data.total()), flow.fonts.bold, 11f, right, baseline, Colour.BLACK);
        baseline += 5f;
        flow.text(wording.payBy(), flow.fonts.regular, BODY_SIZE, LEFT_MARGIN, baseline, Colour.BLACK);
        flow.textRight(formats.date(data.paymentDeadline()), flow.fonts.bold, BODY_SIZE, right, baseline, Colour.BLACK);
        flow.advance(9.5f);
    }

    private void drawPaymentBox(GiroCode giroCode) throws IOException {
        // The QR code needs a quiet zone of four modules: the gaps above and below keep it white.
        flow.ensure(QR_SIZE + 8f);
        flow.advance(4f);
        float top = flow.cursor();
        QrSymbol.encode(giroCode.payload(), ErrorCorrectionLevel.M)
                .draw(flow.content(), pt(LEFT_MARGIN), pt(PAGE_HEIGHT - top), pt(QR_SIZE));

        float left = LEFT_MARGIN + QR_SIZE + 8f;
        float baseline = top + 4f;
        flow.text(wording.payWithGiroCode(), flow.fonts.bold, BODY_SIZE, left, baseline, letterhead.accentColour());
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {wording.beneficiary(), giroCode.beneficiaryName()});
        pairs.add(new String[] {"IBAN", giroCode.bankAccount().printedIban()});
        if (giroCode.bankAccount().bic() != null) {
            pairs.add(new String[] {"BIC", giroCode.bankAccount().bic()});
        }
        pairs.add(new String[] {wording.amount(), formats.money(giroCode.amount())});
        pairs.add(new String[] {wording.reference(), content.reference().printed()});
        baseline += 5.5f;
        for (String[] pair : pairs) {
            flow.text(pair[0], flow.fonts.regular, 9f, left, baseline, TEXT_GREY);
            flow.text(pair[1], flow.fonts.regular, 9f, left + 24f, baseline, Colour.BLACK);
            baseline += 4f;
        }
        flow.advance(QR_SIZE + 2.5f);
    }

    private void drawClosing() throws IOException {
        // The closing words and the company name stay together, with room for a signature between them.
        flow.advance(PARAGRAPH_GAP);
        flow.ensure(2 * BODY_LEADING + 5f);
        for (String line : new String[] {content.text().complimentaryClose(), letterhead.companyName()}) {
            flow.text(line, flow.fonts.regular, BODY_SIZE, LEFT_MARGIN, flow.cursor() + BODY_LEADING * 0.75f, Colour.BLACK);
            flow.advance(BODY_LEADING + 5f);
        }
    }

    private void paragraph(String text, PDFont font, float size) throws IOException {
        for (String line : TextWrapper.wrap(flow.fonts.drawable(text, font), font, size, pt(TEXT_WIDTH))) {
            flow.ensure(BODY_LEADING);
            flow.text(line, font, size, LEFT_MARGIN, flow.cursor() + BODY_LEADING * 0.75f, Colour.BLACK);
            flow.advance(BODY_LEADING);
        }
        flow.advance(PARAGRAPH_GAP);
    }

    private static float widthMm(String text, PDFont font, float size) {
        return TextWrapper.widthOf(text, font, size) * 25.4f / 72f;
    }
}
