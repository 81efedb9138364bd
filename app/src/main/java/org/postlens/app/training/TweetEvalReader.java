package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postlens.resources.TaskDefinition;

/**
 * TweetEval (cardiffnlp/tweeteval): per task {@code {train,val}_{text,labels}.txt}, one tweet or label id a line,
 * and {@code mapping.txt} (id TAB name). Stance is one data set per target ({@code stance/abortion}, …): point at
 * the target's folder.
 */
final class TweetEvalReader implements DataSetReader {

    static final String FOLDER = "tweeteval";
    private static final String LICENCE = "TweetEval: released without restrictions; restrictions may apply to the "
            + "source data set (%s) and to Twitter content";
    private static final Map<String, String> SUBFOLDERS = Map.of("sentiment", "sentiment", "emoji", "emoji", "emotion", "emotion",
            "sarcasm", "irony", "offensive", "offensive", "hate", "hate", "stance", "stance");
    private static final Map<String, String> SOURCES = Map.of("sentiment", "SemEval-2017 Task 4A", "emoji", "SemEval-2018 Task 2",
            "emotion", "SemEval-2018 Task 1", "sarcasm", "SemEval-2018 Task 3", "offensive", "OLID / OffensEval 2019",
            "hate", "HatEval, SemEval-2019 Task 5", "stance", "SemEval-2016 Task 6");
    private static final Map<String, String> LABEL_NAMES = Map.of("non_irony", "not sarcastic", "irony", "sarcastic",
            "not-hate", "not hate speech", "hate", "hate speech", "not-offensive", "not offensive");

    private final TaskCatalog tasks;

    TweetEvalReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return insideTweetEval(folder) && SUBFOLDERS.containsKey(request.task()) && Languages.isOr(request, "en");
    }

    private static boolean insideTweetEval(Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null && p.getFileName() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals(FOLDER)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        TaskDefinition task = tasks.require(request.task());
        Path taskFolder = taskFolder(folder.toAbsolutePath().normalize(), request.task());
        String subset = request.task().equals("stance")
                ? "stance, target " + taskFolder.getFileName() : SUBFOLDERS.get(request.task());
        Map<String, String> mapping = mapping(taskFolder);
        DataSetBuilder builder = new DataSetBuilder(task, "en");
        read(taskFolder, "train", mapping, builder, true);
        read(taskFolder, "val", mapping, builder, false);
        String name = "TweetEval " + subset + " (cardiffnlp/tweeteval), train split";
        return builder.build(name, String.format(LICENCE, SOURCES.get(request.task())), "TweetEval's val split",
                request.seed());
    }

    private static Path taskFolder(Path folder, String task) {
        if (task.equals("stance")) {
            Path stance = folder.getFileName().toString().equals(FOLDER) ? folder.resolve("stance") : folder;
            if (Files.isRegularFile(stance.resolve("train_labels.txt"))) {
                return stance;
            }
            throw new UnsupportedDataException("TweetEval stance has one data set per target: use --data "
                    + stance.resolve("<target>") + " with a target of " + targets(stance));
        }
        return folder.getFileName().toString().equals(FOLDER) ? folder.resolve(SUBFOLDERS.get(task)) : folder;
    }

    private static List<String> targets(Path stance) {
        try (var entries = Files.list(stance)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of("abortion", "atheism", "climate", "feminist", "hillary");
        }
    }

    private static Map<String, String> mapping(Path taskFolder) throws IOException {
        Path file = taskFolder.resolve("mapping.txt");
        if (!Files.exists(file)) {
            file = taskFolder.resolveSibling("mapping.txt");
        }
        Map<String, String> mapping = new HashMap<>();
        for (String line : DataFiles.lines(file)) {
            String[] parts = line.split("\t");
            // emoji's mapping.txt has a third column (the emoji's name) and a trailing tab: the label is the emoji
            if (parts.length >= 2) {
                String name = parts[1].strip();
                mapping.put(parts[0].strip(), LABEL_NAMES.getOrDefault(name, name));
            }
        }
        return mapping;
    }

    static void read(Path folder, String split, Map<String, String> mapping, DataSetBuilder builder, boolean train)
            throws IOException {
        Path textFile = folder.resolve(split + "_text.txt");
        Path labelFile = folder.resolve(split + "_labels.txt");
        if (!Files.exists(textFile) || !Files.exists(labelFile)) {
            if (train) {
                throw new UnsupportedDataException(folder + " has no " + textFile.getFileName() + " and "
                        + labelFile.getFileName());
            }
            return;
        }
        List<String> texts = DataFiles.lines(textFile);
        List<String> labels = DataFiles.lines(labelFile);
        int rows = Math.max(texts.size(), labels.size());
        for (int i = 0; i < rows; i++) {
            String where = textFile.getFileName() + " line " + (i + 1);
            if (i >= texts.size() || i >= labels.size()) {
                builder.bad(where, "the text and label files have different lengths (" + texts.size() + " texts, "
                        + labels.size() + " labels)");
                continue;
            }
            String label = mapping.get(labels.get(i).strip());
            if (label == null) {
                builder.bad(where, "label id '" + labels.get(i).strip() + "' is not in mapping.txt");
                continue;
            }
            if (train) {
                builder.train(texts.get(i), List.of(label), where);
            } else {
                builder.validation(texts.get(i), List.of(label), where);
            }
        }
    }
}
