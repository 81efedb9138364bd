package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * OLID v1.0 (OffensEval 2019, English): {@code olid-training-v1.0.tsv} with columns id, tweet, subtask_a (OFF/NOT),
 * … Subtask A is the offensive task; there is no validation split here, so one is carved. (TweetEval offensive is
 * the same data with a validation split.)
 */
final class OlidReader implements DataSetReader {

    static final String FOLDER = "olid-offenseval2019-en";
    private static final String LICENCE = "Not stated in the copy; OLID is distributed by its authors for research "
            + "(CC-BY 4.0 per the OLID site, unverified)";
    private static final Map<String, String> LABELS = Map.of("OFF", "offensive", "NOT", "not offensive");

    private final TaskCatalog tasks;

    OlidReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("olid") && request.task().equals("offensive")
                && Languages.isOr(request, "en");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require("offensive"), "en");
        Path file = folder.resolve("olid-training-v1.0.tsv");
        List<String> lines = DataFiles.lines(file);
        for (int i = 1; i < lines.size(); i++) {
            String where = file.getFileName() + " line " + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length < 3) {
                builder.bad(where, "expected id, tweet and subtask_a separated by tabs");
                continue;
            }
            String label = LABELS.get(fields[2].strip());
            if (label == null) {
                builder.bad(where, "subtask_a '" + fields[2].strip() + "' is neither OFF nor NOT");
                continue;
            }
            builder.train(fields[1], List.of(label), where);
        }
        return builder.build("OLID v1.0 subtask A (OffensEval 2019), olid-training-v1.0.tsv", LICENCE, null,
                request.seed());
    }
}
