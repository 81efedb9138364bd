package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * AG News (news topic, 4 classes): {@code train*.csv}, CSV without header: class index 1-4, title, description.
 * The text is the title and the description; a backslash in them stands for a line break in the original.
 * There is no validation split here, so one is carved.
 */
final class AgNewsReader implements DataSetReader {

    static final String FOLDER = "ag-news";
    private static final String LICENCE = "Provided by the academic community for research and other non-commercial "
            + "use (AG News readme)";
    private static final Map<String, String> LABELS = Map.of("1", "world", "2", "sports", "3", "business",
            "4", "science and technology");

    private final TaskCatalog tasks;

    AgNewsReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("ag") && request.task().equals("topic")
                && Languages.isOr(request, "en");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        Path file;
        try (Stream<Path> entries = Files.list(folder)) {
            file = entries.filter(p -> p.getFileName().toString().startsWith("train")
                    && p.getFileName().toString().endsWith(".csv")).sorted().findFirst()
                    .orElseThrow(() -> new UnsupportedDataException(folder + " holds no train*.csv"));
        }
        DataSetBuilder builder = new DataSetBuilder(tasks.require("topic"), "en");
        DataFiles.csv(file, CSVFormat.RFC4180, (number, record) -> {
            String where = DataFiles.where(file, number);
            if (record.size() != 3) {
                builder.bad(where, "expected class, title and description, found " + record.size() + " fields");
                return;
            }
            String label = LABELS.get(record.get(0).strip());
            if (label == null) {
                builder.bad(where, "class '" + record.get(0).strip() + "' is not 1-4");
                return;
            }
            String text = (record.get(1).strip() + "\n" + record.get(2).strip()).replace('\\', ' ');
            builder.train(text, List.of(label), where);
        }, builder::bad);
        return builder.build("AG News, " + file.getFileName(), LICENCE, null, request.seed());
    }
}
