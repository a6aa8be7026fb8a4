package de.debitum.output.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads rendered letters back: text per page, font embedding, the QR code on the first page. */
final class PdfInspection {

    private PdfInspection() {
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Lists every font on every page that has no embedded font program, by name. */
    static List<String> fontsWithoutEmbeddedProgram(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? ((PDCIDFont) type0.getDescendantFont()).getFontDescriptor()
                            : font.getFontDescriptor();
                    boolean embedded = descriptor != null && (descriptor.getFontFile2() != null
                            || descriptor.getFontFile() != null || descriptor.getFontFile3() != null);
                    if (!embedded || !font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
            if (fonts == 0) {
                missing.add("(no fonts at all)");
            }
        }
        return missing;
    }

    /** Renders page 1 at 300 dpi and decodes the QR code on it. */
    static Result decodeQr(byte[] pdf) throws IOException, ReaderException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return new QRCodeReader().decode(bitmap, hints);
    }

    /** Returns the raw bytes of a decoded QR code read as UTF-8, whatever ZXing guessed. */
    static String utf8Payload(Result result) throws IOException {
        @SuppressWarnings("unchecked")
        List<byte[]> segments = (List<byte[]>) result.getResultMetadata().get(ResultMetadataType.BYTE_SEGMENTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] segment : segments) {
            bytes.write(segment);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
