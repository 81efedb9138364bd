package org.postlens.runtime.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's shared labelled data ({@code ../shared/data} beside the repository, or the folder the system
 * property {@code postlens.shared} names). Tests that need it skip when it is absent.
 */
final class SharedData {

    private SharedData() {}

    static Optional<Path> dataDir() {
        String property = System.getProperty("postlens.shared");
        if (property != null) {
            Path data = Path.of(property).resolve("data");
            return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolveSibling("shared").resolve("data");
            if (dir.getParent() != null && Files.isDirectory(data)) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    /** A TweetEval task folder ({@code irony}, {@code stance/abortion}...): train and val splits, labels named by mapping.txt. */
    static TrainingData tweetEval(Path data, String task) {
        Path folder = data.resolve("tweeteval").resolve(task);
        try {
            Map<String, String> names = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve("mapping.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] parts = line.strip().split("\t");
                    names.put(parts[0], parts[1]);
                }
            }
            return new TrainingData(List.copyOf(names.values()), false, split(folder, "train", names), split(folder, "val", names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LabelledText> split(Path folder, String split, Map<String, String> names) throws IOException {
        List<String> texts = Files.readAllLines(folder.resolve(split + "_text.txt"), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(folder.resolve(split + "_labels.txt"), StandardCharsets.UTF_8);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).isBlank()) {
                examples.add(LabelledText.of(texts.get(i), names.get(labels.get(i).strip())));
            }
        }
        return examples;
    }
}
