package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.postlens.resources.TaskDefinitions;

/**
 * Finds and reads the labelled data for a task: one of the public data sets Postlens knows (a folder as in
 * {@code shared/data}, or that whole folder, from which the data set for the task and language is chosen), or a
 * user's own file.
 */
public final class TrainingDataSources {

    /** The data set each shipped pack learns from, under the shared data folder, by task and language. */
    static final Map<String, String> SHIPPED = Map.ofEntries(
            Map.entry("sentiment/en", SemEval2017SentimentReader.FOLDER),
            Map.entry("sentiment/ar", UmsabReader.FOLDER),
            Map.entry("sentiment/hi", UmsabReader.FOLDER),
            Map.entry("emoji/en", TweetEvalReader.FOLDER),
            Map.entry("emotion/en", TweetEvalReader.FOLDER),
            Map.entry("sarcasm/en", TweetEvalReader.FOLDER),
            Map.entry("sarcasm/ar", ArSarcasmReader.FOLDER),
            Map.entry("stance/en", TweetEvalReader.FOLDER + "/stance"),
            Map.entry("offensive/en", TweetEvalReader.FOLDER),
            Map.entry("offensive/ar", Osact4Reader.FOLDER),
            Map.entry("hate/en", TweetEvalReader.FOLDER),
            Map.entry("hate/ar", Osact4Reader.FOLDER),
            Map.entry("hostility/hi", ConstraintHindiReader.FOLDER),
            Map.entry("checkworthiness/en", CheckThatReader.FOLDER),
            Map.entry("checkworthiness/ar", CheckThatReader.FOLDER),
            Map.entry("truthfulness/en", LiarReader.FOLDER),
            Map.entry("propaganda/en", PropagandaReader.FOLDER),
            Map.entry("topic/en", AgNewsReader.FOLDER));

    private final TaskDefinitions definitions;
    private final List<DataSetReader> readers;

    public TrainingDataSources(TaskDefinitions definitions) {
        this.definitions = definitions;
        TaskCatalog tasks = new TaskCatalog(definitions);
        this.readers = List.of(new TweetEvalReader(tasks), new SemEval2017SentimentReader(tasks), new UmsabReader(tasks),
                new ArSarcasmReader(tasks), new CheckThatReader(tasks), new OlidReader(tasks), new Osact4Reader(tasks),
                new LhsabReader(tasks), new MlmaReader(tasks), new ConstraintHindiReader(tasks), new LiarReader(tasks),
                new PropagandaReader(tasks), new AgNewsReader(tasks));
    }

    /**
     * @param data       a data set folder, the folder of all data sets, or a file of the user's own
     * @param validation for a file of the user's own, a validation file; null to carve one (seeded)
     */
    public LabelledDataSet read(Path data, Path validation, DataSetRequest request) throws IOException {
        if (Files.isRegularFile(data)) {
            if (request.language() == null) {
                throw new UnsupportedDataException("say which language the texts of " + data.getFileName()
                        + " are in with --lang (en, ar, hi, …)");
            }
            return new UserFileReader(definitions).read(data, validation, request.task(), request.language(),
                    request.seed());
        }
        if (!Files.isDirectory(data)) {
            throw new UnsupportedDataException("no such file or folder: " + data);
        }
        new TaskCatalog(definitions).require(request.task());
        Path folder = data.toAbsolutePath().normalize();
        if (validation != null) {
            throw new UnsupportedDataException("--validation is for a file of your own: a public data set brings its "
                    + "own validation split, or one is carved from it");
        }
        Path shipped = shippedFolder(folder, request);
        if (shipped != null) {
            folder = shipped;
        }
        for (DataSetReader reader : readers) {
            if (reader.serves(folder, request)) {
                LabelledDataSet set = reader.read(folder, request);
                return isTaskDataSet(folder, set) ? set.asTaskDataSet() : set;
            }
        }
        throw new UnsupportedDataException("no reader for task '" + request.task() + "'"
                + (request.language() == null ? "" : " in language '" + request.language() + "'") + " in " + folder
                + "; known data sets: tweeteval, semeval2017-task4a-en, xlm-t-umsab, arsarcasm-v2, checkthat2024-task1, "
                + "olid-offenseval2019-en, osact4-arabic-offensive, l-hsab-levantine, mlma-hate-speech-ar-en-fr, "
                + "constraint2021-hindi-hostility, liar, semeval2021-task6-propaganda-memes, ag-news");
    }

    /** Whether {@code folder} is (inside) the data set the shipped pack for the task and language learns from. */
    private static boolean isTaskDataSet(Path folder, LabelledDataSet set) {
        String shipped = SHIPPED.get(set.task() + "/" + set.language());
        if (shipped == null) {
            return false;
        }
        String dataSet = shipped.split("/")[0];
        for (Path part : folder) {
            if (part.toString().equals(dataSet)) {
                return true;
            }
        }
        return false;
    }

    /** Inside the folder of all data sets, the one a shipped pack uses for the task and language; else null. */
    private static Path shippedFolder(Path folder, DataSetRequest request) {
        String relative = SHIPPED.get(request.task() + "/" + (request.language() == null ? "en" : request.language()));
        if (relative == null || !Files.isDirectory(folder.resolve(relative))) {
            return null;
        }
        return folder.resolve(relative);
    }
}
