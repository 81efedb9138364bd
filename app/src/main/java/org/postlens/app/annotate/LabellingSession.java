package org.postlens.app.annotate;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.store.Project;

/**
 * One annotator labelling one schema through one queue: where they are, the posts they have seen (to go back),
 * the labels they gave (to undo), and their pace. Every label is written at once, in its own transaction, so that
 * closing the project or a crash loses none.
 */
public final class LabellingSession {

    private final Project project;
    private final LabelSchema schema;
    private final String annotator;
    private final LabellingQueue queue;
    private final boolean adjudicating;
    private final List<Long> seen = new ArrayList<>();
    /** Index into {@link #seen}; {@code seen.size()} once the queue is exhausted. */
    private int position = -1;
    private final Deque<Annotation> given = new ArrayDeque<>();
    private final Throughput throughput;
    private int skipped;

    public LabellingSession(Project project, LabelSchema schema, String annotator, LabellingQueue queue, Clock clock) {
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("labelling needs the annotator's name");
        }
        this.project = project;
        this.schema = schema;
        this.annotator = annotator.strip();
        this.queue = queue;
        this.adjudicating = queue.kind() == QueueKind.DISAGREEMENTS;
        this.throughput = new Throughput(clock);
    }

    public LabelSchema schema() {
        return schema;
    }

    public String annotator() {
        return annotator;
    }

    public QueueKind kind() {
        return queue.kind();
    }

    /** True in the disagreements queue: the labels given are adjudications, kept beside the annotators' own. */
    public boolean adjudicating() {
        return adjudicating;
    }

    /** The post shown now; empty before the first step and once the queue is done. */
    public OptionalLong current() {
        return position >= 0 && position < seen.size() ? OptionalLong.of(seen.get(position)) : OptionalLong.empty();
    }

    /** Forward: to the post seen after this one, or the queue's next. */
    public OptionalLong next() {
        if (position + 1 < seen.size()) {
            position++;
            return current();
        }
        if (position == seen.size()) {
            return current();
        }
        OptionalLong next = queue.next();
        if (next.isPresent()) {
            seen.add(next.getAsLong());
        }
        position = seen.size() - (next.isPresent() ? 1 : 0);
        return current();
    }

    /** Back to the post seen before this one (stays on the first). */
    public OptionalLong previous() {
        if (position > 0) {
            position--;
        }
        return current();
    }

    /** Leaves the post unlabelled and goes on. */
    public OptionalLong skip() {
        if (current().isPresent()) {
            skipped++;
        }
        return next();
    }

    /**
     * Gives the post shown these labels (with a note and tags), superseding the annotator's earlier ones on it.
     *
     * @throws IllegalStateException when no post is shown
     */
    public Annotation label(List<String> labels, String note, List<String> tags) {
        long postId = current().orElseThrow(() -> new IllegalStateException("no post is shown"));
        Annotation stored = project.annotations().add(schema, new NewAnnotation(postId, schema.id(), annotator, labels,
                note, tags, adjudicating ? AnnotationOrigin.ADJUDICATION : AnnotationOrigin.MANUAL));
        given.push(stored);
        throughput.labelled();
        return stored;
    }

    public boolean canUndo() {
        return !given.isEmpty();
    }

    /**
     * Takes back the last label given in this session: the labels it superseded stand again (a new row), or, when
     * it was the first on its post, a retraction leaves the post unlabelled. The session moves to that post.
     *
     * @return the post whose label was taken back; empty when nothing was given in this session
     */
    public OptionalLong undo() {
        Annotation last = given.poll();
        if (last == null) {
            return OptionalLong.empty();
        }
        Optional<Annotation> before = last.supersedes() == null ? Optional.empty()
                : project.annotations().find(last.supersedes());
        if (before.isPresent() && before.get().action() == AnnotationAction.LABEL) {
            Annotation earlier = before.get();
            project.annotations().add(schema, new NewAnnotation(last.postId(), schema.id(), annotator, earlier.labels(),
                    earlier.note(), earlier.tags(), earlier.origin()));
        } else {
            project.annotations().retract(schema.id(), last.postId(), annotator, adjudicating);
        }
        throughput.undone();
        moveTo(last.postId());
        return OptionalLong.of(last.postId());
    }

    private void moveTo(long postId) {
        int index = seen.lastIndexOf(postId);
        if (index < 0) {
            seen.add(postId);
            index = seen.size() - 1;
        }
        position = index;
    }

    public Throughput throughput() {
        return throughput;
    }

    public int skipped() {
        return skipped;
    }

    /** How many posts this annotator has a standing label on in the schema (all sessions). */
    public long labelledByAnnotator() {
        return project.annotations().countLabelledBy(schema.id(), annotator);
    }
}
