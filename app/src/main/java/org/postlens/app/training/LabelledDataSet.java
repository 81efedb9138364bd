package org.postlens.app.training;

import java.util.List;
import org.postlens.runtime.train.TrainingData;

/**
 * A labelled data set read for one task and language, ready for training.
 *
 * @param name           what the data is, for the model card (e.g. "TweetEval irony, train split; validation: val split")
 * @param licence        the licence as its source states it
 * @param validationNote where the validation split came from (the data set's own, or carved with a seed)
 * @param badRows        rows left out because they could not be read; {@link #badRowExamples} shows a few
 * @param taskDataSet    true when this is the data set the task definitions name for the task and language, so
 *                       that the published reference figures there are about this data
 */
public record LabelledDataSet(String name, String licence, String task, String language, TrainingData data,
                              String validationNote, int badRows, List<String> badRowExamples, boolean taskDataSet) {

    public LabelledDataSet {
        badRowExamples = List.copyOf(badRowExamples);
    }

    LabelledDataSet asTaskDataSet() {
        return new LabelledDataSet(name, licence, task, language, data, validationNote, badRows, badRowExamples, true);
    }
}
