package org.postlens.app.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.postlens.app.analysis.TaskModel;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.runtime.TextEncoder;

/**
 * The speed of the task models on synthetic posts (English, Arabic, Hindi), without storage:
 * <ul>
 *   <li>each model that reads only the text (the n-gram packs) over the posts of its languages, in pages of
 *       {@value #PAGE} as the analyze job feeds it; the slowest sets {@code ngram_posts_per_s};</li>
 *   <li>the shipped encoder alone over the English posts, against the encoder plus every encoder head on the same
 *       vectors (each text encoded once per page, as the job does): the heads' share of the time.</li>
 * </ul>
 * The two encoder paths take turns over equal slices so that load from other processes falls on both alike.
 */
public final class AnalyzeBenchmark {

    static final int PAGE = org.postlens.app.analysis.AnalyzeJob.DEFAULT_BATCH_SIZE;
    private static final int ENCODER_PAGE = 64;
    private static final int ROUNDS = 4;

    /**
     * @param englishPosts the English posts the encoder paths read
     * @param textModelPostsPerSecond each text-only model's posts/s, by model id
     * @param encoderPostsPerSecond NaN when no encoder was run (no heads and no English posts)
     * @param encoderWithHeadsPostsPerSecond NaN when there are no encoder heads
     */
    public record Result(int posts, int englishPosts, Map<String, Double> textModelPostsPerSecond,
                         double encoderPostsPerSecond, double encoderWithHeadsPostsPerSecond, int heads, String device) {

        /** The slowest text-only model, NaN when there is none. */
        public double ngramPostsPerSecond() {
            return textModelPostsPerSecond.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        /** How much longer the encoder plus every head takes than the encoder alone, in percent. */
        public double headOverheadPercent() {
            return (encoderPostsPerSecond / encoderWithHeadsPostsPerSecond - 1) * 100;
        }
    }

    private final List<TaskModel> models;
    private final TextEncoder encoder;
    private final int encoderPosts;
    private final Consumer<String> log;

    /**
     * @param encoder null to leave the encoder figures out
     * @param encoderPosts at most this many English posts go through the two encoder paths
     */
    public AnalyzeBenchmark(List<TaskModel> models, TextEncoder encoder, int encoderPosts, Consumer<String> log) {
        this.models = List.copyOf(models);
        this.encoder = encoder;
        this.encoderPosts = encoderPosts;
        this.log = log;
    }

    public Result run(int count, CancellationToken cancel) {
        SyntheticPosts generator = new SyntheticPosts(7, count);
        List<SyntheticPosts.Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(generator.next());
        }
        Map<String, Double> textRates = new LinkedHashMap<>();
        String device = null;
        for (TaskModel model : models) {
            if (model.readsVectors()) {
                continue;
            }
            List<String> texts = posts.stream().filter(post -> model.languages().contains(post.lang()))
                    .map(SyntheticPosts.Post::text).toList();
            if (texts.isEmpty()) {
                continue;
            }
            // One untimed pass over the same pages: otherwise the first pack timed pays for compiling the n-gram
            // code that every pack shares (one page of warm-up left it at under half the others' rate).
            for (int from = 0; from < texts.size(); from += PAGE) {
                model.classifier().classify(texts.subList(from, Math.min(texts.size(), from + PAGE)));
            }
            long start = System.nanoTime();
            for (int from = 0; from < texts.size(); from += PAGE) {
                cancel.throwIfCancelled();
                model.classifier().classify(texts.subList(from, Math.min(texts.size(), from + PAGE)));
            }
            double rate = texts.size() / ((System.nanoTime() - start) / 1e9);
            textRates.put(model.modelId(), rate);
            device = model.classifier().model().device();
            log.accept(String.format("%s (%s, %s): %,d posts at %,.0f posts/s", model.modelId(), model.task(),
                    String.join(",", model.languages()), texts.size(), rate));
        }
        List<TaskModel> heads = models.stream().filter(TaskModel::readsVectors).toList();
        // The encoder reads a few hundred posts a second: it gets the first English posts only.
        List<String> english = posts.stream().filter(post -> post.lang().equals("en")).map(SyntheticPosts.Post::text)
                .limit(encoderPosts).toList();
        double encoderRate = Double.NaN;
        double withHeadsRate = Double.NaN;
        if (encoder != null && !english.isEmpty()) {
            device = encoder.model().device();
            encoder.encode(english); // every input length once: the first pass at each is slow
            long alone = 0;
            long withHeads = 0;
            int slice = (english.size() + ROUNDS - 1) / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                List<String> part = english.subList(Math.min(english.size(), round * slice),
                        Math.min(english.size(), (round + 1) * slice));
                if (round % 2 == 0) {
                    alone += time(part, List.of(), cancel);
                    withHeads += heads.isEmpty() ? 0 : time(part, heads, cancel);
                } else {
                    withHeads += heads.isEmpty() ? 0 : time(part, heads, cancel);
                    alone += time(part, List.of(), cancel);
                }
            }
            encoderRate = english.size() / (alone / 1e9);
            withHeadsRate = heads.isEmpty() ? Double.NaN : english.size() / (withHeads / 1e9);
            log.accept(String.format("encoder %s: %,d English posts at %,.0f posts/s alone", encoder.model().id(),
                    english.size(), encoderRate) + (heads.isEmpty() ? "; no encoder-head packs"
                    : String.format(", %,.0f posts/s with %d heads", withHeadsRate, heads.size())));
        }
        return new Result(count, english.size(), textRates, encoderRate, withHeadsRate, heads.size(),
                device == null ? "cpu" : device);
    }

    /** Nanoseconds to encode {@code texts} page by page and run every head on each page's vectors. */
    private long time(List<String> texts, List<TaskModel> heads, CancellationToken cancel) {
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += ENCODER_PAGE) {
            cancel.throwIfCancelled();
            List<String> page = texts.subList(from, Math.min(texts.size(), from + ENCODER_PAGE));
            List<float[]> vectors = List.of(encoder.encode(page));
            for (TaskModel head : heads) {
                head.classifier().classify(page, vectors);
            }
        }
        return System.nanoTime() - start;
    }
}
