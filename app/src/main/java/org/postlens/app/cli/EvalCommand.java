package org.postlens.app.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.training.Evaluation;
import org.postlens.app.training.LabelledDataSet;
import org.postlens.app.training.PackEvaluator;
import org.postlens.app.training.UnsupportedDataException;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.InvalidModelPackException;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.ShippedPacks;
import org.postlens.runtime.pack.TextModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens eval}: a model pack measured on labelled data, with the metric of its task's literature. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure a model pack on labelled data: the metric of the task's literature, the usual "
                + "averages and per-label precision, recall and F1, as a table and as JSON on the last line.",
                "On a data set folder the validation split is used (test splits are kept apart); on a file of your "
                        + "own (CSV/JSONL with text and label or labels), every row."})
public final class EvalCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "PACK",
            description = "A pack folder, or the id of a shipped pack.")
    String pack;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "The labelled data.")
    Path data;

    @Option(names = "--lang", paramLabel = "xx", description = "Language of the data (default: the pack's first).")
    String language;

    @Option(names = "--json", description = "Print only the JSON object.")
    boolean json;

    @Mixin
    EncoderOptions encoderOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ModelPack modelPack = loadPack();
        PackEvaluator evaluator = new PackEvaluator(TaskDefinitions.shipped());
        StageProgress progress = new StageProgress(spec.commandLine().getErr(), "texts");
        Evaluation evaluation;
        try {
            LabelledDataSet dataSet = evaluator.read(modelPack, data, language);
            boolean readsVectors = modelPack.servingProperties().containsKey(TextModelSpec.ENCODER_KEY);
            try (TextEncoder encoder = readsVectors ? encoderOptions.open() : null;
                 TextClassifier classifier = Classifiers.open(modelPack, Device.cpu(), encoder);
                 CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
                evaluation = evaluator.evaluate(modelPack, classifier, dataSet, Files.isRegularFile(data),
                        (done, total) -> progress.report("classifying", done, total), interrupt.token());
            } finally {
                progress.done();
            }
        } catch (UnsupportedDataException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (!json) {
            out.print(EvaluationReport.table(evaluation));
        }
        out.println(EvaluationReport.json(evaluation));
        out.flush();
        return ExitCodes.OK;
    }

    private ModelPack loadPack() throws Exception {
        Path folder = Path.of(pack);
        try {
            if (Files.isDirectory(folder)) {
                return new ModelPackLoader().load(folder);
            }
        } catch (InvalidModelPackException e) {
            throw new UserError(e.getMessage(), e);
        }
        Path extractDir = AppDirectories.fromEnvironment().cache().resolve("packs");
        List<Path> shipped = ShippedPacks.locate(EvalCommand.class.getClassLoader(), ShippedPacks.RESOURCE_FOLDER, extractDir);
        return ModelCatalog.scan(shipped, List.of(), new ModelPackLoader()).pack(pack)
                .orElseThrow(() -> new UserError("no pack folder " + folder + " and no shipped pack with id '" + pack + "'"));
    }
}
