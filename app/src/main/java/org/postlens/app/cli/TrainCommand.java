package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.training.CandidateResult;
import org.postlens.app.training.DataSetRequest;
import org.postlens.app.training.FamilyChoice;
import org.postlens.app.training.LabelledDataSet;
import org.postlens.app.training.PackTrainer;
import org.postlens.app.training.TrainRequest;
import org.postlens.app.training.TrainedPack;
import org.postlens.app.training.TrainerOptions;
import org.postlens.app.training.TrainingDataSources;
import org.postlens.app.training.UnsupportedDataException;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.pack.ModelCard;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.PackTargets;
import org.postlens.runtime.train.ClassWeighting;
import org.postlens.runtime.train.TrainedTextModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens train}: a task model from labelled data, written as a model pack with its model card. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a task classifier from labelled data and write it as a model pack with its model card.",
                "DATA is a data set folder as in shared/data (or the folder of all of them), or a CSV/JSONL file of "
                        + "your own with a text and a label (or labels) column.",
                "Model selection uses the validation split only. Progress goes to stderr; Ctrl-C cancels."})
public final class TrainCommand implements Callable<Integer>, UsesModels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PACK_FILES = List.of(TrainedTextModel.MODEL_FILE, "labels.txt",
            ModelPackLoader.SERVING_PROPERTIES, ModelCard.FILE_NAME);

    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "T",
            description = "The task: sentiment, emotion, sarcasm, stance, offensive, hate, hostility, checkworthiness, "
                    + "truthfulness, propaganda, topic, or a name of your own for your own labels.")
    String task;

    @Option(names = "--target", paramLabel = "WORD",
            description = {"What the task is about, for a task with one pack per target (stance: abortion, climate, "
                    + "…). Each target's predictions are a task of their own: column and export key stance:abortion."})
    String target;

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE", description = "The labelled data.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "PACK",
            description = "The pack folder to write; its name is the pack id (e.g. sarcasm-en).")
    Path out;

    @Option(names = "--validation", paramLabel = "FILE",
            description = "For a file of your own: a validation file of the same form (default: 10% of DATA, "
                    + "stratified by label, seeded).")
    Path validation;

    @Option(names = "--family", paramLabel = "auto|ngram|encoder|combined", defaultValue = "auto",
            description = {"Model family: hashed word and character n-grams (any language), a head on the English "
                    + "sentence encoder, or both.", "auto (default) tries those that fit the language and keeps the "
                    + "best on validation."})
    FamilyChoice family;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seeds training and any carved validation split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", paramLabel = "xx",
            description = "Language of the texts (en, ar, hi, …): picks the data set where a folder has several, and "
                    + "the families that fit. Required for a file of your own.")
    String language;

    @Option(names = "--word-ngrams", paramLabel = "N",
            description = "Longest word n-gram for the n-gram families (default 2; 0: none).")
    Integer wordNgrams;

    @Option(names = "--char-ngrams", paramLabel = "MIN-MAX",
            description = "Character n-gram range within a word for the n-gram families (default 2-5; 0: none).")
    String charNgrams;

    @Option(names = "--buckets", paramLabel = "N",
            description = "N-gram hash buckets (default: the most that keep the float16 table within 2 MiB).")
    Integer buckets;

    @Option(names = "--class-weights", paramLabel = "balanced|none",
            description = "How labels weigh in the loss (default: balanced unless the metric is accuracy or micro F1).")
    ClassWeighting classWeights;

    @Option(names = "--learning-rate", paramLabel = "R", description = "Adam's learning rate (default 0.01).")
    Float learningRate;

    @Option(names = "--weight-decay", paramLabel = "D", description = "Adam's weight decay (default 0).")
    Float weightDecay;

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default 20); the best on validation is kept.")
    Integer epochs;

    @Option(names = "--patience", paramLabel = "N",
            description = "Stop after N epochs without a better validation figure (default 3).")
    Integer patience;

    @Option(names = "--hidden", paramLabel = "N",
            description = "Hidden ReLU width of the encoder head (default 0: logistic).")
    Integer hidden;

    @Mixin
    EncoderOptions encoderOptions;

    @Option(names = "--multitask",
            description = {"Fine-tune one English encoder jointly on --tasks (one head each) and write it as a multi-task "
                    + "pack; DATA is the folder of all data sets."})
    boolean multitask;

    @Option(names = "--tasks", split = ",", paramLabel = "T,T…",
            description = "With --multitask: the English tasks (stance: every target; stance:abortion: one).")
    List<String> tasks;

    @Option(names = "--cap", paramLabel = "N", defaultValue = "20000",
            description = "With --multitask: most training examples per data set, stratified (default: ${DEFAULT-VALUE}).")
    int cap;

    @Option(names = "--validation-cap", paramLabel = "N", defaultValue = "2000",
            description = "With --multitask: most validation examples per data set, stratified (default: ${DEFAULT-VALUE}).")
    int validationCap;

    @Option(names = "--ordering", paramLabel = "by-task|by-dataset|shuffled|all", defaultValue = "shuffled",
            description = {"With --multitask: the order of the tasks' batches in an epoch (default: ${DEFAULT-VALUE}); "
                    + "all trains once with each and keeps the one best on validation."})
    String ordering;

    @Option(names = "--compare-cap", paramLabel = "N",
            description = {"With --multitask --ordering all: compare the orderings on at most N training examples per data "
                    + "set, one epoch each, then train only the best one on the full data (default: each ordering on the full data)."})
    Integer compareCap;

    @Option(names = "--resume", description = "With --multitask: go on from the last checkpoint in the work folder.")
    boolean resume;

    @Option(names = "--work", paramLabel = "DIR",
            description = "With --multitask: checkpoints and kept weights (default: the --out folder's name + .training).")
    Path work;

    @Option(names = "--batch-size", paramLabel = "N", description = "With --multitask: texts a batch (default 32).")
    Integer batchSize;

    @Option(names = "--max-tokens", paramLabel = "N", description = "With --multitask: tokens read a text while training (default 64).")
    Integer maxTokens;

    @Override
    public Integer call() throws Exception {
        if (multitask) {
            return new MultiTaskTraining(this).run();
        }
        if (task == null) {
            throw new UserError("--task is required (or --multitask with --tasks)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (target != null && !PackTargets.isValid(target)) {
            throw new UserError("--target " + target + " " + PackTargets.RULE);
        }
        TaskDefinitions tasks = TaskDefinitions.shipped();
        LabelledDataSet dataSet;
        try {
            dataSet = new TrainingDataSources(tasks).read(data, validation, new DataSetRequest(task, language, seed));
        } catch (UnsupportedDataException e) {
            throw new UserError(e.getMessage(), e);
        }
        err.println(describe(dataSet));
        err.flush();
        if (dataSet.data().train().isEmpty() || dataSet.data().validation().isEmpty()) {
            throw new UserError(dataSet.name() + " is too small to train on: it gave " + dataSet.data().train().size()
                    + " training and " + dataSet.data().validation().size() + " validation examples, and training needs"
                    + " both (a validation split is 10% of the rows per label: give more labelled rows, or --validation FILE)");
        }
        checkOut(this.out);
        List<TextEncoder> opened = new ArrayList<>();
        StageProgress progress = new StageProgress(err, "items");
        TrainedPack pack;
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            pack = new PackTrainer(tasks, Clock.systemUTC()).train(dataSet, new TrainRequest(this.out, family, seed, target,
                            trainerOptions()),
                    () -> open(opened), (candidate, stage, done, total) -> progress.report(
                            candidate.name().toLowerCase() + " " + stage, done, total),
                    interrupt.token()::isCancelled);
        } catch (CancellationException e) {
            throw new JobCancelledException();
        } catch (UnsupportedDataException e) {
            throw new UserError(e.getMessage(), e);
        } finally {
            progress.done();
            opened.forEach(TextEncoder::close);
        }
        for (CandidateResult candidate : pack.candidates()) {
            out.printf("%-12s validation %s %.4f (epoch %d, %.0f s)%n", candidate.family(), pack.metric(),
                    candidate.value(), candidate.bestEpoch(), candidate.seconds());
        }
        out.printf("Wrote %s (%s, validation %s %.4f) to %s%n", pack.id(), pack.family(), pack.metric(), pack.value(),
                pack.folder());
        out.println(json(dataSet, pack));
        out.flush();
        return ExitCodes.OK;
    }

    private TrainerOptions trainerOptions() {
        Integer charMin = null;
        Integer charMax = null;
        if (charNgrams != null) {
            String[] range = charNgrams.strip().split("-");
            try {
                charMax = Integer.parseInt(range[range.length - 1].strip());
                charMin = range.length == 2 ? Integer.parseInt(range[0].strip()) : charMax == 0 ? 1 : charMax;
            } catch (NumberFormatException e) {
                throw new UserError("--char-ngrams takes MIN-MAX (e.g. 2-5) or 0, not " + charNgrams, e);
            }
            if (range.length > 2 || charMax < 0 || charMax > 0 && (charMin < 1 || charMin > charMax)) {
                throw new UserError("--char-ngrams takes MIN-MAX with 1 <= MIN <= MAX (e.g. 2-5) or 0, not " + charNgrams);
            }
            if (charMax == 0) {
                charMin = 1;
            }
        }
        if (wordNgrams != null && wordNgrams < 0 || buckets != null && buckets < 1 || epochs != null && epochs < 1
                || patience != null && patience < 1 || hidden != null && hidden < 0
                || learningRate != null && !(learningRate > 0) || weightDecay != null && weightDecay < 0) {
            throw new UserError("--word-ngrams, --hidden and --weight-decay must be >= 0, --buckets, --epochs and "
                    + "--patience >= 1, --learning-rate > 0");
        }
        if (Integer.valueOf(0).equals(wordNgrams) && Integer.valueOf(0).equals(charMax)) {
            throw new UserError("--word-ngrams 0 with --char-ngrams 0 leaves the n-gram model nothing to read");
        }
        return new TrainerOptions(wordNgrams, charMin, charMax, buckets, classWeights, learningRate, weightDecay, epochs,
                patience, hidden);
    }

    /** A new or empty folder, or a pack written by {@code train} before (its files are replaced); nothing else. */
    static void checkOut(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("--out must name a folder for the pack, not the file " + folder);
        }
        try (var entries = Files.list(folder)) {
            List<String> others = entries.map(p -> p.getFileName().toString()).filter(name -> !PACK_FILES.contains(name))
                    .sorted().toList();
            if (!others.isEmpty()) {
                throw new UserError("--out " + folder + " holds files that are not a trained pack's (" + String.join(", ",
                        others.subList(0, Math.min(3, others.size()))) + "): give a new or empty folder");
            }
        }
    }

    private TextEncoder open(List<TextEncoder> opened) {
        TextEncoder encoder = encoderOptions.open();
        opened.add(encoder);
        return encoder;
    }

    static String describe(LabelledDataSet set) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s: %,d training and %,d validation examples (%s), %d labels%s; licence: %s",
                set.name(), set.data().train().size(), set.data().validation().size(),
                set.validationNote() == null ? "the data set's own validation split" : set.validationNote(),
                set.data().labels().size(), set.data().multiLabel() ? ", multi-label" : "", set.licence()));
        if (set.badRows() > 0) {
            text.append(String.format("%n%,d rows left out, e.g.:", set.badRows()));
            set.badRowExamples().stream().limit(3).forEach(example -> text.append("\n  ").append(example));
        }
        return text.toString();
    }

    private String json(LabelledDataSet set, TrainedPack pack) throws java.io.IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("pack", pack.id());
        root.put("folder", pack.folder().toAbsolutePath().toString());
        root.put("task", set.task());
        if (target != null) {
            root.put("target", target);
        }
        root.put("language", set.language());
        root.put("family", pack.family().name());
        root.put("metric", pack.metric());
        root.put("validation", Math.round(pack.value() * 10_000) / 10_000.0);
        root.put("train_examples", set.data().train().size());
        root.put("validation_examples", set.data().validation().size());
        root.put("rows_left_out", set.badRows());
        ObjectNode tried = root.putObject("families");
        pack.candidates().forEach(c -> tried.put(c.family().name(), Math.round(c.value() * 10_000) / 10_000.0));
        return JSON.writeValueAsString(root);
    }
}
