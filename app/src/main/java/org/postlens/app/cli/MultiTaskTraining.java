package org.postlens.app.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.training.MultiTaskDataSets;
import org.postlens.app.training.UnsupportedDataException;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.MiniLmPretrained;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.multitask.MultiTaskPack;
import org.postlens.runtime.multitask.MultiTaskProgress;
import org.postlens.runtime.multitask.MultiTaskSettings;
import org.postlens.runtime.multitask.MultiTaskTrainer;
import org.postlens.runtime.multitask.Ordering;
import org.postlens.runtime.multitask.PackTask;
import org.postlens.runtime.multitask.TaskData;
import org.postlens.runtime.multitask.TextTokens;

/**
 * {@code train --multitask}: reads the English tasks, fine-tunes one encoder on all of them (with each ordering, for
 * {@code --ordering all}, keeping the best on validation), and writes the multi-task pack with its card beside the
 * shipped packs' figures for the same tasks.
 */
final class MultiTaskTraining {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainCommand options;

    MultiTaskTraining(TrainCommand options) {
        this.options = options;
    }

    int run() throws IOException {
        PrintWriter out = options.spec.commandLine().getOut();
        PrintWriter err = options.spec.commandLine().getErr();
        if (options.tasks == null || options.tasks.isEmpty()) {
            throw new UserError("--multitask needs --tasks (e.g. sentiment,emotion,sarcasm,offensive,hate,stance)");
        }
        if (options.task != null || options.target != null) {
            throw new UserError("--multitask takes --tasks, not --task or --target");
        }
        checkOut(options.out);
        List<Ordering> orderings = orderings(options.ordering);
        MultiTaskSettings settings = settings(orderings.get(0));
        if (options.cap < 1 || options.validationCap < 1) {
            throw new UserError("--cap and --validation-cap must be at least 1");
        }
        if (options.compareCap != null && (options.compareCap < 1 || orderings.size() < 2)) {
            throw new UserError("--compare-cap needs --ordering all and a number of at least 1");
        }
        List<MultiTaskDataSets.Read> read = read(options.cap);
        List<TaskData> tasks = read.stream().map(MultiTaskDataSets.Read::task).toList();
        for (MultiTaskDataSets.Read task : read) {
            err.printf("%-18s %,7d training (of %,d) and %,6d validation examples, %d labels%s, %s%n", task.task().name(),
                    task.task().data().train().size(), task.trainBeforeCap(), task.task().data().validation().size(),
                    task.task().data().labels().size(), task.task().data().multiLabel() ? " (multi-label)" : "",
                    task.task().metric());
        }
        err.flush();
        Path cache = AppDirectories.fromEnvironment().cache();
        RuntimeEnvironment.configure(cache);
        Device device = DeviceSelection.select(options.encoderOptions.device, Engine.getEngine("PyTorch").getGpuCount());
        Path work = options.work != null ? options.work
                : options.out.toAbsolutePath().resolveSibling(options.out.getFileName() + ".training");
        Map<Ordering, MultiTaskTrainer.Result> compared = new LinkedHashMap<>();
        Map<Ordering, MultiTaskTrainer.Result> results = new LinkedHashMap<>();
        try (var tokenizer = MiniLmPretrained.tokenizer(cache, settings.maxTokens());
                CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            if (options.compareCap != null) {
                List<TaskData> sample = read(options.compareCap).stream().map(MultiTaskDataSets.Read::task).toList();
                for (Ordering ordering : orderings) {
                    Path runWork = work.resolve("compare-" + ordering.name().toLowerCase(Locale.ROOT));
                    err.printf("comparing ordering %s on at most %,d examples per data set, 1 epoch, checkpoints in %s%n",
                            ordering, options.compareCap, runWork);
                    compared.put(ordering, new MultiTaskTrainer(settings(ordering).withEpochs(1)).train(sample,
                            manager -> MiniLmPretrained.block(cache, manager), TextTokens.of(tokenizer), device, runWork,
                            options.resume, progress(err), interrupt.token()::isCancelled));
                }
                orderings = List.of(bestOf(compared));
            }
            for (Ordering ordering : orderings) {
                MultiTaskSettings run = settings(ordering);
                Path runWork = orderings.size() == 1 ? work : work.resolve(ordering.name().toLowerCase(Locale.ROOT));
                err.printf("training with ordering %s, checkpoints in %s%n", ordering, runWork);
                results.put(ordering, new MultiTaskTrainer(run).train(tasks, manager -> MiniLmPretrained.block(cache, manager),
                        TextTokens.of(tokenizer), device, runWork, options.resume, progress(err), interrupt.token()::isCancelled));
            }
        } catch (CancellationException e) {
            throw new JobCancelledException();
        } catch (ModelRuntimeException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        Ordering bestOrdering = bestOf(results);
        MultiTaskTrainer.Result best = results.get(bestOrdering);
        List<PackTask> packTasks = new ArrayList<>();
        for (TaskData task : tasks) {
            packTasks.add(new PackTask(task.name(), task.data().labels(), task.data().multiLabel(), task.dataSet(),
                    task.metric(), best.best().validation().get(task.name())));
        }
        MultiTaskPack.Description description = new MultiTaskPack.Description(MiniLmTextEncoder.MODEL_ID, 128, packTasks,
                notes(read, settings, compared, results, bestOrdering));
        MultiTaskPack.write(options.out, MultiTaskPack.readTrainedWeights(best.bestWeights()),
                MultiTaskPack.baseWeights(manager -> MiniLmPretrained.block(cache, manager)), description);
        Files.writeString(options.out.resolve(MultiTaskPack.CARD), MultiTaskComparison.markdown(packTasks),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long bytes;
        try (Stream<Path> files = Files.list(options.out)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        for (PackTask task : packTasks) {
            out.printf("%-18s validation %-22s %.4f%n", task.name(), task.metric(), task.validation());
        }
        out.printf("Wrote the multi-task pack (ordering %s, epoch %d of %d, %.1f MB) to %s%n", bestOrdering,
                best.best().epoch(), settings.epochs(), bytes / 1e6, options.out);
        out.println(json(best, bestOrdering, compared.isEmpty() ? results : compared, packTasks, bytes));
        out.flush();
        return ExitCodes.OK;
    }

    private List<MultiTaskDataSets.Read> read(int cap) throws IOException {
        try {
            return new MultiTaskDataSets(TaskDefinitions.shipped()).read(options.tasks, options.data, cap,
                    options.validationCap, options.seed);
        } catch (UnsupportedDataException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Ordering bestOf(Map<Ordering, MultiTaskTrainer.Result> results) {
        return results.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.best().mean(), b.best().mean())))
                .orElseThrow().getKey();
    }

    /** A new or empty folder, or a multi-task pack written before (its files are replaced); nothing else. */
    private static void checkOut(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("--out must name a folder for the pack, not the file " + folder);
        }
        List<String> ours = List.of(MultiTaskPack.DESCRIPTION, MultiTaskPack.DELTAS, MultiTaskPack.HEADS, MultiTaskPack.CARD);
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> others = entries.map(p -> p.getFileName().toString()).filter(name -> !ours.contains(name)).sorted().toList();
            if (!others.isEmpty()) {
                throw new UserError("--out " + folder + " holds files that are not a multi-task pack's (" + String.join(", ",
                        others.subList(0, Math.min(3, others.size()))) + "): give a new or empty folder");
            }
        }
    }

