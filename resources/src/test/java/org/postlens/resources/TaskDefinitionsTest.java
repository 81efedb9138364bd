package org.postlens.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskDefinitionsTest {

    private static final Set<String> PLAIN_METRICS = Set.of("accuracy", "macro_f1", "micro_f1", "weighted_f1", "macro_recall");

    private final TaskDefinitions tasks = TaskDefinitions.shipped();

    @Test
    void definesEveryTaskOfTheDesignTable() {
        assertThat(tasks.all()).extracting(TaskDefinition::id).containsExactly(
                "sentiment", "emoji", "emotion", "sarcasm", "stance", "offensive", "hate", "hostility", "checkworthiness",
                "truthfulness", "propaganda", "topic");
    }

    @Test
    void stanceNamesTheTargetsOfTheShippedStancePacks() {
        for (String target : tasks.find("stance").orElseThrow().targets()) {
            String pack = "postlens/packs/stance-" + target + "-en/serving.properties";
            assertThat(getClass().getClassLoader().getResource(pack)).as(pack).isNotNull();
        }
        assertThat(tasks.find("stance").orElseThrow().targets()).hasSize(5);
        assertThat(tasks.find("sentiment").orElseThrow().targets()).isEmpty();
    }

    @Test
    void everyMetricIsOneTheEvaluatorKnowsAndNamesExistingLabels() {
        for (TaskDefinition task : tasks.all()) {
            assertMetric(task, task.metric());
            task.languages().values().forEach(language -> assertMetric(task, language.metric()));
        }
    }

    @Test
    void languagesHaveTheirOwnMetricWhereTheLiteratureDiffers() {
        TaskDefinition sentiment = tasks.find("sentiment").orElseThrow();
        assertThat(sentiment.metricFor("en")).isEqualTo("macro_recall");
        assertThat(sentiment.metricFor("ar")).isEqualTo("macro_f1");
        assertThat(sentiment.metricFor("fr")).isEqualTo("macro_f1");
        assertThat(sentiment.language("en").orElseThrow().reference().figures())
                .containsEntry("fasttext", 0.629).containsEntry("roberta_base", 0.713);
    }

    @Test
    void multiLabelTasksAreMarked() {
        assertThat(tasks.all()).filteredOn(TaskDefinition::multiLabel).extracting(TaskDefinition::id)
                .containsExactly("hostility", "propaganda");
        assertThat(tasks.find("propaganda").orElseThrow().labels()).hasSize(20);
    }

    @Test
    void refusesATaskWithRepeatedLabels() {
        String json = """
                {"tasks": [{"id": "x", "name": "X", "metric": "accuracy", "labels": ["a", "a"]}]}""";
        assertThatThrownBy(() -> TaskDefinitions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("'x' needs distinct labels");
    }

    private static void assertMetric(TaskDefinition task, String metric) {
        if (metric.startsWith("f1:")) {
            assertThat(task.labels()).as(task.id()).contains(metric.substring(3));
        } else if (metric.startsWith("mean_f1:")) {
            List<String> labels = Arrays.asList(metric.substring(8).split(","));
            assertThat(task.labels()).as(task.id()).containsAll(labels);
        } else {
            assertThat(PLAIN_METRICS).as(task.id()).contains(metric);
        }
    }
}
