package org.postlens.app.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PostVector;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;

/**
 * Embeds the text of every post that has no vector of the encoder's model yet, batch by batch, each batch
 * stored in one transaction with the run that made it. A cancel or crash loses at most the batch in flight;
 * running again embeds only what is still missing.
 */
public final class EmbedJob {

    public static final String RUN_KIND = "embed";
    public static final int DEFAULT_BATCH_SIZE = 64;

    private final Project project;
    private final TextEncoder encoder;
    private final int batchSize;

    public EmbedJob(Project project, TextEncoder encoder, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.project = project;
        this.encoder = encoder;
        this.batchSize = batchSize;
    }

    public EmbedReport run(ProgressListener listener, CancellationToken cancel) {
        ModelInfo model = encoder.model();
        Set<String> languages = encoder.languages();
        LanguageRoute route = new LanguageRoute(languages);
        long alreadyEmbedded = project.embeddings().count(model.id());
        long skippedByLanguage = project.embeddings().countMissing(model.id()) - project.embeddings().countMissing(
                model.id(), languages);
        long missing = project.embeddings().countMissing(model.id(), languages);
        if (missing == 0) {
            return new EmbedReport(null, 0, alreadyEmbedded, skippedByLanguage, languages);
        }
        Run run = project.runs().start(new NewRun(RUN_KIND, model.id(), model.version(), model.engine(),
                model.device(), parameters()));
        ProgressMeter meter = new ProgressMeter("Embedding posts", missing, listener);
        long embedded = 0;
        long skippedByScript = 0;
        try {
            long afterPostId = 0;
            List<PostText> page;
            while (!(page = project.embeddings().missing(model.id(), languages, afterPostId, batchSize)).isEmpty()) {
                cancel.throwIfCancelled();
                List<PostText> readable = page.stream().filter(post -> route.accepts(post.lang(), post.text())).toList();
                if (!readable.isEmpty()) {
                    project.embeddings().write(run.id(), model.id(), embed(readable, model.dimension()));
                }
                embedded += readable.size();
                skippedByScript += page.size() - readable.size();
                afterPostId = page.get(page.size() - 1).postId();
                meter.update(embedded + skippedByScript);
            }
            meter.finish(embedded);
            project.runs().finish(run.id(), RunStatus.COMPLETE);
        } catch (JobCancelledException e) {
            project.runs().finish(run.id(), RunStatus.CANCELLED);
            throw e;
        } catch (RuntimeException | Error e) {
            project.runs().finish(run.id(), RunStatus.FAILED);
            throw e;
        }
        return new EmbedReport(project.runs().find(run.id()).orElseThrow(), embedded, alreadyEmbedded,
                skippedByLanguage + skippedByScript, languages);
    }

    private List<PostVector> embed(List<PostText> page, int dimension) {
        float[][] vectors = encoder.encode(page.stream().map(PostText::text).toList());
        if (vectors.length != page.size()) {
            throw new IllegalStateException("encoder returned " + vectors.length + " vectors for " + page.size());
        }
        List<PostVector> batch = new ArrayList<>(page.size());
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) {
                throw new IllegalStateException("encoder returned " + vectors[i].length + " dimensions, not " + dimension);
            }
            batch.add(new PostVector(page.get(i).postId(), Int8Vector.quantize(vectors[i])));
        }
        return batch;
    }

    private String parameters() {
        ObjectNode parameters = new ObjectMapper().createObjectNode();
        parameters.put("input", "post text, then the text read in its images");
        parameters.put("batch_size", batchSize);
        parameters.put("vector_encoding", "int8, one float32 scale per vector");
        return parameters.toString();
    }
}