    private MultiTaskSettings settings(Ordering ordering) {
        MultiTaskSettings defaults = MultiTaskSettings.defaults(ordering, options.seed);
        int epochs = options.epochs != null ? options.epochs : defaults.epochs();
        int batch = options.batchSize != null ? options.batchSize : defaults.batchSize();
        int tokens = options.maxTokens != null ? options.maxTokens : defaults.maxTokens();
        float rate = options.learningRate != null ? options.learningRate : defaults.learningRate();
        float decay = options.weightDecay != null ? options.weightDecay : defaults.weightDecay();
        if (epochs < 1 || batch < 1 || tokens < 2 || tokens > MiniLmTextEncoder.MAX_TOKENS || !(rate > 0) || decay < 0) {
            throw new UserError("--epochs and --batch-size must be >= 1, --max-tokens 2 to " + MiniLmTextEncoder.MAX_TOKENS
                    + ", --learning-rate > 0, --weight-decay >= 0");
        }
        return new MultiTaskSettings(epochs, batch, tokens, rate, defaults.warmupShare(), decay, ordering, options.seed);
    }

    private static List<Ordering> orderings(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "all" -> List.of(Ordering.BY_TASK, Ordering.BY_DATASET, Ordering.SHUFFLED);
            case "by-task" -> List.of(Ordering.BY_TASK);
            case "by-dataset" -> List.of(Ordering.BY_DATASET);
            case "shuffled" -> List.of(Ordering.SHUFFLED);
            default -> throw new UserError("--ordering takes by-task, by-dataset, shuffled or all, not " + value);
        };
    }

    private static MultiTaskProgress progress(PrintWriter err) {
        return new MultiTaskProgress() {
            private long lastPrinted;

            @Override
            public void batch(int epoch, long done, long total, double sentencesPerSecond, double etaSeconds, double loss) {
                long now = System.nanoTime();
                if (done == total || now - lastPrinted > 15_000_000_000L) {
                    lastPrinted = now;
                    err.printf("epoch %d: %,d/%,d batches, %.1f sentences/s, loss %.4f, ETA %s%n", epoch, done, total,
                            sentencesPerSecond, loss, duration(etaSeconds));
                    err.flush();
                }
            }

            @Override
            public void epoch(MultiTaskTrainer.EpochResult result) {
                StringBuilder line = new StringBuilder(String.format("epoch %d: loss %.4f, validation mean %.4f:",
                        result.epoch(), result.loss(), result.mean()));
                result.validation().forEach((task, value) -> line.append(String.format(" %s %.4f", task, value)));
                if (result.skippedBatches() > 0) {
                    line.append(String.format(" (%d batches skipped: loss or gradients not finite)", result.skippedBatches()));
                }
                err.println(line);
                err.flush();
            }
        };
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private List<String> notes(List<MultiTaskDataSets.Read> read, MultiTaskSettings settings,
            Map<Ordering, MultiTaskTrainer.Result> compared, Map<Ordering, MultiTaskTrainer.Result> results, Ordering chosen) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format("Settings: %d epochs (best kept), batch %d, %d tokens, AdamW lr %s with %.0f%% warm-up and "
                        + "linear decay, weight decay %s (not on biases and LayerNorm), seed %d; training examples capped at "
                        + "%,d per data set and validation at %,d, stratified.", settings.epochs(), settings.batchSize(),
                settings.maxTokens(), settings.learningRate(), settings.warmupShare() * 100, settings.weightDecay(),
                settings.seed(), options.cap, options.validationCap));
        compared.forEach((ordering, result) -> notes.add(String.format("Ordering %s compared on at most %,d training "
                        + "examples per data set, 1 epoch: validation mean %.4f%s.", ordering, options.compareCap,
                result.best().mean(), ordering == chosen ? " (best: the full run used it)" : "")));
        results.forEach((ordering, result) -> notes.add(String.format("Ordering %s: validation mean %.4f at epoch %d, %.1f "
                        + "training sentences/s on %s, %s of training%s.", ordering, result.best().mean(), result.best().epoch(),
                result.sentencesPerSecond(), result.device(), duration(result.epochs().stream()
                        .mapToDouble(MultiTaskTrainer.EpochResult::seconds).sum()),
                results.size() > 1 && ordering == chosen ? " (kept)" : "")));
        for (MultiTaskDataSets.Read task : read) {
            notes.add(String.format("%s: %s (%,d of %,d training examples; licence: %s)", task.task().name(),
                    task.source().name(), task.task().data().train().size(), task.trainBeforeCap(), task.source().licence()));
        }
        return notes;
    }

    private static String json(MultiTaskTrainer.Result best, Ordering ordering, Map<Ordering, MultiTaskTrainer.Result> results,
            List<PackTask> tasks, long bytes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("ordering", ordering.name());
        root.put("best_epoch", best.best().epoch());
        root.put("validation_mean", Math.round(best.best().mean() * 10_000) / 10_000.0);
        MultiTaskComparison.tweetEvalMean(tasks).ifPresent(mean -> root.put("tweeteval_mean", Math.round(mean * 10_000) / 10_000.0));
        ObjectNode validation = root.putObject("validation");
        tasks.forEach(task -> validation.put(task.name(), Math.round(task.validation() * 10_000) / 10_000.0));
        ObjectNode compared = root.putObject("orderings");
        results.forEach((o, r) -> compared.put(o.name(), Math.round(r.best().mean() * 10_000) / 10_000.0));
        root.put("train_sentences_per_s", Math.round(best.sentencesPerSecond() * 10) / 10.0);
        root.put("device", best.device());
        root.put("pack_bytes", bytes);
        return JSON.writeValueAsString(root);
    }
}
