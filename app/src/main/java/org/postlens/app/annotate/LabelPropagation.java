package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postlens.app.domain.HashedImage;
import org.postlens.app.domain.ImageFingerprint;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.LabelSuggestion;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.NewLabelSuggestion;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.NearDuplicateClusters;
import org.postlens.app.embed.NearDuplicateGrouping;
import org.postlens.app.embed.Neighbor;
import org.postlens.app.embed.ProjectVectors;
import org.postlens.app.embed.VectorIndex;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.media.HashGrouping;
import org.postlens.app.media.PerceptualHash;
import org.postlens.app.store.Project;

/**
 * Proposes a labelled post's label for its near-duplicates: posts whose text is near-identical (cosine of the stored
 * embeddings at least the near-duplicate clusters' threshold) and posts showing the same picture (perceptual hashes
 * within the "Where else?" distance). The proposals are stored as pending suggestions that a person accepts or
 * rejects; nothing is labelled here.
 */
public final class LabelPropagation {

    /** Shown when text could not be compared: the images were still. */
    public static final String NO_EMBEDDINGS = "The project has no text embeddings, so only images were compared:"
            + " run Analyse \u25B8 Embed posts first to find near-identical texts too.";

    /** A copy-paste campaign can be large; past this many neighbours of one post the rest waits for a second run. */
    static final int MAX_TEXT_MATCHES = 2_000;

    /**
     * Above this many labelled posts, in a project of more than {@link #SCAN_ALL_POSTS} posts with vectors, a bulk
     * run groups the whole project once into near-duplicate clusters instead of scanning every vector for every
     * labelled post: one scan costs ~0.12 s at 1M posts, the clustering ~30 s, so past ~250 labelled posts
     * clustering is cheaper (below 20,000 posts clustering compares all pairs, and scanning stays cheaper).
     */
    static final int CLUSTER_ABOVE_SOURCES = 250;
    static final int SCAN_ALL_POSTS = 20_000;

    /**
     * What a propagation did.
     *
     * @param sourcePosts  labelled posts whose label was propagated
     * @param textMatches  near-identical texts found (before those already labelled or suggested were left out)
     * @param imageMatches posts showing the same picture found (likewise)
     * @param created      the suggestions stored
     * @param notice       what the user should know (no embeddings, so text was not compared), or empty
     */
    public record Outcome(int sourcePosts, int textMatches, int imageMatches, List<LabelSuggestion> created,
                          String notice) {

        public Outcome {
            created = List.copyOf(created);
        }
    }

    private final Project project;
    private final double threshold;
    private final int maxImageDistance;
    private final int clusterAboveSources;
    private final int clusterAbovePosts;

    public LabelPropagation(Project project) {
        this(project, NearDuplicateClusters.DEFAULT_THRESHOLD, PerceptualHash.DEFAULT_MAX_DISTANCE);
    }

    public LabelPropagation(Project project, double threshold, int maxImageDistance) {
        this(project, threshold, maxImageDistance, CLUSTER_ABOVE_SOURCES, SCAN_ALL_POSTS);
    }

    /** With the sizes above which a bulk run clusters the project instead of scanning per post (tests lower them). */
    LabelPropagation(Project project, double threshold, int maxImageDistance, int clusterAboveSources,
                     int clusterAbovePosts) {
        this.project = project;
        this.threshold = threshold;
        this.maxImageDistance = maxImageDistance;
        this.clusterAboveSources = clusterAboveSources;
        this.clusterAbovePosts = clusterAbovePosts;
    }

