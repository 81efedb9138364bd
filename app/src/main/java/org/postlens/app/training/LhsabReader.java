package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * L-HSAB (Levantine Arabic tweets): {@code L-HSAB.tsv}, header Tweet TAB Class, classes normal, abusive, hate. A
 * few tweets run over several lines, some quoted and some not, so a record ends at the line holding the tab.
 * Serves hate (hate against the rest) and offensive (abusive or hate against normal). No split is given, so a validation split is carved.
 */
final class LhsabReader implements DataSetReader {

    static final String FOLDER = "l-hsab-levantine";
    private static final String LICENCE = "None stated in the copy (motazsaad/arabic-hatespeech-data); research data "
            + "of Mulki et al., ALW3 2019";
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "hate", Map.of("normal", "not hate speech", "abusive", "not hate speech", "hate", "hate speech"),
            "offensive", Map.of("normal", "not offensive", "abusive", "offensive", "hate", "offensive"));

    private static final int MAX_LINES_PER_TWEET = 20;

    private final TaskCatalog tasks;

    LhsabReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().toLowerCase().startsWith("l-hsab") && LABELS.containsKey(request.task())
                && Languages.isOr(request, "ar");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require(request.task()), "ar");
        Map<String, String> labels = LABELS.get(request.task());
        Path file = folder.resolve("L-HSAB.tsv");
        List<String> lines = DataFiles.lines(file);
        StringBuilder pending = new StringBuilder();
        int startLine = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (pending.isEmpty()) {
                startLine = i + 1;
            } else {
                pending.append('\n');
            }
            pending.append(lines.get(i));
            int tab = pending.lastIndexOf("\t");
            String where = file.getFileName() + " line " + startLine;
            if (tab < 0) {
                if (i + 1 - startLine >= MAX_LINES_PER_TWEET) {
                    builder.bad(where, "no tab-separated class within " + MAX_LINES_PER_TWEET + " lines");
                    pending.setLength(0);
                }
                continue; // a tweet over several lines
            }
            String label = labels.get(pending.substring(tab + 1).strip().toLowerCase());
            if (label == null) {
                builder.bad(where, "unknown class '" + pending.substring(tab + 1).strip() + "'");
            } else {
                builder.train(DataFiles.unquote(pending.substring(0, tab)), List.of(label), where);
            }
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            builder.bad(file.getFileName() + " line " + startLine, "the file ends inside a tweet");
        }
        return builder.build("L-HSAB Levantine hate speech and abusive language, L-HSAB.tsv ("
                + (request.task().equals("hate") ? "hate against normal and abusive" : "abusive or hate against normal")
                + ")", LICENCE, null, request.seed());
    }
}
