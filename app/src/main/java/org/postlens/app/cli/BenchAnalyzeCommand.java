package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.postlens.app.analysis.TaskModel;
import org.postlens.app.analysis.TaskModels;
import org.postlens.app.cli.bench.AnalyzeBenchmark;
import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.embed.TextEncoders;
import org.postlens.app.settings.AppDirectories;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.pack.InvalidModelPackException;
import org.postlens.runtime.pack.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench analyze}: the task models' speed, and the encoder heads' share of the encoder's time. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Generate N synthetic posts (English, Arabic, Hindi) and time the task model packs on them,",
                "without storage: each pack that reads only text over the posts of its languages (the slowest is",
                "ngram_posts_per_s), and the shipped encoder alone against the encoder plus every encoder head over",
                "the first --encoder-posts English posts (head_overhead_pct). The last line of output is one JSON object."})
public final class BenchAnalyzeCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "20000",
            description = "Number of posts (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where the models run: the GPU when there is one (auto, default), or forced.")
    DevicePreference device;

    @Option(names = "--encoder-posts", paramLabel = "N", defaultValue = "1000",
            description = "English posts timed through the encoder, alone and with the heads (default: ${DEFAULT-VALUE}).")
    int encoderPosts;

    @Mixin
    ModelsOptions models;

    @Override
    public Integer call() throws Exception {
        if (posts < 1 || encoderPosts < 1) {
            throw new UserError("--posts and --encoder-posts must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        AppDirectories directories = AppDirectories.fromEnvironment();
        ModelCatalog catalog = TaskModels.catalog(directories.cache().resolve("packs"), models.folders());
        TaskModels opened;
        try {
            opened = TaskModels.open(catalog, Set.of(), device);
        } catch (InvalidModelPackException e) {
            throw new UserError(e.getMessage() + " (see `postlens models --check`)", e);
        }
        try (opened;
             TextEncoder encoder = openEncoder(directories);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            out.printf("%,d synthetic posts; %d task model packs (%d read encoder vectors)%s%n", posts,
                    opened.models().size(), opened.models().stream().filter(TaskModel::readsVectors).count(),
                    opened.models().isEmpty() ? ": none found, add some with --models DIR" : "");
            out.flush();
            AnalyzeBenchmark.Result result = new AnalyzeBenchmark(opened.models(), encoder, encoderPosts, line -> {
                out.println(line);
                out.flush();
            }).run(posts, interrupt.token());
            out.println(json(result));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private TextEncoder openEncoder(AppDirectories directories) {
        try {
            return TextEncoders.open(directories.cache(), device);
        } catch (EncoderUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static String json(AnalyzeBenchmark.Result result) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("posts", result.posts());
        json.put("english_posts", result.englishPosts());
        number(json, "ngram_posts_per_s", result.ngramPostsPerSecond(), 10);
        ObjectNode perPack = json.putObject("ngram_packs_posts_per_s");
        for (Map.Entry<String, Double> pack : result.textModelPostsPerSecond().entrySet()) {
            number(perPack, pack.getKey(), pack.getValue(), 10);
        }
        number(json, "encoder_posts_per_s", result.encoderPostsPerSecond(), 10);
        number(json, "encoder_with_heads_posts_per_s", result.encoderWithHeadsPostsPerSecond(), 10);
        number(json, "head_overhead_pct", result.headOverheadPercent(), 100);
        json.put("heads", result.heads());
        json.put("device", result.device());
        return mapper.writeValueAsString(json);
    }

    /** A figure rounded to 1/scale, or null when it could not be measured (no such packs). */
    private static void number(ObjectNode json, String name, double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.putNull(name);
        } else {
            json.put(name, Math.round(value * scale) / (double) scale);
        }
    }
}