    /**
     * Suggests the gold label of one post (see {@link GoldLabels}) for its near-duplicates, to {@code annotator}.
     *
     * @throws IllegalArgumentException when the post has no gold label in the schema (unlabelled, or its
     *                                  annotators disagree and nobody adjudicated)
     */
    public Outcome suggestFor(LabelSchema schema, long postId, String annotator) {
        List<String> gold = GoldLabels.of(project.annotations().current(schema.id(), postId)).labels().get(postId);
        if (gold == null) {
            String shown = project.posts().find(postId).map(Post::sourceId).orElse(String.valueOf(postId));
            throw new IllegalArgumentException("post " + shown + " has no agreed label in '" + schema.name()
                    + "' to propagate: label it (or adjudicate it) first");
        }
        return propagate(schema, Map.of(postId, gold), annotator, ProgressListener.none(), CancellationToken.none());
    }

    /** Suggests every gold-labelled post's label of the schema for that post's near-duplicates. */
    public Outcome suggestAll(LabelSchema schema, String annotator, ProgressListener listener,
                              CancellationToken cancel) {
        Map<Long, List<String>> gold = GoldLabels.of(project.annotations().current(schema.id())).labels();
        return propagate(schema, gold, annotator, listener, cancel);
    }

    private Outcome propagate(LabelSchema schema, Map<Long, List<String>> gold, String annotator,
                              ProgressListener listener, CancellationToken cancel) {
        Optional<TextMatches> texts = textMatches(gold, cancel);
        ImageIndex images = new ImageIndex();
        ProgressMeter meter = new ProgressMeter("Finding near-duplicates of labelled posts", gold.size(), listener);
        List<NewLabelSuggestion> candidates = new ArrayList<>();
        int textMatches = 0;
        int imageMatches = 0;
        long done = 0;
        for (Map.Entry<Long, List<String>> source : gold.entrySet()) {
            cancel.throwIfCancelled();
            long sourceId = source.getKey();
            Map<Long, NewLabelSuggestion> best = new LinkedHashMap<>();
            if (texts.isPresent()) {
                for (Neighbor neighbor : texts.get().of(sourceId)) {
                    textMatches++;
                    keepBest(best, new NewLabelSuggestion(neighbor.postId(), schema.id(), source.getValue(), sourceId,
                            String.format(Locale.ROOT, "near-identical text, cosine %.2f", neighbor.score()),
                            (double) neighbor.score(), annotator));
                }
            }
            for (ImageMatch match : images.matches(sourceId)) {
                imageMatches++;
                keepBest(best, new NewLabelSuggestion(match.postId(), schema.id(), source.getValue(), sourceId,
                        "same image (pHash distance " + match.distance() + ")", 1 - match.distance() / 64.0, annotator));
            }
            candidates.addAll(best.values());
            meter.update(++done);
        }
        candidates.removeIf(candidate -> gold.containsKey(candidate.postId()));
        // Where two labelled posts reach the same post, the closer one's label is the one proposed.
        candidates.sort(Comparator.comparing(NewLabelSuggestion::similarity, Comparator.reverseOrder()));
        List<LabelSuggestion> created = project.labelSuggestions().add(schema, candidates);
        meter.finish(done);
        return new Outcome(gold.size(), textMatches, imageMatches, created, texts.isPresent() ? "" : NO_EMBEDDINGS);
    }

    private static void keepBest(Map<Long, NewLabelSuggestion> best, NewLabelSuggestion candidate) {
        best.merge(candidate.postId(), candidate,
                (kept, offered) -> offered.similarity() > kept.similarity() ? offered : kept);
    }

    /** The near-identical texts of each labelled post, or empty when the project has no text embeddings. */
    private Optional<TextMatches> textMatches(Map<Long, List<String>> gold, CancellationToken cancel) {
        Optional<String> model = project.runs().latestModel(EmbedJob.RUN_KIND);
        if (model.isEmpty() || project.embeddings().count(model.get()) == 0) {
            return Optional.empty();
        }
        Int8VectorTable table = ProjectVectors.table(project, model.get());
        if (gold.size() > clusterAboveSources && table.size() > clusterAbovePosts) {
            return Optional.of(clustered(table, gold.keySet(), cancel));
        }
        VectorIndex index = new VectorIndex(table);
        return Optional.of(sourceId -> {
            if (!index.contains(sourceId)) {
                return List.of();
            }
            List<Neighbor> near = new ArrayList<>();
            for (Neighbor neighbor : index.nearestTo(sourceId, MAX_TEXT_MATCHES)) {
                if (neighbor.score() < threshold) {
                    break;
                }
                near.add(neighbor);
            }
            return near;
        });
    }

