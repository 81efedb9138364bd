package org.postlens.app.media.ocr;

import java.nio.file.Path;
import java.util.List;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * The system's Tesseract 5, reached through Tess4J (JNA). Checks once that the engine loads and the chosen
 * languages' data is there; each thread then opens its own {@link TesseractReader} (a Tesseract handle is not
 * safe to share between threads).
 */
public final class TesseractEngine {

    private final TessAPI api;
    private final Path tessdata;
    private final OcrLanguages languages;
    private final String version;

    private TesseractEngine(TessAPI api, Path tessdata, OcrLanguages languages, String version) {
        this.api = api;
        this.tessdata = tessdata;
        this.languages = languages;
        this.version = version;
    }

    /** @throws OcrUnavailableException naming what to install when the engine or a language's data is missing */
    public static TesseractEngine open(OcrLanguages languages) {
        return open(TessdataLocation.find(), languages);
    }

    public static TesseractEngine open(Path tessdata, OcrLanguages languages) {
        TessAPI api = library();
        String version = api.TessVersion();
        List<String> missing = TessdataLocation.missing(tessdata, languages);
        if (!missing.isEmpty()) {
            throw OcrUnavailableException.languagesMissing(missing, tessdata.toString());
        }
        return new TesseractEngine(api, tessdata, languages, version);
    }

    /**
     * The library through an interface mapping: each function is looked up when first called, so any Tesseract
     * 5.x works (Tess4J's static mapping binds every function of the newest 5.x at load and fails on 5.3).
     */
    private static TessAPI library() {
        try {
            return LoadLibs.getTessAPIInstance();
        } catch (UnsatisfiedLinkError e) {
            throw OcrUnavailableException.engineMissing(e);
        }
    }

    /** Opens a reader for the calling thread, with {@code languages} (a subset of those checked, or others present). */
    public TesseractReader newReader(OcrLanguages readWith) {
        List<String> missing = TessdataLocation.missing(tessdata, readWith);
        if (!missing.isEmpty()) {
            throw OcrUnavailableException.languagesMissing(missing, tessdata.toString());
        }
        return new TesseractReader(api, tessdata, readWith);
    }

    /** Of {@code wanted}, the languages whose data is not installed. */
    public List<String> missing(OcrLanguages wanted) {
        return TessdataLocation.missing(tessdata, wanted);
    }

    public OcrLanguages languages() {
        return languages;
    }

    public String version() {
        return version;
    }

    public Path tessdata() {
        return tessdata;
    }
}
