package org.postlens.runtime;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * all-MiniLM-L6-v2 (fp32 ONNX from the langchain4j jar) on DJL's ONNX Runtime engine, fully offline.
 *
 * <p>Deterministic: texts are batched only with texts of the same token length, so no row is ever
 * padded and a text's vector is bitwise the same whatever else is encoded with it. (Padding with an
 * attention mask happened not to change any float in the CPU ONNX Runtime 1.21.1 build here, but that
 * rests on kernel details that may differ on other CPUs or on CUDA; exact-length batches cost no
 * measurable CPU on tweet-length texts, see {@link EncoderSettings#defaults()}.) Texts are truncated to
 * {@value #MAX_TOKENS} tokens, the length the model was trained at.
 *
 * <p>Thread-safe; batches run on up to {@code EncoderSettings.threads} predictors at once.
 */
public final class MiniLmTextEncoder implements TextEncoder {

    public static final String MODEL_ID = "all-MiniLM-L6-v2";
    public static final String MODEL_VERSION = "langchain4j-1.20.0-beta30-fp32";
    public static final int MAX_TOKENS = 256;
    static final String ENGINE = "OnnxRuntime";

    static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
    static final String MODEL_SHA256 = "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
    static final String TOKENIZER_SHA256 = "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0";

    private final ModelInfo info;
    private final EncoderSettings settings;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<TokenBatch, float[][]> model;
    private final BlockingQueue<Predictor<TokenBatch, float[][]>> predictors;
    private final List<Predictor<TokenBatch, float[][]>> allPredictors = new ArrayList<>();
    private final ExecutorService workers;
    private volatile boolean closed;
    /** Batches hold it shared, {@link #close} exclusively: the natives are never freed under a running batch. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();

    private MiniLmTextEncoder(
            ModelInfo info, EncoderSettings settings, HuggingFaceTokenizer tokenizer, ZooModel<TokenBatch, float[][]> model) {
        this.info = info;
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.model = model;
        this.predictors = new ArrayBlockingQueue<>(settings.threads());
        for (int i = 0; i < settings.threads(); i++) {
            Predictor<TokenBatch, float[][]> predictor = model.newPredictor();
            allPredictors.add(predictor);
            predictors.add(predictor);
        }
        this.workers = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), MiniLmTextEncoder::daemon) : null;
    }

    /**
     * Opens the encoder, copying the model files into {@code cacheDir/models} on first use.
     *
     * @param cacheDir the app's DJL cache dir ({@code <app data dir>/cache/djl}); see {@link RuntimeEnvironment}
     * @throws ModelRuntimeException when the files cannot be prepared, the model cannot load, or a GPU was
     *     required and none is usable
     */
    public static MiniLmTextEncoder open(Path cacheDir, DevicePreference preference) {
        return open(cacheDir, preference, EncoderSettings.defaults());
    }

    static MiniLmTextEncoder open(Path cacheDir, DevicePreference preference, EncoderSettings settings) {
        RuntimeEnvironment.configure(cacheDir);
        MiniLmFiles files = MiniLmFiles.extract(cacheDir);
        Device device = DeviceSelection.select(preference, gpuCount());
        HuggingFaceTokenizer tokenizer = null;
        try {
            tokenizer = files.openTokenizer();
            Criteria<TokenBatch, float[][]> criteria = Criteria.builder()
                    .setTypes(TokenBatch.class, float[][].class)
                    .optModelPath(files.modelDir())
                    .optModelName(MiniLmFiles.modelName())
                    .optEngine(ENGINE)
                    .optDevice(device)
                    .optOption("intraOpNumThreads", Integer.toString(settings.intraOpThreads()))
                    .optOption("interOpNumThreads", "1")
                    .optTranslator(new MiniLmTranslator())
                    .build();
            ZooModel<TokenBatch, float[][]> model = criteria.loadModel();
            ModelInfo info = new ModelInfo(MODEL_ID, MODEL_VERSION, MiniLmTranslator.DIMENSION, ENGINE, DeviceSelection.name(device));
            return new MiniLmTextEncoder(info, settings, tokenizer, model);
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            if (tokenizer != null) {
                tokenizer.close();
            }
            throw new ModelRuntimeException("Cannot load " + MODEL_ID + " on " + device + ": " + e.getMessage(), e);
        }
    }

    private static int gpuCount() {
        try {
            return Engine.getEngine(ENGINE).getGpuCount();
        } catch (RuntimeException e) {
            throw new ModelRuntimeException("The " + ENGINE + " engine did not start: " + e.getMessage(), e);
        }
    }

    /** all-MiniLM-L6-v2 was trained on English; its vocabulary turns most Arabic and Devanagari text into [UNK]. */
    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public float[][] encode(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("The encoder is closed");
        }
        if (texts.isEmpty()) {
            return new float[0][];
        }
        Encoding[] encodings = tokenize(texts);
        int[] lengths = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).toArray();
        List<int[]> batches = Batching.plan(lengths, settings.batchSize(), settings.exactLengthBatches());
        float[][] vectors = new float[texts.size()][];
        List<Callable<Void>> tasks = new ArrayList<>(batches.size());
        for (int[] batch : batches) {
            tasks.add(() -> {
                float[][] out = predict(TokenBatch.of(encodings, batch));
                for (int i = 0; i < batch.length; i++) {
                    vectors[batch[i]] = out[i];
                }
                return null;
            });
        }
        run(tasks);
        return vectors;
    }

    private void run(List<Callable<Void>> tasks) {
        try {
            if (workers == null) {
                for (Callable<Void> task : tasks) {
                    task.call();
                }
                return;
            }
            for (Future<Void> done : workers.invokeAll(tasks)) {
                done.get();
            }
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            throw new IllegalStateException("The encoder is closed", closedMeanwhile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelRuntimeException("Encoding was interrupted", e);
        } catch (ExecutionException e) {
            throw asRuntime(e.getCause());
        } catch (Exception e) {
            throw asRuntime(e);
        }
    }

    /** Not nested in a batch's hold: a waiting close would block the workers' holds behind it. */
    private Encoding[] tokenize(List<String> texts) {
        inFlight.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The encoder is closed");
            }
            return tokenizer.batchEncode(texts);
        } finally {
            inFlight.readLock().unlock();
        }
    }

    private float[][] predict(TokenBatch batch) throws InterruptedException, TranslateException {
        inFlight.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The encoder is closed");
            }
            Predictor<TokenBatch, float[][]> predictor = predictors.take();
            try {
                return predictor.predict(batch);
            } finally {
                predictors.add(predictor);
            }
        } finally {
            inFlight.readLock().unlock();
        }
    }

    private static RuntimeException asRuntime(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new ModelRuntimeException("Encoding failed: " + e.getMessage(), e);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "minilm-encoder");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Waits for the batches in flight, then frees the model; batches not started yet fail with "closed". A batch
     * stays in native code when its caller is interrupted or cancelled, so closing must not assume they returned.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (workers != null) {
            workers.shutdown();
        }
        inFlight.writeLock().lock();
        try {
            allPredictors.forEach(Predictor::close);
            model.close();
            tokenizer.close();
        } finally {
            inFlight.writeLock().unlock();
        }
    }
}
