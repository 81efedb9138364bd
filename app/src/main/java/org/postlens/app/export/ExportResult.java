package org.postlens.app.export;

import java.nio.file.Path;

/**
 * A finished export.
 *
 * @param mediaFolder the folder the images were written to, {@code null} when no post had a stored image
 * @param imagesWritten distinct image files written (each stored image once, however many posts show it)
 */
public record ExportResult(Path file, long posts, Path mediaFolder, long imagesWritten) {}
