package org.postlens.app.ui.detail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImageMetadata;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.SimilarImage;
import org.postlens.app.domain.StoredImageFacts;
import org.postlens.app.media.PerceptualHash;
import org.postlens.app.media.ReusedImages;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.language.LanguageCodes;
import org.postlens.runtime.Contribution;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * The post shown in the detail pane: loads the whole post and its stored images in the background when the
 * table selection changes; a selection that moves on before the load finishes drops the old result.
 */
public final class PostDetailViewModel {

    public static final DateTimeFormatter FULL_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Everything the pane shows for one post.
     *
     * @param predictions the latest prediction per task, tasks in name order
     * @param imageTexts  the text read in each image, by content hash (missing: not read yet)
     * @param annotations every annotation row of the post, oldest first, with its schema's name: the audit trail
     */
    public record Detail(Post post, boolean rightToLeft, List<Media> images, List<String> remoteImages,
                         List<Field> fields, String prettyRaw, List<StoredPrediction> predictions,
                         Map<String, List<Field>> imageFields, Map<String, ImageText> imageTexts,
                         List<SchemaAnnotation> annotations) {

        /** What an image's metadata says, as label and value lines (empty when it has not been read). */
        public List<Field> imageFields(Media image) {
            return imageFields.getOrDefault(image.sha256(), List.of());
        }
    }

    /** An annotation row of the post and the name of its label schema. */
    public record SchemaAnnotation(String schema, org.postlens.app.domain.Annotation annotation) {}

    /** Where else one image appears: the other posts showing it or a near copy, first seen first. */
    public record Elsewhere(long postId, String sha256, List<SimilarImage> matches) {}

    /** Says which words or n-grams pushed a prediction; blocking, called off the FX thread. */
    @FunctionalInterface
    public interface Explainer {
        List<Contribution> explain(StoredPrediction prediction, String text) throws Exception;

        static Explainer none() {
            return (prediction, text) -> List.of();
        }
    }

    /**
     * The explanations of the shown post's predictions, by task; a task is missing when its model is not among
     * the packs any more.
     */
    public record Explanations(long postId, Map<String, List<Contribution>> byTask, String problem) {}

    /** One line of the metadata grid; {@code link} when the value is a URL. */
    public record Field(String label, String value, boolean link) {}

    private final Project project;
    private final TaskExecutor executor;
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Elsewhere> elsewhere = new SimpleObjectProperty<>();
    private final ObjectProperty<Explanations> explanations = new SimpleObjectProperty<>();
    private final Explainer explainer;
    private long wanted = -1;

    public PostDetailViewModel(Project project, TaskExecutor executor) {
        this(project, executor, Explainer.none());
    }

    public PostDetailViewModel(Project project, TaskExecutor executor, Explainer explainer) {
        this.project = project;
        this.executor = executor;
        this.explainer = explainer;
    }

    /** Loads the shown post again, e.g. after OCR read its images or an analysis added predictions to it. */
    public void reload() {
        long shown = wanted;
        wanted = -1;
        if (shown >= 0) {
            show(shown);
        }
    }

    public void show(Long postId) {
        if (postId == null) {
            wanted = -1;
            detail.set(null);
            explanations.set(null);
            return;
        }
        if (postId == wanted && detail.get() != null) {
            return;
        }
        wanted = postId;
        elsewhere.set(null);
        explanations.set(null);
        BackgroundTask.of((progress, cancellation) -> project.posts().find(postId).map(this::load).orElse(null))
                .onSuccess(loaded -> {
                    if (wanted == postId) {
                        detail.set(loaded);
                        if (loaded != null && !loaded.predictions().isEmpty()) {
                            explain(loaded);
                        }
                    }
                })
                .onFailure(error -> {
                    if (wanted == postId) {
                        detail.set(null);
                    }
                })
                .start(executor);
    }

    private void explain(Detail loaded) {
        long postId = loaded.post().id();
        String text = loaded.post().text();
        BackgroundTask.of((progress, cancellation) -> {
                    Map<String, List<Contribution>> byTask = new java.util.LinkedHashMap<>();
                    for (StoredPrediction prediction : loaded.predictions()) {
                        cancellation.throwIfCancelled();
                        List<Contribution> pushedBy = explainer.explain(prediction, text);
                        if (!pushedBy.isEmpty()) {
                            byTask.put(prediction.task(), pushedBy);
                        }
                    }
                    return new Explanations(postId, byTask, null);
                })
                .onSuccess(found -> {
                    if (wanted == postId) {
                        explanations.set(found);
                    }
                })
                .onFailure(error -> {
                    if (wanted == postId) {
                        explanations.set(new Explanations(postId, Map.of(), "Cannot explain: " + (error.getMessage() == null
                                ? error.getClass().getSimpleName() : error.getMessage())));
                    }
                })
                .start(executor);
    }

