package de.debitum.api.company;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The tenant's logo for the letterhead: a PNG or JPEG file as uploaded.
 *
 * @param content    the image file, at most {@link #MAX_BYTES} bytes
 * @param mediaType  {@code image/png} or {@code image/jpeg}
 * @param uploadedBy the user or API key that uploaded it
 * @param uploadedAt when it was uploaded
 */
public record CompanyLogo(byte[] content, String mediaType, String uploadedBy, Instant uploadedAt) {

    /** The largest logo file accepted: a letterhead logo at 300 dpi needs far less. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The smallest width and height in pixels; a smaller image prints as a blur. */
    public static final int MIN_SIDE = 16;

    /** The largest width and height in pixels. Decoding 4000 × 4000 pixels takes about 64 MB (4 bytes per pixel). */
    public static final int MAX_SIDE = 4000;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public CompanyLogo {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (!PNG.equals(mediaType) && !JPEG.equals(mediaType)) {
            throw new IllegalArgumentException("Invalid logo media type '" + mediaType + "': use " + PNG + " or "
                    + JPEG + ".");
        }
        content = content.clone();
    }

    /** Returns a copy of the image file. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Decodes an uploaded file to check that it is a PNG or JPEG image of {@link #MIN_SIDE} to
     * {@link #MAX_SIDE} pixels per side, and returns its media type.
     *
     * @throws IllegalArgumentException naming the problem, in German followed by " / " and English
     */
    public static String checkImage(byte[] file) {
        if (file == null || file.length == 0) {
            throw invalid("Die Logo-Datei ist leer. Bitte eine PNG- oder JPEG-Datei hochladen.",
                    "The logo file is empty. Upload a PNG or JPEG file.");
        }
        if (file.length > MAX_BYTES) {
            throw invalid("Das Logo hat " + file.length + " Bytes, erlaubt sind höchstens " + MAX_BYTES
                            + " (1 MiB). Bitte eine kleinere Datei hochladen.",
                    "The logo has " + file.length + " bytes, at most " + MAX_BYTES
                            + " (1 MiB) are allowed. Upload a smaller file.");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                String mediaType = mediaType(reader.getFormatName());
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSides(width, height);
                // Reading the pixels finds files that are cut off or damaged after a valid header.
                reader.read(0);
                return mediaType;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // The checks above write German and English. Anything else the decoder raised means a damaged file.
            if (e instanceof IllegalArgumentException invalid && invalid.getMessage().contains(" / ")) {
                throw invalid;
            }
            throw notAnImage();
        }
    }

    private static String mediaType(String formatName) {
        String format = formatName.toLowerCase(Locale.ROOT);
        if (format.equals("png")) {
            return PNG;
        }
        if (format.equals("jpeg") || format.equals("jpg")) {
            return JPEG;
        }
        throw invalid("Das Logo ist ein " + formatName.toUpperCase(Locale.ROOT)
                        + "-Bild; bitte als PNG oder JPEG hochladen.",
                "The logo is a " + formatName.toUpperCase(Locale.ROOT) + " image: upload it as PNG or JPEG.");
    }

    private static void checkSides(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw invalid("Das Logo hat " + width + " × " + height + " Pixel; erlaubt sind " + MIN_SIDE + " bis "
                            + MAX_SIDE + " Pixel je Seite.",
                    "The logo has " + width + " × " + height + " pixels; use " + MIN_SIDE + " to " + MAX_SIDE
                            + " pixels per side.");
        }
    }

    private static IllegalArgumentException notAnImage() {
        return invalid("Die Datei ist kein lesbares PNG- oder JPEG-Bild. Bitte das Logo als PNG oder JPEG speichern"
                        + " und erneut hochladen.",
                "The file is not a readable PNG or JPEG image. Save the logo as PNG or JPEG and upload it again.");
    }

    private static IllegalArgumentException invalid(String german, String english) {
        return new IllegalArgumentException(german + " / " + english);
    }
}
