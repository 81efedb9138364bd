package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.postlens.app.cli.bench.SyntheticPosts;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.settings.AppDirectories;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.train.EncoderTrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench train}: fine-tuning speed of the whole sentence encoder (DJL blocks on PyTorch). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Fine-tune all-MiniLM-L6-v2 (built from DJL blocks, weights from the shipped ONNX file) with a",
                "2-class head on N synthetic English posts, batched by token length, and time it: training",
                "sentences/s and, on the same batches, forward sentences/s. The labels are arbitrary: speed, not quality.",
                "The last line of output is one JSON object with the figures."})
public final class BenchTrainCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Option(names = "--sentences", paramLabel = "N", defaultValue = "640",
            description = "Number of English posts trained on (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "64",
            description = "Posts are cut to this many tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where it trains: the GPU when PyTorch sees one (auto, default), or forced.")
    DevicePreference device;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1 || sentences < 2 * batchSize) {
            throw new UserError("--sentences must be at least twice --batch-size (one batch warms up)");
        }
        if (maxTokens < 2 || maxTokens > 256) {
            throw new UserError("--max-tokens must be 2 to 256, not " + maxTokens);
        }
        PrintWriter out = spec.commandLine().getOut();
        StageProgress progress = new StageProgress(spec.commandLine().getErr(), "batches");
        EncoderTrainingBenchmark.Result result;
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            result = new EncoderTrainingBenchmark(batchSize, maxTokens, 1).run(AppDirectories.fromEnvironment().cache(),
                    device, englishPosts(sentences), progress::report, interrupt.token()::isCancelled);
        } catch (CancellationException e) {
            throw new JobCancelledException();
        } catch (ModelRuntimeException e) {
            throw new UserError(e.getMessage(), e);
        } finally {
            progress.done();
        }
        out.printf("%,d sentences timed (batch %d, %.1f tokens on average, %,d encoder parameters) on %s:%n",
                result.sentences(), result.batchSize(), result.meanTokens(), result.parameters(), result.device());
        out.printf("training %,.1f sentences/s; forward %,.1f sentences/s%n",
                result.trainSentencesPerSecond(), result.forwardSentencesPerSecond());
        out.println(json(result));
        out.flush();
        return ExitCodes.OK;
    }

    private static List<String> englishPosts(int count) {
        SyntheticPosts posts = new SyntheticPosts(42, count * 2L);
        List<String> texts = new ArrayList<>(count);
        while (texts.size() < count) {
            SyntheticPosts.Post post = posts.next();
            if (post.lang().equals("en")) {
                texts.add(post.text());
            }
        }
        return texts;
    }

    static String json(EncoderTrainingBenchmark.Result result) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("sentences", result.sentences());
        json.put("batch_size", result.batchSize());
        json.put("max_tokens", result.maxTokens());
        json.put("mean_tokens", Math.round(result.meanTokens() * 10) / 10.0);
        json.put("train_sentences_per_s", Math.round(result.trainSentencesPerSecond() * 10) / 10.0);
        json.put("forward_sentences_per_s", Math.round(result.forwardSentencesPerSecond() * 10) / 10.0);
        json.put("parameters", result.parameters());
        json.put("device", result.device());
        return mapper.writeValueAsString(json);
    }
}
