package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;

/** The task definitions, the data set chosen per task and language, and the pack-building script agree. */
class ShippedPacksListTest {

    private static Set<String> definedTaskLanguages() {
        Set<String> keys = new HashSet<>();
        for (TaskDefinition task : TaskDefinitions.shipped().all()) {
            task.languages().keySet().forEach(language -> keys.add(task.id() + "/" + language));
        }
        return keys;
    }

    @Test
    void everyTaskLanguageHasAShippedDataSetAndNoOther() {
        assertThat(TrainingDataSources.SHIPPED.keySet()).containsExactlyInAnyOrderElementsOf(definedTaskLanguages());
    }

    @Test
    void theScriptBuildsAPackForEveryTaskLanguageFromItsDataSet() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("tools/train-shipped-packs.sh");
        Pattern line = Pattern.compile(
                "(?m)^(\\S+-(\\w\\w))\\s+(\\w+)(?::([\\w-]+))?\\s+(\\w\\w)\\s+(\\S+)\\s+(auto|ngram|encoder|combined)\\b.*$");
        Matcher packs = line.matcher(Files.readString(script));
        Set<String> built = new HashSet<>();
        Set<String> stanceTargets = new HashSet<>();
        while (packs.find()) {
            String key = packs.group(3) + "/" + packs.group(5);
            assertThat(packs.group(2)).as(packs.group(1)).isEqualTo(packs.group(5));
            assertThat(packs.group(6)).as(packs.group(1)).startsWith(TrainingDataSources.SHIPPED.get(key));
            if (packs.group(3).equals("stance")) {
                assertThat(packs.group(4)).as(packs.group(1) + ": a stance pack names its target, or only one would run")
                        .isNotNull();
                stanceTargets.add(packs.group(4));
            }
            built.add(key);
        }
        assertThat(stanceTargets).containsExactlyInAnyOrder("abortion", "atheism", "climate", "feminism", "hillary");
        assertThat(built).containsExactlyInAnyOrderElementsOf(definedTaskLanguages());
    }
}
