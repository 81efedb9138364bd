package org.postlens.app.media.ocr;

import org.postlens.app.domain.Run;

/**
 * What an OCR job did: images read by this run (of which {@code withText} held text and {@code problems} could
 * not be read), images read by earlier runs, posts whose search text now includes their images' text, and the
 * run (null when there was nothing to read).
 */
public record OcrReport(Run run, long read, long withText, long problems, long alreadyRead, long postsIndexed,
                        String languages) {}
