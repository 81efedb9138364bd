package org.postlens.app.ui.gallery;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.postlens.app.domain.Thumbnail;
import org.postlens.app.service.ThumbnailService;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * Loads the thumbnails tiles ask for, off the FX thread, on at most {@value #WORKERS} workers. The newest request
 * goes first (the tiles on screen now, not the ones scrolled past), and a request withdrawn before its turn (its
 * tile scrolled away or shows another post) is dropped unread. Decoded images are kept in a memory-bounded cache.
 */
public final class ThumbnailLoader {

    static final int WORKERS = 2;

    private final ThumbnailService thumbnails;
    private final TaskExecutor executor;
    private final ThumbnailImages images;
    private final Deque<Request> queue = new ArrayDeque<>();
    private int workers;

    public ThumbnailLoader(ThumbnailService thumbnails, TaskExecutor executor) {
        this(thumbnails, executor, ThumbnailImages.DEFAULT_BUDGET_BYTES);
    }

    ThumbnailLoader(ThumbnailService thumbnails, TaskExecutor executor, long cacheBudgetBytes) {
        this.thumbnails = thumbnails;
        this.executor = executor;
        this.images = new ThumbnailImages(cacheBudgetBytes);
    }

    /** A request that can be withdrawn; its callback then never runs. */
    public static final class Request {
        private final long postId;
        private final Consumer<Optional<Image>> onUi;
        private volatile boolean withdrawn;

        private Request(long postId, Consumer<Optional<Image>> onUi) {
            this.postId = postId;
            this.onUi = onUi;
        }

        public void withdraw() {
            withdrawn = true;
        }
    }

    /** The cached image, if this post's thumbnail is in memory now. */
    public Image cached(long postId) {
        return images.get(postId);
    }

    /** Calls {@code onUi} on the FX thread with the post's thumbnail, or empty when it has none that can be shown. */
    public Request load(long postId, Consumer<Optional<Image>> onUi) {
        Request request = new Request(postId, onUi);
        boolean startWorker;
        synchronized (queue) {
            queue.addFirst(request);
            startWorker = workers < WORKERS;
            if (startWorker) {
                workers++;
            }
        }
        if (startWorker) {
            executor.runInBackground(this::drain);
        }
        return request;
    }

    private void drain() {
        while (true) {
            Request request;
            synchronized (queue) {
                request = queue.pollFirst();
                if (request == null) {
                    workers--;
                    return;
                }
            }
            if (request.withdrawn) {
                continue;
            }
            Optional<Image> image;
            try {
                image = Optional.ofNullable(images.get(request.postId)).or(() -> decode(request.postId));
            } catch (RuntimeException e) {
                image = Optional.empty();
            }
            Optional<Image> result = image;
            executor.runOnUi(() -> {
                if (!request.withdrawn) {
                    request.onUi.accept(result);
                }
            });
        }
    }

    private Optional<Image> decode(long postId) {
        Optional<Thumbnail> thumbnail = thumbnails.forPost(postId);
        if (thumbnail.isEmpty()) {
            return Optional.empty();
        }
        Image image = new Image(new ByteArrayInputStream(thumbnail.get().bytes()));
        if (image.isError()) {
            return Optional.empty();
        }
        images.put(postId, image);
        return Optional.of(image);
    }

    int cachedImages() {
        return images.size();
    }
}
