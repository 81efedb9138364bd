package org.postlens.app.service;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Thumbnail;
import org.postlens.app.media.ImageInspector;
import org.postlens.app.media.ThumbnailMaker;
import org.postlens.app.store.Project;

/**
 * The thumbnail of a post's first image: read from the project, or made from the image and stored on first
 * request (projects imported before thumbnails existed). Callers on several threads asking for the same image
 * share one decode; an image that cannot be decoded is remembered as such for the session and not tried again.
 */
public final class ThumbnailService {

    private final Project project;
    private final int size;
    private final ConcurrentMap<String, CompletableFuture<Optional<Thumbnail>>> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> undecodable = new ConcurrentHashMap<>();
    private final AtomicInteger decodes = new AtomicInteger();

    public ThumbnailService(Project project) {
        this(project, ThumbnailMaker.SIZE);
    }

    ThumbnailService(Project project, int size) {
        this.project = project;
        this.size = size;
    }

    /** Empty when the post has no stored image, or its image cannot be decoded. */
    public Optional<Thumbnail> forPost(long postId) {
        return project.media().firstStoredImage(postId).flatMap(this::forImage);
    }

    public Optional<Thumbnail> forImage(String sha256) {
        if (undecodable.containsKey(sha256)) {
            return Optional.empty();
        }
        Optional<Thumbnail> stored = project.thumbnails().find(sha256, size);
        if (stored.isPresent()) {
            return stored;
        }
        CompletableFuture<Optional<Thumbnail>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Thumbnail>> running = inFlight.putIfAbsent(sha256, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Optional<Thumbnail> made = make(sha256);
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(sha256, mine);
        }
    }

    private Optional<Thumbnail> make(String sha256) {
        // Another thread may have stored it between our look-up and taking the in-flight slot.
        Optional<Thumbnail> stored = project.thumbnails().find(sha256, size);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<Media> media = project.media().find(sha256);
        if (media.isEmpty()) {
            return Optional.empty();
        }
        try {
            decodes.incrementAndGet();
            Thumbnail thumbnail = ThumbnailMaker.make(sha256, media.get().bytes(), size);
            project.thumbnails().save(thumbnail);
            return Optional.of(thumbnail);
        } catch (ImageInspector.InvalidImageException e) {
            undecodable.put(sha256, Boolean.TRUE);
            return Optional.empty();
        }
    }

    /** How many images this service has decoded: each at most once while its thumbnail is being made. */
    int decodes() {
        return decodes.get();
    }

    private static Optional<Thumbnail> await(CompletableFuture<Optional<Thumbnail>> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
