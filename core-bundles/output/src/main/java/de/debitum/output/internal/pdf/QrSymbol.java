package de.debitum.output.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code symbol drawn as vector squares, so it prints sharp at any resolution.
 *
 * <p>The payload goes into byte mode as its UTF-8 bytes without an ECI header: ZXing writes an
 * ECI segment when it is given a character set, and the GiroCode payload names its character
 * set itself (line 3). Handing ZXing the UTF-8 bytes as ISO-8859-1 characters, its default,
 * writes exactly those bytes.
 */
final class QrSymbol {

    /** Empty modules around the symbol that a reader needs (ISO/IEC 18004 quiet zone). */
    static final int QUIET_ZONE_MODULES = 4;

    private final BitMatrix modules;

    private QrSymbol(BitMatrix modules) {
        this.modules = modules;
    }

    static QrSymbol encode(String payload, ErrorCorrectionLevel level) {
        String bytesAsLatin1 = new String(payload.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 0);
        try {
            return new QrSymbol(new QRCodeWriter().encode(bytesAsLatin1, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    int moduleCount() {
        return modules.getWidth();
    }

    /** Draws the symbol with its top left corner at ({@code left}, {@code top}) in points. */
    void draw(PDPageContentStream content, float left, float top, float size) throws IOException {
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                content.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}
