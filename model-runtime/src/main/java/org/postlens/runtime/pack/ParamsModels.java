package org.postlens.runtime.pack;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.nn.Block;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DJL {@code .params} files hold parameters only: the pack names the block they belong to with
 * {@code postlens.architecture} in serving.properties ({@link BagOfEmbeddingsBlock#ARCHITECTURE} or
 * {@link TextModelSpec#ARCHITECTURE}),
 * and the file must be named as DJL's {@code model.save(dir, name)} writes it: {@code <name>-<4-digit epoch>.params}.
 */
final class ParamsModels {

    static final String ARCHITECTURE_KEY = "postlens.architecture";
    private static final Pattern FILE_NAME = Pattern.compile("(.+)-(\\d{4})\\.params");

    private ParamsModels() {}

    static boolean isParams(ModelPack pack) {
        return pack.modelFile().getFileName().toString().endsWith(".params");
    }

    /** True for packs whose architecture reads the text itself ({@link TextModelSpec}): no tokenizer needed. */
    static boolean isTextModel(Map<String, String> servingProperties) {
        return TextModelSpec.ARCHITECTURE.equals(servingProperties.get(ARCHITECTURE_KEY));
    }

    /** The block the pack declares, shaped by serving.properties and the label list; parameters not yet set. */
    static Block block(ModelPack pack) throws InvalidModelPackException {
        String file = pack.modelFile().getFileName().toString();
        String architecture = pack.servingProperties().get(ARCHITECTURE_KEY);
        if (architecture == null || architecture.isBlank()) {
            throw new InvalidModelPackException(pack.id(), file + " holds parameters only: serving.properties must name the block with "
                    + ARCHITECTURE_KEY + "=" + BagOfEmbeddingsBlock.ARCHITECTURE + " or " + TextModelSpec.ARCHITECTURE);
        }
        if (architecture.equals(TextModelSpec.ARCHITECTURE)) {
            try {
                return new TextModelBlock(TextModelSpec.read(pack.servingProperties(), pack.labels().size()));
            } catch (IllegalArgumentException e) {
                throw new InvalidModelPackException(pack.id(), ModelPackLoader.SERVING_PROPERTIES + " " + e.getMessage()
                        + " (" + TextModelSpec.ARCHITECTURE + " needs it)", e);
            }
        }
        if (!architecture.equals(BagOfEmbeddingsBlock.ARCHITECTURE)) {
            throw new InvalidModelPackException(pack.id(), ModelPackLoader.SERVING_PROPERTIES + " " + ARCHITECTURE_KEY + "=" + architecture
                    + " is not an architecture this build knows (known: " + BagOfEmbeddingsBlock.ARCHITECTURE + ", "
                    + TextModelSpec.ARCHITECTURE + ")");
        }
        int vocab = positive(pack, BagOfEmbeddingsBlock.VOCAB_SIZE_KEY);
        int hidden = positive(pack, BagOfEmbeddingsBlock.HIDDEN_SIZE_KEY);
        return new BagOfEmbeddingsBlock(vocab, hidden, pack.labels().size());
    }

    /** Checks the file name without loading anything. */
    static void checkFileName(ModelPack pack) throws InvalidModelPackException {
        fileName(pack);
    }

    /** Loads the parameters into the declared block on the PyTorch engine and checks every shape. */
    static Model load(ModelPack pack, Device device) throws InvalidModelPackException, IOException, MalformedModelException {
        Block block = block(pack);
        Matcher name = fileName(pack);
        Model model = Model.newInstance(pack.id(), device, pack.engine());
        try {
            model.setBlock(block);
            model.load(pack.modelFile().getParent(), name.group(1), Map.of("epoch", name.group(2)));
            String problem = block instanceof TextModelBlock text ? text.shapeProblem()
                    : ((BagOfEmbeddingsBlock) block).shapeProblem();
            if (problem != null) {
                throw new InvalidModelPackException(pack.id(), pack.modelFile().getFileName() + " does not fit " + block + " (from "
                        + ModelPackLoader.SERVING_PROPERTIES + " and the label list): " + problem);
            }
            return model;
        } catch (IOException | MalformedModelException | InvalidModelPackException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static Matcher fileName(ModelPack pack) throws InvalidModelPackException {
        String file = pack.modelFile().getFileName().toString();
        Matcher matcher = FILE_NAME.matcher(file);
        if (!matcher.matches()) {
            throw new InvalidModelPackException(pack.id(), file + " is not named as DJL saves parameters: <name>-<epoch>.params,"
                    + " e.g. model-0000.params");
        }
        return matcher;
    }

    private static int positive(ModelPack pack, String key) throws InvalidModelPackException {
        String value = pack.servingProperties().get(key);
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidModelPackException(pack.id(), ModelPackLoader.SERVING_PROPERTIES + " " + key + "=" + value
                + " is not a positive whole number (" + BagOfEmbeddingsBlock.ARCHITECTURE + " needs it)");
    }
}
