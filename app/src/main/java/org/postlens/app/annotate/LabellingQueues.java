package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.Run;
import org.postlens.app.store.Project;
import org.postlens.app.store.SqliteSavedFilterRepository.SavedFilter;

/** Opens the labelling queues of a project for one schema and annotator. */
public final class LabellingQueues {

    /** The seed of the random sample when the user gives none: the same sample for everyone on the project. */
    public static final long DEFAULT_SEED = 42;

    private final Project project;

    public LabellingQueues(Project project) {
        this.project = project;
    }

    /**
     * What a queue is to follow besides its kind.
     *
     * @param savedFilter the saved filter's name, for {@link QueueKind#SAVED_FILTER}
     * @param seed        the random sample's seed
     */
    public record Options(String savedFilter, long seed) {
        public static Options defaults() {
            return new Options(null, DEFAULT_SEED);
        }
    }

    /** @throws IllegalArgumentException with a message for the user when the queue cannot be followed */
    public LabellingQueue open(QueueKind kind, LabelSchema schema, String annotator, Options options) {
        return switch (kind) {
            case UNLABELLED -> unlabelled(schema, annotator);
            case UNCERTAIN -> uncertain(schema, annotator);
            case DISAGREEMENTS -> disagreements(schema);
            case RANDOM -> random(schema, annotator, options.seed());
            case SAVED_FILTER -> savedFilter(schema, annotator, options.savedFilter());
        };
    }

    /** The run whose predictions the "most uncertain" queue follows: the newest completed one for the schema. */
    public Optional<Run> uncertaintyRun(LabelSchema schema) {
        return schemaTasks(schema).stream().map(task -> project.runs().latestComplete(task))
                .flatMap(Optional::stream).max(java.util.Comparator.comparingLong(Run::id));
    }

    /** The prediction keys that answer a schema: its task, and its own name (active-learning runs use it). */
    public static List<String> schemaTasks(LabelSchema schema) {
        List<String> tasks = new ArrayList<>();
        if (schema.task() != null) {
            tasks.add(schema.task());
        }
        if (!tasks.contains(schema.name())) {
            tasks.add(schema.name());
        }
        return tasks;
    }

    private LabellingQueue unlabelled(LabelSchema schema, String annotator) {
        long[] after = {0};
        return new PagedQueue(QueueKind.UNLABELLED, limit -> {
            List<Long> page = project.annotations().unlabelledBy(schema.id(), annotator, after[0], limit);
            if (!page.isEmpty()) {
                after[0] = page.get(page.size() - 1);
            }
            return page;
        }, candidates -> candidates);
    }

    private LabellingQueue disagreements(LabelSchema schema) {
        long[] after = {0};
        return new PagedQueue(QueueKind.DISAGREEMENTS, limit -> {
            List<Long> page = project.annotations().disagreements(schema.id(), after[0], limit);
            if (!page.isEmpty()) {
                after[0] = page.get(page.size() - 1);
            }
            return page;
        }, candidates -> candidates);
    }

    private LabellingQueue uncertain(LabelSchema schema, String annotator) {
        Run run = uncertaintyRun(schema).orElseThrow(() -> new IllegalArgumentException(
                "No model run predicts '" + schema.name() + "' yet: analyse the posts with its task's model, or train"
                        + " a classifier from your labels, then the least confident predictions come first here."));
        // Active-learning runs store each prediction's uncertainty (right for multi-label schemas too); for other
        // runs the lowest top score is the least confident prediction.
        long[] ordered = ActiveLearningJob.RUN_KIND.equals(run.kind())
                ? project.activeLearning().postsByUncertainty(run.id())
                : project.predictions().postsByScore(run.id());
        return new PagedQueue(QueueKind.UNCERTAIN, positions(ordered.length, index -> ordered[(int) index]),
                unlabelledBy(schema, annotator));
    }

    private LabellingQueue random(LabelSchema schema, String annotator, long seed) {
        SeededPermutation shuffle = new SeededPermutation(project.posts().maxId(), seed);
        // Post ids start at 1; ids of deleted posts are dropped by the filter.
        return new PagedQueue(QueueKind.RANDOM, positions(shuffle.size(), index -> shuffle.at(index) + 1),
                unlabelledBy(schema, annotator));
    }

    private LabellingQueue savedFilter(LabelSchema schema, String annotator, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Choose a saved filter: save the table's search and filters first"
                    + " (Annotate \u25B8 Save the table's filter for labelling).");
        }
        SavedFilter saved = project.savedFilters().find(name).orElseThrow(() -> new IllegalArgumentException(
                "No saved filter named '" + name + "' in this project."));
        PostQuery query = PostQueryJson.read(saved.queryJson());
        long[] offset = {0};
        return new PagedQueue(QueueKind.SAVED_FILTER, limit -> {
            List<Long> page = project.posts().page(query, offset[0], limit).stream().map(PostRow::id).toList();
            offset[0] += page.size();
            return page;
        }, unlabelledBy(schema, annotator));
    }

    private PagedQueue.Filter unlabelledBy(LabelSchema schema, String annotator) {
        return candidates -> project.annotations().unlabelledAmong(schema.id(), annotator, candidates);
    }

    private interface Position {
        long postAt(long index);
    }

    private static PagedQueue.Source positions(long size, Position postAt) {
        long[] next = {0};
        return limit -> {
            List<Long> page = new ArrayList<>(limit);
            while (page.size() < limit && next[0] < size) {
                page.add(postAt.postAt(next[0]++));
            }
            return page;
        };
    }
}