    /**
     * Groups the project into near-duplicate clusters once, then, in each cluster with labelled posts, keeps the
     * members whose own cosine to the labelled post reaches the threshold (a cluster is joined transitively).
     */
    private TextMatches clustered(Int8VectorTable table, Set<Long> sources, CancellationToken cancel) {
        Map<Long, List<Neighbor>> matches = new HashMap<>();
        for (long[] group : new NearDuplicateGrouping(threshold).groups(table, 2, cancel)) {
            for (long sourceId : group) {
                if (!sources.contains(sourceId)) {
                    continue;
                }
                int sourceRow = table.rowOf(sourceId);
                List<Neighbor> near = new ArrayList<>();
                for (long member : group) {
                    if (member == sourceId) {
                        continue;
                    }
                    float cosine = cosine(table, sourceRow, table.rowOf(member));
                    if (cosine >= threshold) {
                        near.add(new Neighbor(member, cosine));
                    }
                }
                near.sort(Comparator.comparingDouble(Neighbor::score).reversed());
                matches.put(sourceId, near.size() > MAX_TEXT_MATCHES ? near.subList(0, MAX_TEXT_MATCHES) : near);
            }
        }
        return sourceId -> matches.getOrDefault(sourceId, List.of());
    }

    private static float cosine(Int8VectorTable table, int a, int b) {
        byte[] codes = table.codes();
        int dimension = table.dimension();
        int offsetA = a * dimension;
        int offsetB = b * dimension;
        int dot = 0;
        for (int d = 0; d < dimension; d++) {
            dot += codes[offsetA + d] * codes[offsetB + d];
        }
        return dot * table.scale(a) * table.scale(b);
    }

    /** The posts whose text is near-identical to a labelled post's, closest first. */
    @FunctionalInterface
    private interface TextMatches {
        List<Neighbor> of(long sourceId);
    }

    private record ImageMatch(long postId, int distance) {
    }

    /** The project's image fingerprints, loaded once for all the labelled posts. */
    private final class ImageIndex {

        private final List<HashedImage> images = project.images().fingerprints(PerceptualHash.DEFAULT.name());
        private final List<ImageFingerprint> prints = images.stream().map(HashedImage::fingerprint).toList();
        private final Map<String, ImageFingerprint> bySha256 = new HashMap<>();
        private final Map<String, List<Long>> postsByImage =
                images.isEmpty() ? Map.of() : project.images().postsByImage();

        ImageIndex() {
            images.forEach(image -> bySha256.put(image.sha256(), image.fingerprint()));
        }

        /** The other posts showing one of this post's pictures or a near copy, each with its nearest distance. */
        List<ImageMatch> matches(long postId) {
            if (images.isEmpty()) {
                return List.of();
            }
            Map<Long, Integer> nearest = new LinkedHashMap<>();
            for (MediaRef ref : project.posts().find(postId).map(Post::media).orElse(List.of())) {
                ImageFingerprint query = ref.sha256() == null ? null : bySha256.get(ref.sha256());
                if (query == null) {
                    continue;
                }
                for (int index : HashGrouping.near(prints, query, maxImageDistance)) {
                    int distance = prints.get(index).distanceTo(query);
                    for (long other : postsByImage.getOrDefault(images.get(index).sha256(), List.of())) {
                        if (other != postId) {
                            nearest.merge(other, distance, Math::min);
                        }
                    }
                }
            }
            List<ImageMatch> matches = new ArrayList<>(nearest.size());
            nearest.forEach((other, distance) -> matches.add(new ImageMatch(other, distance)));
            return matches;
        }
    }
}
