package org.postlens.app.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.postlens.resources.TaskDefinition;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.StratifiedSplit;
import org.postlens.runtime.train.TrainingData;

/**
 * Collects a data set's examples in a task's label schema, leaving out (and counting) rows without text or with
 * labels the schema lacks, and carves a seeded stratified validation split when the data set brings none.
 */
final class DataSetBuilder {

    /** The share of training data held out when a data set has no validation split of its own. */
    static final double VALIDATION_FRACTION = 0.1;
    private static final int MAX_EXAMPLES = 10;

    private final String task;
    private final String language;
    private final List<String> labels;
    private final boolean multiLabel;
    private final Set<String> known;
    private final List<LabelledText> train = new ArrayList<>();
    private final List<LabelledText> validation = new ArrayList<>();
    private final List<String> badExamples = new ArrayList<>();
    private int badRows;

    DataSetBuilder(String task, String language, List<String> labels, boolean multiLabel) {
        this.task = task;
        this.language = language;
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.known = new LinkedHashSet<>(labels);
    }

    DataSetBuilder(TaskDefinition definition, String language) {
        this(definition.id(), language, definition.labels(), definition.multiLabel());
    }

    void train(String text, List<String> rowLabels, String where) {
        add(train, text, rowLabels, where);
    }

    void validation(String text, List<String> rowLabels, String where) {
        add(validation, text, rowLabels, where);
    }

    /** Leaves out a row that could not be read. */
    void bad(String where, String reason) {
        badRows++;
        if (badExamples.size() < MAX_EXAMPLES) {
            badExamples.add(where + ": " + reason);
        }
    }

    private void add(List<LabelledText> split, String text, List<String> rowLabels, String where) {
        if (text == null || text.isBlank()) {
            bad(where, "no text");
            return;
        }
        if (!multiLabel && rowLabels.size() != 1) {
            bad(where, "expected one label, found " + rowLabels.size() + " " + rowLabels);
            return;
        }
        for (String label : rowLabels) {
            if (!known.contains(label)) {
                bad(where, "label '" + label + "' is not one of " + labels);
                return;
            }
        }
        split.add(new LabelledText(text.strip(), List.copyOf(new LinkedHashSet<>(rowLabels))));
    }

    boolean hasValidation() {
        return !validation.isEmpty();
    }

    /**
     * The data set; without a validation split of its own, {@link #VALIDATION_FRACTION} of the training rows,
     * stratified by label, seeded by {@code seed}.
     */
    LabelledDataSet build(String name, String licence, String ownValidation, long seed) {
        if (train.isEmpty()) {
            throw new UnsupportedDataException(name + ": no usable training rows (" + badRows + " left out"
                    + (badExamples.isEmpty() ? "" : ", e.g. " + badExamples.get(0)) + ")");
        }
        TrainingData data = new TrainingData(labels, multiLabel, train, validation);
        String note = ownValidation;
        if (validation.isEmpty()) {
            data = StratifiedSplit.of(labels, multiLabel, train, VALIDATION_FRACTION, seed);
            note = String.format("%.0f%% of the training rows, stratified by label, seed %d",
                    VALIDATION_FRACTION * 100, seed);
        }
        return new LabelledDataSet(name, licence, task, language, data, note, badRows, badExamples, false);
    }
}
