package org.postlens.runtime.pack;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a model pack folder and refuses it unless it is complete and consistent: serving.properties,
 * model card, model file with the sha256 the card states, labels, tokenizer, an engine this build has,
 * and (unless switched off) outputs as wide as the label list, checked by classifying one short text.
 */
public final class ModelPackLoader {

    public static final String SERVING_PROPERTIES = "serving.properties";
    public static final String TOKENIZER = "tokenizer.json";

    /** Classified once at load to check the output shape; any text the tokenizer accepts will do. */
    static final String PROBE_TEXT = "probe";

    private final boolean probeOutputs;

    /** A loader that also runs each model once to check its output shape. */
    public ModelPackLoader() {
        this(true);
    }

    /**
     * @param probeOutputs false to skip running the model (file checks only): for listing many packs
     *     quickly; the shape is checked again whenever a classifier opens
     */
    public ModelPackLoader(boolean probeOutputs) {
        this.probeOutputs = probeOutputs;
    }

    public ModelPack load(Path folder) throws InvalidModelPackException {
        Path dir = folder.toAbsolutePath().normalize();
        String folderName = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new InvalidModelPackException(folderName, dir + " is not a folder");
        }
        Properties serving = readServingProperties(dir, folderName);
        Path cardFile = dir.resolve(ModelCard.FILE_NAME);
        ModelCard card = Files.isRegularFile(cardFile) ? ModelCardReader.read(cardFile, folderName) : null;
        String id = firstNonBlank(card == null ? null : card.id(), serving.getProperty("postlens.id"), folderName);

        ModelFileLocator.Located located = ModelFileLocator.locate(dir, serving, card, id);
        String modelFileName = located.modelFile().getFileName().toString();
        String actualSha = sha256(located.modelFile(), id);
        if (card == null) {
            throw new InvalidModelPackException(id, ModelCard.FILE_NAME + " is missing: a pack needs a card with task, languages,"
                    + " training data and licence, metrics, and the sha256 of " + modelFileName + " (" + actualSha + ")");
        }
        if (card.sha256() == null || card.sha256().isBlank()) {
            throw new InvalidModelPackException(id, ModelCard.FILE_NAME + " gives no sha256 for " + modelFileName + " (it is " + actualSha + ")");
        }
        if (!card.sha256().strip().toLowerCase(Locale.ROOT).equals(actualSha)) {
            throw new InvalidModelPackException(id, modelFileName + " sha256 is " + actualSha + " but " + ModelCard.FILE_NAME
                    + " says " + card.sha256().strip());
        }
        if (!Engine.hasEngine(located.engine())) {
            throw new InvalidModelPackException(id, modelFileName + " needs the " + located.engine()
                    + " engine, which is not in this build (available: " + String.join(", ", Engine.getAllEngines()) + ")");
        }

        List<String> labels = LabelListReader.read(dir, id);
        Path tokenizer = dir.resolve(TOKENIZER);
        boolean readsText = ParamsModels.isTextModel(asMap(serving)); // cuts texts itself (n-grams) or reads vectors
        if (readsText) {
            tokenizer = null;
        } else if (!Files.isRegularFile(tokenizer)) {
            throw new InvalidModelPackException(id, TOKENIZER + " is missing: text models need their tokenizer in the pack");
        }
        String task = agreed(id, "task", serving.getProperty("postlens.task"), card.task());
        if (task.contains(ModelPack.TARGET_SEPARATOR)) {
            throw new InvalidModelPackException(id, "task '" + task + "' holds '" + ModelPack.TARGET_SEPARATOR
                    + "': give the part after it as the pack's target");
        }
        String target = agreedTarget(id, serving.getProperty("postlens.target"), card.target());
        List<String> languages = agreedLanguages(id, serving.getProperty("postlens.languages"), card.languages());

