package org.postlens.app.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;

/**
 * Reads metadata and fingerprints of the stored images that do not have them yet: images of projects made before
 * Postlens read them, or hashed with an older algorithm. Stores them in small batches, so a cancel or a crash
 * loses at most one batch and running it again goes on where it stopped.
 */
public final class ImageFactsBackfill {

    /** Images are up to 50 MB each: a batch stays small. */
    static final int IMAGES_PER_BATCH = 32;

    public record Report(long read, long withProblems, boolean cancelled) {}

    private final Project project;
    private final ImageFactsReader reader;

    public ImageFactsBackfill(Project project, ImageFactsReader reader) {
        this.project = project;
        this.reader = reader;
    }

    public ImageFactsBackfill(Project project) {
        this(project, ImageFactsReader.standard());
    }

    public long countMissing() {
        return project.images().countUnread(reader.algorithm());
    }

    public Report run(ProgressListener listener, CancellationToken cancel) {
        long total = countMissing();
        ProgressMeter meter = new ProgressMeter("Reading image metadata and fingerprints", total, listener);
        long done = 0;
        long problems = 0;
        while (true) {
            if (cancel.isCancelled()) {
                return new Report(done, problems, true);
            }
            Map<String, byte[]> images = project.images().unread(reader.algorithm(), IMAGES_PER_BATCH);
            if (images.isEmpty()) {
                break;
            }
            Map<String, ImageFacts> facts = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> image : images.entrySet()) {
                ImageFacts read = reader.read(image.getValue());
                facts.put(image.getKey(), read);
                if (read.problem() != null) {
                    problems++;
                }
            }
            project.images().write(facts);
            done += facts.size();
            meter.update(done);
        }
        meter.finish(done);
        return new Report(done, problems, false);
    }
}
