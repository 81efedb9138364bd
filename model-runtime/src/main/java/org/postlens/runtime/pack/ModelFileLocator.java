package org.postlens.runtime.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the model file and the engine that runs it. djl-convert names the file after the model for
 * TorchScript ({@code <option.modelName>.pt}) but leaves ONNX exports as {@code model.onnx} while still
 * writing {@code option.modelName}: so both names are tried.
 */
final class ModelFileLocator {

    record Located(Path modelFile, String engine) {}

    private static final List<String> EXTENSIONS = List.of(".onnx", ".pt", ".params");

    private ModelFileLocator() {}

    static Located locate(Path folder, Properties serving, ModelCard card, String packId) throws InvalidModelPackException {
        Path modelFile = modelFile(folder, serving, card, packId);
        String engine = engineFor(modelFile, serving.getProperty("engine"), packId);
        return new Located(modelFile, engine);
    }

    private static Path modelFile(Path folder, Properties serving, ModelCard card, String packId) throws InvalidModelPackException {
        if (card != null && card.modelFile() != null) {
            Path named = folder.resolve(card.modelFile()).normalize();
            if (!named.startsWith(folder) || !Files.isRegularFile(named)) {
                throw new InvalidModelPackException(packId, card.modelFile() + " (the modelFile in model-card.json) is missing");
            }
            return named;
        }
        Set<String> candidates = new LinkedHashSet<>();
        String modelName = serving.getProperty("option.modelName");
        if (modelName != null && !modelName.isBlank()) {
            EXTENSIONS.forEach(ext -> candidates.add(modelName.strip() + ext));
        }
        candidates.add("model.onnx");
        candidates.add("model.pt");
        for (String candidate : candidates) {
            if (Files.isRegularFile(folder.resolve(candidate))) {
                return folder.resolve(candidate);
            }
        }
        List<Path> modelFiles = filesWithModelExtension(folder, packId);
        if (modelFiles.size() == 1) {
            return modelFiles.get(0);
        }
        throw new InvalidModelPackException(packId, modelFiles.isEmpty()
                ? "model file is missing: looked for " + String.join(", ", candidates)
                : "several model files " + modelFiles.stream().map(p -> p.getFileName().toString()).toList()
                        + ": name one with modelFile in model-card.json");
    }

    private static List<Path> filesWithModelExtension(Path folder, String packId) throws InvalidModelPackException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .sorted()
                    .forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new InvalidModelPackException(packId, "folder cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The engine serving.properties names, checked against the file; else the one the file's type implies. */
    private static String engineFor(Path modelFile, String declared, String packId) throws InvalidModelPackException {
        String name = modelFile.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> able = name.endsWith(".onnx") ? List.of("OnnxRuntime")
                : name.endsWith(".pt") ? List.of("PyTorch")
                : name.endsWith(".params") ? List.of("PyTorch", "MXNet")
                : List.of();
        if (declared != null && !declared.isBlank()) {
            String engine = declared.strip();
            if (!able.isEmpty() && !able.contains(engine)) {
                throw new InvalidModelPackException(packId, "serving.properties says engine=" + engine + " but "
                        + modelFile.getFileName() + " needs " + String.join(" or ", able));
            }
            return engine;
        }
        if (able.size() == 1) {
            return able.get(0);
        }
        throw new InvalidModelPackException(packId, "serving.properties names no engine and " + modelFile.getFileName()
                + " does not say which one runs it: add engine=" + (able.isEmpty() ? "OnnxRuntime" : String.join("|", able)));
    }
}
