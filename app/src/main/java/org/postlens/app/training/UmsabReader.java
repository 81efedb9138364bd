package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.postlens.resources.TaskDefinition;

/**
 * XLM-T's UMSAB (cardiffnlp/xlm-t): 3-way tweet sentiment per language folder ({@code arabic}, {@code hindi}, …),
 * files as TweetEval's, labels 0 negative, 1 neutral, 2 positive. The Hindi tweets are romanised, code-mixed.
 */
final class UmsabReader implements DataSetReader {

    static final String FOLDER = "xlm-t-umsab";
    private static final String LICENCE = "XLM-T code Apache-2.0; restrictions may apply to the source data sets "
            + "(SemEval-2017 Task 4 for Arabic and English, SAIL 2015 for Hindi, …) and to Twitter content";
    private static final Map<String, String> LABELS = Map.of("0", "negative", "1", "neutral", "2", "positive");

    private final TaskCatalog tasks;

    UmsabReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return request.task().equals("sentiment") && (folder.getFileName().toString().equals(FOLDER)
                || folder.getParent() != null && folder.getParent().getFileName().toString().equals(FOLDER));
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        TaskDefinition task = tasks.require("sentiment");
        Path languageFolder = folder;
        String language = request.language();
        if (folder.getFileName().toString().equals(FOLDER)) {
            if (language == null) {
                throw new UnsupportedDataException("UMSAB has one data set per language: give --lang (ar, en, hi, fr, de, it, pt, es)");
            }
            String name = Languages.FOLDER_NAMES.get(language);
            if (name == null || !Files.isDirectory(folder.resolve(name))) {
                throw new UnsupportedDataException("UMSAB has no data for language '" + language + "'");
            }
            languageFolder = folder.resolve(name);
        } else if (language == null) {
            String name = folder.getFileName().toString();
            language = Languages.FOLDER_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).findFirst().orElse(name);
        }
        DataSetBuilder builder = new DataSetBuilder(task, language);
        TweetEvalReader.read(languageFolder, "train", LABELS, builder, true);
        TweetEvalReader.read(languageFolder, "val", LABELS, builder, false);
        return builder.build("XLM-T UMSAB " + languageFolder.getFileName() + " (cardiffnlp/xlm-t), train split",
                LICENCE, "UMSAB's val split", request.seed());
    }
}
