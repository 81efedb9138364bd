package org.postlens.app.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.PostText;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;

/**
 * Detects the language of every post that has none (projects imported before detection existed, or posts the
 * detector could not place then), batch by batch, each batch stored in one transaction. A cancel loses at most
 * the batch in flight; running it again looks only at posts still unknown.
 */
public final class LanguageBackfill {

    public static final int BATCH_SIZE = 2_000;

    private final Project project;
    private final PostLanguageDetector detector;

    public LanguageBackfill(Project project, PostLanguageDetector detector) {
        this.project = project;
        this.detector = detector;
    }

    /** @throws org.postlens.app.jobs.JobCancelledException when cancelled; batches stored before then stay */
    public Result run(ProgressListener listener, CancellationToken cancel) {
        long unknown = project.languages().countUnknown();
        ProgressMeter meter = new ProgressMeter("Detecting languages", unknown, listener);
        long examined = 0;
        long detected = 0;
        long afterPostId = 0;
        List<PostText> page;
        while (!(page = project.languages().unknown(afterPostId, BATCH_SIZE)).isEmpty()) {
            cancel.throwIfCancelled();
            Map<Long, String> found = new HashMap<>();
            for (PostText post : page) {
                String language = detector.detect(post.text());
                if (language != null) {
                    found.put(post.postId(), language);
                }
            }
            project.languages().setDetected(found);
            examined += page.size();
            detected += found.size();
            afterPostId = page.get(page.size() - 1).postId();
            meter.update(examined);
        }
        meter.finish(examined);
        return new Result(examined, detected);
    }

    /** Posts looked at (all those of unknown language) and those given a language. */
    public record Result(long examined, long detected) {

        public long stillUnknown() {
            return examined - detected;
        }
    }
}
