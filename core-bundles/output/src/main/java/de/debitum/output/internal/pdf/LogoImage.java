package de.debitum.output.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import de.debitum.output.letter.InvalidLetterException;

/**
 * Turns the tenant's logo file into a lossless RGB image (with a soft mask for transparency),
 * whatever colour model the file used, so that it fits the document's sRGB output intent.
 */
final class LogoImage {

    /** The maximum pixel count of a logo: 4000 × 4000 is far more than print at 600 dpi needs. */
    static final long MAX_PIXELS = 16_000_000L;

    private LogoImage() {
    }

    static PDImageXObject create(PDDocument document, byte[] logo) throws IOException {
        BufferedImage image = decode(logo);
        return LosslessFactory.createFromImage(document, image);
    }

    private static BufferedImage decode(byte[] logo) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(logo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidLetterException(
                            "Das Logo hat " + reader.getWidth(0) + " × " + reader.getHeight(0)
                                    + " Pixel; bitte höchstens 4000 × 4000 verwenden.",
                            "The logo has " + reader.getWidth(0) + " × " + reader.getHeight(0)
                                    + " pixels; use at most 4000 × 4000.");
                }
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidLetterException invalid) {
                    throw invalid;
                }
                throw unreadable();
            } finally {
                reader.dispose();
            }
        }
    }

    private static InvalidLetterException unreadable() {
        return new InvalidLetterException("Das Logo ist kein lesbares PNG- oder JPEG-Bild.",
                "The logo is not a readable PNG or JPEG image.");
    }
}
