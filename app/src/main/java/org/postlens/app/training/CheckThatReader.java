package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.postlens.resources.TaskDefinition;

/**
 * CLEF-2024 CheckThat! Task 1 (check-worthiness): per language folder {@code CT24_checkworthy_<lang>_train.tsv}
 * and {@code _dev.tsv}, tab-separated without quoting (texts contain quotes), label Yes/No.
 */
final class CheckThatReader implements DataSetReader {

    static final String FOLDER = "checkthat2024-task1";
    private static final String LICENCE = "Not stated in the GitHub mirrors it was copied from; the CheckThat! lab "
            + "releases its data for research";
    private static final Map<String, String> LABELS = Map.of("yes", "check-worthy", "no", "not check-worthy");

    private final TaskCatalog tasks;

    CheckThatReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return request.task().equals("checkworthiness") && (folder.getFileName().toString().startsWith("checkthat")
                || folder.getParent() != null && folder.getParent().getFileName().toString().startsWith("checkthat"));
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        TaskDefinition task = tasks.require("checkworthiness");
        String language = request.language();
        Path languageFolder = folder;
        if (folder.getFileName().toString().startsWith("checkthat")) {
            if (language == null) {
                throw new UnsupportedDataException("CheckThat! 2024 has one data set per language: give --lang (ar, en, nl)");
            }
            languageFolder = folder.resolve(Languages.FOLDER_NAMES.getOrDefault(language, language));
        } else {
            String name = folder.getFileName().toString();
            language = Languages.FOLDER_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).findFirst().orElse(language);
        }
        String folderName = languageFolder.getFileName().toString();
        Path train = languageFolder.resolve("CT24_checkworthy_" + folderName + "_train.tsv");
        Path dev = languageFolder.resolve("CT24_checkworthy_" + folderName + "_dev.tsv");
        if (!Files.exists(train)) {
            throw new UnsupportedDataException("CheckThat! 2024 has no training file for language '" + language
                    + "' (looked for " + train + ")");
        }
        DataSetBuilder builder = new DataSetBuilder(task, language);
        read(train, builder, true);
        if (Files.exists(dev)) {
            read(dev, builder, false);
        }
        return builder.build("CheckThat! 2024 Task 1 " + folderName + ", " + train.getFileName(), LICENCE,
                "CheckThat! 2024's dev split (" + dev.getFileName() + ")", request.seed());
    }

    private static void read(Path file, DataSetBuilder builder, boolean train) throws IOException {
        List<String> lines = DataFiles.lines(file);
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int text = header.contains("tweet_text") ? header.indexOf("tweet_text") : header.indexOf("Text");
        int label = header.indexOf("class_label");
        if (text < 0 || label < 0) {
            throw new UnsupportedDataException(file + ": expected a header with tweet_text (or Text) and class_label");
        }
        for (int i = 1; i < lines.size(); i++) {
            String where = file.getFileName() + " line " + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != header.size()) {
                builder.bad(where, "expected " + header.size() + " tab-separated fields, found " + fields.length);
                continue;
            }
            String value = LABELS.get(fields[label].strip().toLowerCase());
            if (value == null) {
                builder.bad(where, "class_label '" + fields[label].strip() + "' is neither Yes nor No");
                continue;
            }
            String textValue = DataFiles.unquote(fields[text]);
            if (train) {
                builder.train(textValue, List.of(value), where);
            } else {
                builder.validation(textValue, List.of(value), where);
            }
        }
    }
}
