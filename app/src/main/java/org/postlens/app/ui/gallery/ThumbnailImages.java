package org.postlens.app.ui.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The decoded thumbnails the gallery holds, least recently used dropped first once their pixels pass a budget
 * (4 bytes a pixel), however long one scrolls: a 256-pixel thumbnail takes about 256 KB, 48 MB hold ~190.
 */
final class ThumbnailImages {

    static final long DEFAULT_BUDGET_BYTES = 48L * 1024 * 1024;

    private final long budgetBytes;
    private long usedBytes;
    private final LinkedHashMap<Long, Image> images = new LinkedHashMap<>(64, 0.75f, true);

    ThumbnailImages(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    synchronized Image get(long postId) {
        return images.get(postId);
    }

    synchronized void put(long postId, Image image) {
        Image old = images.put(postId, image);
        if (old != null) {
            usedBytes -= bytes(old);
        }
        usedBytes += bytes(image);
        var eldest = images.entrySet().iterator();
        while (usedBytes > budgetBytes && images.size() > 1 && eldest.hasNext()) {
            Map.Entry<Long, Image> entry = eldest.next();
            usedBytes -= bytes(entry.getValue());
            eldest.remove();
        }
    }

    synchronized long usedBytes() {
        return usedBytes;
    }

    synchronized int size() {
        return images.size();
    }

    private static long bytes(Image image) {
        return 4L * (long) image.getWidth() * (long) image.getHeight();
    }
}