        ModelPack pack = new ModelPack(dir, id, firstNonBlank(card.version(), serving.getProperty("postlens.version"), "0"),
                task, target, languages, labels, card.multiLabel() || LabelListReader.configSaysMultiLabel(dir),
                located.engine(), located.modelFile(), tokenizer, card, asMap(serving));
        try {
            if (pack.maxLength() < 2) {
                throw new NumberFormatException("below 2");
            }
        } catch (NumberFormatException e) {
            throw new InvalidModelPackException(id, SERVING_PROPERTIES + " maxLength=" + serving.getProperty("maxLength")
                    + " is not a token count");
        }
        if (ParamsModels.isParams(pack)) {
            ParamsModels.block(pack); // the architecture and its sizes, checked even without the probe
            ParamsModels.checkFileName(pack);
        }
        if (probeOutputs) {
            probe(pack);
        }
        return pack;
    }

    /** Runs the model once: a model whose logits do not match the label list would mislabel every post. */
    private static void probe(ModelPack pack) throws InvalidModelPackException {
        String file = pack.modelFile().getFileName().toString();
        if (ParamsModels.isTextModel(pack.servingProperties())) {
            // Its shapes were checked parameter by parameter when it loaded; run it once on a zero vector.
            TextModelWeights weights = TextModelClassifier.loadWeights(pack);
            float[] vector = weights.spec().readsVectors() ? new float[weights.spec().vectorSize()] : null;
            float[] logits = weights.logits(weights.spec().readsNgrams()
                    ? new org.postlens.runtime.text.NgramFeaturizer(weights.spec().ngrams()).featurize(PROBE_TEXT) : null, vector);
            if (logits.length != pack.labels().size()) {
                throw new InvalidModelPackException(pack.id(), file + " gives " + logits.length
                        + " scores per text but the label list has " + pack.labels().size() + " labels " + pack.labels());
            }
            return;
        }
        try (DjlTextClassifier classifier = DjlTextClassifier.open(pack)) {
            float[][] logits = classifier.logits(List.of(PROBE_TEXT));
            if (logits.length != 1 || logits[0].length != pack.labels().size()) {
                throw new InvalidModelPackException(pack.id(), file + " gives " + (logits.length == 1 ? logits[0].length : -1)
                        + " scores per text but the label list has " + pack.labels().size() + " labels " + pack.labels());
            }
        } catch (ModelOutputException e) {
            throw new InvalidModelPackException(pack.id(), file + " output is not usable: " + e.getMessage(), e);
        }
    }

    private static Properties readServingProperties(Path dir, String packId) throws InvalidModelPackException {
        Path file = dir.resolve(SERVING_PROPERTIES);
        if (!Files.isRegularFile(file)) {
            throw new InvalidModelPackException(packId, SERVING_PROPERTIES + " is missing");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidModelPackException(packId, SERVING_PROPERTIES + " cannot be read: " + e.getMessage(), e);
        }
        return properties;
    }

    static String sha256(Path file, String packId) throws InvalidModelPackException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InvalidModelPackException(packId, file.getFileName() + " cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** serving.properties and the card may both state a value; when both do they must agree. */
    private static String agreed(String packId, String what, String fromServing, String fromCard) throws InvalidModelPackException {
        String serving = blankToNull(fromServing);
        String card = blankToNull(fromCard);
        if (serving != null && card != null && !serving.equals(card)) {
            throw new InvalidModelPackException(packId, SERVING_PROPERTIES + " says postlens." + what + "=" + serving
                    + " but " + ModelCard.FILE_NAME + " says " + what + " " + card);
        }
        String value = card != null ? card : serving;
        if (value == null) {
            throw new InvalidModelPackException(packId, "no " + what + ": state it in " + ModelCard.FILE_NAME);
        }
        return value;
    }

    /** The target, optional; it must not hold the separator, so that a task key reads back unambiguously. */
    private static String agreedTarget(String packId, String fromServing, String fromCard) throws InvalidModelPackException {
        String serving = blankToNull(fromServing);
        String card = blankToNull(fromCard);
        if (serving != null && card != null && !serving.equals(card)) {
            throw new InvalidModelPackException(packId, SERVING_PROPERTIES + " says postlens.target=" + serving
                    + " but " + ModelCard.FILE_NAME + " says target " + card);
        }
        String target = card != null ? card : serving;
        if (target != null && !PackTargets.isValid(target)) {
            throw new InvalidModelPackException(packId, "target '" + target + "' " + PackTargets.RULE);
        }
        return target;
    }

    private static List<String> agreedLanguages(String packId, String fromServing, List<String> fromCard) throws InvalidModelPackException {
        List<String> serving = fromServing == null || fromServing.isBlank() ? List.of()
                : Arrays.stream(fromServing.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!serving.isEmpty() && !fromCard.isEmpty() && !serving.equals(fromCard)) {
            throw new InvalidModelPackException(packId, SERVING_PROPERTIES + " says postlens.languages=" + serving
                    + " but " + ModelCard.FILE_NAME + " says languages " + fromCard);
        }
        List<String> languages = fromCard.isEmpty() ? serving : fromCard;
        if (languages.isEmpty()) {
            throw new InvalidModelPackException(packId, "no languages: list them in " + ModelCard.FILE_NAME + " (e.g. [\"en\"])");
        }
        return languages;
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key).strip()));
        return map;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
