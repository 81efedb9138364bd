package org.postlens.app.media.ocr;

import com.sun.jna.Pointer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import org.postlens.app.media.ImageInspector;
import org.postlens.app.media.ImageInspector.InvalidImageException;

/**
 * One Tesseract handle with its languages loaded: reads image after image on one thread. Not thread-safe;
 * close it on the thread's way out.
 */
public final class TesseractReader implements AutoCloseable {

    private final TessAPI api;
    private final TessBaseAPI handle;
    private final OcrLanguages languages;

    TesseractReader(TessAPI api, Path tessdata, OcrLanguages languages) {
        this.api = api;
        this.languages = languages;
        this.handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.toString(), languages.tesseractArgument()) != 0) {
            api.TessBaseAPIDelete(handle);
            throw OcrUnavailableException.languagesMissing(languages.codes(), tessdata.toString());
        }
        api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        // Screenshots carry no resolution; without this Tesseract warns and guesses per image.
        api.TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
    }

    /** Reads the text in an image; bytes that are not a readable image give a problem, never an exception. */
    public OcrResult read(byte[] imageBytes) {
        BufferedImage image;
        try {
            ImageInspector.inspect(imageBytes);
            image = ImageIO.read(new ByteArrayInputStream(imageBytes));
        } catch (InvalidImageException e) {
            return OcrResult.unreadable(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return OcrResult.unreadable("the image is damaged or truncated (" + e.getMessage() + ")");
        }
        if (image == null) {
            return OcrResult.unreadable("not an image in a supported format (JPEG, PNG, GIF, BMP)");
        }
        return read(image);
    }

    public OcrResult read(BufferedImage image) {
        BufferedImage gray = onWhiteInGray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        try {
            api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
            Pointer text = api.TessBaseAPIGetUTF8Text(handle);
            if (text == null) {
                return OcrResult.unreadable("Tesseract could not read the image");
            }
            try {
                return OcrResult.read(text.getString(0, StandardCharsets.UTF_8.name()),
                        api.TessBaseAPIMeanTextConf(handle));
            } finally {
                api.TessDeleteText(text);
            }
        } finally {
            api.TessBaseAPIClear(handle);
        }
    }

    /** Transparent parts become white (text drawn on a transparent canvas would otherwise vanish in black). */
    private static BufferedImage onWhiteInGray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    public OcrLanguages languages() {
        return languages;
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
