package org.postlens.runtime.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.RuntimeEnvironment;

/**
 * The encoder trains on the PyTorch engine: gradients reach every parameter through all its blocks and a few
 * optimiser steps lower the loss. A small BERT (2 layers, width 32) keeps it fast; its weights are loaded the
 * way the real ones are, from a Hugging Face state dict.
 */
class MiniLmEncoderTrainingTest {

    private static final BertConfig SMALL = new BertConfig(50, 32, 2, 4, 64, 16, 2, 1e-12f, 0.1f);
    private static final int BATCH = 8;
    private static final int LENGTH = 6;
    private static final int MARKER = 7;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(Path.of("target", "djl-cache"));
    }

    @Test
    void aFewAdamStepsChangeEveryParameterAndLowerTheLoss() {
        try (Model model = Model.newInstance("toy", "PyTorch")) {
            MiniLmEncoderBlock encoder = new MiniLmEncoderBlock(SMALL);
            Map<String, FloatTensor> stateDict = randomStateDict(encoder, new Random(5));
            encoder.loadHuggingFaceWeights(stateDict, model.getNDManager());
            model.setBlock(new SequentialBlock().add(encoder).add(Linear.builder().setUnits(2).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(3e-3f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, LENGTH), new Shape(BATCH, LENGTH));
                // The trainer's own initialisation keeps the loaded weights.
                encoder.parametersByHuggingFaceName().forEach((name, parameter) ->
                        assertThat(parameter.getArray().toFloatArray()).as(name).containsExactly(stateDict.get(name).values()));
                NDManager manager = trainer.getManager();
                NDList inputs = toyInputs(manager);
                NDArray labels = toyLabels(manager);
                Map<String, float[]> before = snapshot(encoder);
                float lossBefore = evaluate(model, trainer, inputs, labels);

                for (int step = 0; step < 40; step++) {
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDList predictions = trainer.forward(inputs);
                        collector.backward(trainer.getLoss().evaluate(new NDList(labels), predictions));
                    }
                    trainer.step();
                }

                float lossAfter = evaluate(model, trainer, inputs, labels);
                assertThat(lossAfter).isLessThan(lossBefore * 0.5f);
                Map<String, float[]> after = snapshot(encoder);
                assertThat(after).hasSize(SMALL.layers() * 16 + 5);
                after.forEach((name, values) -> assertThat(values).as(name).isNotEqualTo(before.get(name)));
            }
        }
    }

    /** Batch rows of random tokens; half hold the marker token, and the label says which. Row 3 is padded. */
    private static NDList toyInputs(NDManager manager) {
        Random random = new Random(9);
        long[] ids = new long[BATCH * LENGTH];
        long[] mask = new long[BATCH * LENGTH];
        for (int row = 0; row < BATCH; row++) {
            int length = row == 3 ? LENGTH - 2 : LENGTH;
            for (int t = 0; t < length; t++) {
                ids[row * LENGTH + t] = 10 + random.nextInt(SMALL.vocabSize() - 10);
                mask[row * LENGTH + t] = 1;
            }
            if (row % 2 == 1) {
                ids[row * LENGTH + 1] = MARKER;
            }
        }
        return new NDList(manager.create(ids, new Shape(BATCH, LENGTH)), manager.create(mask, new Shape(BATCH, LENGTH)));
    }

    private static NDArray toyLabels(NDManager manager) {
        float[] labels = new float[BATCH];
        for (int row = 0; row < BATCH; row++) {
            labels[row] = row % 2;
        }
        return manager.create(labels);
    }

    private static float evaluate(Model model, Trainer trainer, NDList inputs, NDArray labels) {
        NDList predictions = model.getBlock().forward(new ParameterStore(trainer.getManager(), false), inputs, false);
        return trainer.getLoss().evaluate(new NDList(labels), predictions).getFloat();
    }

    private static Map<String, FloatTensor> randomStateDict(MiniLmEncoderBlock encoder, Random random) {
        Map<String, FloatTensor> stateDict = new LinkedHashMap<>();
        encoder.huggingFaceParameters().forEach((name, slot) -> {
            long[] dims = slot.shape().getShape();
            float[] values = new float[Math.toIntExact(slot.shape().size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = name.endsWith("LayerNorm.weight") ? 1f : (float) random.nextGaussian() * 0.02f;
            }
            stateDict.put(name, new FloatTensor(dims, values));
        });
        return stateDict;
    }

    private static Map<String, float[]> snapshot(MiniLmEncoderBlock encoder) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (var entry : encoder.getParameters()) {
            Parameter parameter = entry.getValue();
            values.put(entry.getKey(), parameter.getArray().toType(DataType.FLOAT32, true).toFloatArray());
        }
        return values;
    }
}
