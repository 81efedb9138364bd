package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.multitask.StratifiedCap;
import org.postlens.runtime.multitask.TaskData;
import org.postlens.runtime.train.TrainingData;

/**
 * The English tasks of a multi-task run, each read from the data set its shipped pack learns from in the folder of
 * all data sets, its training split capped (stratified) as LlamaLens capped each data set. {@code stance} stands
 * for every target the data holds ({@code stance:abortion}, …), each a task with its own head.
 */
public final class MultiTaskDataSets {

    private static final String LANGUAGE = "en";
    private static final String STANCE = "stance";
    /** Data folders whose target the shipped stance packs (and so analysis) name otherwise. */
    private static final java.util.Map<String, String> TARGET_BY_FOLDER = java.util.Map.of("feminist", "feminism");

    private final TaskDefinitions definitions;

    public MultiTaskDataSets(TaskDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The folder name of the shipped English pack for a task of a run ({@code stance:feminism} → {@code stance-feminist-en}). */
    public static String shippedPackId(String taskName) {
        String name = taskName;
        if (name.startsWith(STANCE + ":")) {
            String target = name.substring(STANCE.length() + 1);
            name = STANCE + ":" + TARGET_BY_FOLDER.entrySet().stream().filter(e -> e.getValue().equals(target))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(target);
        }
        return name.replace(':', '-') + "-" + LANGUAGE;
    }

    /** A task read for the run, with where it came from for the card. */
    public record Read(TaskData task, LabelledDataSet source, int trainBeforeCap) {}

    /**
     * @param names task ids, {@code stance} or {@code stance:TARGET}
     * @param dataDir the folder of all data sets (as {@code shared/data})
     * @param trainCap most training examples per data set
     * @param validationCap most validation examples per data set (validation runs every epoch)
     */
    public List<Read> read(List<String> names, Path dataDir, int trainCap, int validationCap, long seed) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new UnsupportedDataException("--data must be the folder of all data sets (as shared/data), not " + dataDir);
        }
        TaskCatalog catalog = new TaskCatalog(definitions);
        Set<String> expanded = new LinkedHashSet<>();
        for (String name : names) {
            String id = name.strip();
            if (id.equals(STANCE)) {
                stanceTargets(dataDir).forEach(folder -> expanded.add(STANCE + ":" + TARGET_BY_FOLDER.getOrDefault(folder, folder)));
            } else {
                expanded.add(id);
            }
        }
        List<Read> tasks = new ArrayList<>();
        TrainingDataSources sources = new TrainingDataSources(definitions);
        for (String name : expanded) {
            String id = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            TaskDefinition definition = catalog.require(id);
            String shipped = TrainingDataSources.SHIPPED.get(id + "/" + LANGUAGE);
            if (shipped == null) {
                throw new UnsupportedDataException("task '" + id + "' has no English data set to train on");
            }
            Path folder = dataDir.resolve(shipped);
            if (name.contains(":")) {
                if (!id.equals(STANCE)) {
                    throw new UnsupportedDataException("only stance has targets: " + name);
                }
                String target = name.substring(name.indexOf(':') + 1);
                String targetFolder = TARGET_BY_FOLDER.entrySet().stream().filter(e -> e.getValue().equals(target))
                        .map(java.util.Map.Entry::getKey).findFirst().orElse(target);
                folder = folder.resolve(targetFolder);
            }
            LabelledDataSet set = sources.read(folder, null, new DataSetRequest(id, LANGUAGE, seed));
            TrainingData data = set.data();
            TrainingData capped = new TrainingData(data.labels(), data.multiLabel(),
                    StratifiedCap.of(data.train(), trainCap, seed), StratifiedCap.of(data.validation(), validationCap, seed));
            tasks.add(new Read(new TaskData(name, shipped.split("/")[0], definition.metricFor(LANGUAGE), capped), set,
                    data.train().size()));
        }
        return tasks;
    }

    private static List<String> stanceTargets(Path dataDir) throws IOException {
        Path stance = dataDir.resolve(TrainingDataSources.SHIPPED.get(STANCE + "/" + LANGUAGE));
        if (!Files.isDirectory(stance)) {
            throw new UnsupportedDataException("no stance data in " + stance);
        }
        try (Stream<Path> entries = Files.list(stance)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