    private Detail load(Post post) {
        List<Media> images = new ArrayList<>();
        Map<String, ImageText> texts = new HashMap<>();
        List<String> remote = new ArrayList<>();
        for (MediaRef ref : post.media()) {
            if (ref.sha256() != null) {
                project.media().find(ref.sha256()).ifPresent(images::add);
                project.imageTexts().find(ref.sha256()).ifPresent(text -> texts.put(ref.sha256(), text));
            } else if (ref.url() != null) {
                remote.add(ref.url());
            }
        }
        Map<String, List<Field>> imageFields = new java.util.HashMap<>();
        for (Media image : images) {
            project.images().find(image.sha256()).ifPresent(facts -> imageFields.put(image.sha256(), imageFields(facts)));
        }
        return new Detail(post, TextDirection.isMainlyRightToLeft(post.text()), images, remote, fields(post),
                pretty(post.raw()), List.copyOf(project.predictions().latest(post.id()).values()), imageFields,
                Map.copyOf(texts), annotations(post.id()));
    }

    private List<SchemaAnnotation> annotations(long postId) {
        List<org.postlens.app.domain.Annotation> rows = project.annotations().history(postId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        project.labelSchemas().all().forEach(schema -> names.put(schema.id(), schema.name()));
        return rows.stream().map(row -> new SchemaAnnotation(names.getOrDefault(row.schemaId(), "?"), row)).toList();
    }

    static List<Field> imageFields(StoredImageFacts facts) {
        ImageMetadata metadata = facts.metadata();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Camera", metadata.camera() == null ? "—" : metadata.camera(), false));
        fields.add(new Field("Software", metadata.software() == null ? "—" : metadata.software(), false));
        fields.add(new Field("Taken at", metadata.takenAt() == null ? "—" : metadata.takenAt(), false));
        fields.add(new Field("GPS", metadata.hasGps() ? metadata.gpsText() : "—", false));
        if (facts.problem() != null) {
            fields.add(new Field("Problem", facts.problem(), false));
        }
        fields.add(new Field("Tags", metadata.tags().size() + " read from the file", false));
        return fields;
    }

    /**
     * Looks for the other posts that show this image or a near copy of it (rescaled, cropped, captioned), in the
     * background; the answer lands in {@link #elsewhereProperty()} unless the selection has moved on.
     */
    public void findElsewhere(String sha256) {
        long postId = wanted;
        BackgroundTask.of((progress, cancellation) -> {
            List<SimilarImage> matches = new ArrayList<>();
            for (SimilarImage match : new ReusedImages(project).similarTo(sha256, PerceptualHash.DEFAULT_MAX_DISTANCE)) {
                List<Post> others = match.posts().stream().filter(other -> other.id() != postId).toList();
                if (!others.isEmpty()) {
                    matches.add(new SimilarImage(match.sha256(), match.distance(), others));
                }
            }
            return new Elsewhere(postId, sha256, matches);
        }).onSuccess(found -> {
            if (wanted == postId) {
                elsewhere.set(found);
            }
        }).start(executor);
    }

    public ReadOnlyObjectProperty<Elsewhere> elsewhereProperty() {
        return elsewhere;
    }

    private List<Field> fields(Post post) {
        Map<Long, ImportSource> sources = project.imports().sources().stream()
                .collect(Collectors.toMap(ImportSource::id, Function.identity(), (a, b) -> a));
        ImportSource source = sources.get(post.importSourceId());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Post id", post.sourceId(), false));
        if (post.platform() != null && !post.platform().isBlank()) {
            fields.add(new Field("Platform", post.platform(), false));
        }
        fields.add(new Field("Author", post.author() == null ? "—" : "@" + post.author(), false));
        fields.add(new Field("Date", post.createdAt() == null ? "unknown" : FULL_DATE.format(post.createdAt()), false));
        if (post.url() != null && !post.url().isBlank()) {
            fields.add(new Field("URL", post.url(), true));
        }
        fields.add(new Field("Engagement", String.format("%s likes · %s shares · %s replies · %s views",
                number(post.likes()), number(post.shares()), number(post.replies()), number(post.views())), false));
        fields.add(new Field("Language", language(post), false));
        fields.add(new Field("Imported from", (source == null ? "?" : source.fileName())
                + ", record " + String.format("%,d", post.recordNumber()), false));
        return fields;
    }

    /** "English (en)", "English (en), detected by Postlens" or "unknown". */
    static String language(Post post) {
        if (post.lang() == null) {
            return "unknown";
        }
        String named = LanguageCodes.displayName(post.lang()) + " (" + post.lang() + ")";
        return post.langDetected() ? named + ", detected by Postlens" : named + ", from the imported data";
    }

    private static String number(Long value) {
        return value == null ? "—" : String.format("%,d", value);
    }

    static String pretty(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(raw);
            return JSON.writeValueAsString(node);
        } catch (Exception notJson) {
            return raw;
        }
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public ReadOnlyObjectProperty<Explanations> explanationsProperty() {
        return explanations;
    }
}
