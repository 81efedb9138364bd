package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postlens.app.testing.SharedData;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.multitask.TaskData;

/** The English tasks of a multi-task run from the real shared/data (skipped when absent). */
class MultiTaskDataSetsTest {

    private final MultiTaskDataSets dataSets = new MultiTaskDataSets(TaskDefinitions.shipped());

    @Test
    void stanceStandsForEveryTargetAndEachTaskKeepsItsDataSetAndMetric() throws IOException {
        List<MultiTaskDataSets.Read> read = dataSets.read(List.of("sarcasm", "stance", "propaganda"), SharedData.folder(),
                500, 200, 42);

        assertThat(read).extracting(r -> r.task().name()).containsExactly("sarcasm", "stance:abortion", "stance:atheism",
                "stance:climate", "stance:feminism", "stance:hillary", "propaganda");
        Map<String, TaskData> byName = read.stream().map(MultiTaskDataSets.Read::task)
                .collect(Collectors.toMap(TaskData::name, Function.identity()));
        assertThat(byName.get("sarcasm").dataSet()).isEqualTo("tweeteval");
        assertThat(byName.get("sarcasm").metric()).isEqualTo("f1:sarcastic");
        assertThat(byName.get("stance:climate").metric()).isEqualTo("mean_f1:against,favor");
        assertThat(byName.get("propaganda").data().multiLabel()).isTrue();
        assertThat(read.get(0).trainBeforeCap()).isEqualTo(2862);
        assertThat(dataSets.read(List.of("stance:feminism"), SharedData.folder(), 50, 50, 1).get(0).source().name())
                .contains("feminist");
        assertThat(byName.get("sarcasm").data().train()).hasSize(500);
        assertThat(byName.get("sarcasm").data().validation()).hasSize(200);
        long ironic = byName.get("sarcasm").data().train().stream().filter(e -> e.labels().contains("sarcastic")).count();
        long ironicAll = read.get(0).source().data().train().stream().filter(e -> e.labels().contains("sarcastic")).count();
        assertThat(ironic / 500.0).isCloseTo(ironicAll / 2862.0, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void aTaskWithoutEnglishDataIsRefused() {
        assertThatThrownBy(() -> dataSets.read(List.of("hostility"), SharedData.folder(), 100, 100, 1))
                .isInstanceOf(UnsupportedDataException.class).hasMessageContaining("no English data set");
    }

    @Test
    void eachTaskNamesTheShippedPackItsCardIsComparedWith() {
        assertThat(MultiTaskDataSets.shippedPackId("sarcasm")).isEqualTo("sarcasm-en");
        assertThat(MultiTaskDataSets.shippedPackId("stance:abortion")).isEqualTo("stance-abortion-en");
        assertThat(MultiTaskDataSets.shippedPackId("stance:feminism")).isEqualTo("stance-feminist-en");
        for (String target : java.util.List.of("abortion", "atheism", "climate", "feminism", "hillary")) {
            String pack = "postlens/packs/" + MultiTaskDataSets.shippedPackId("stance:" + target) + "/model-card.json";
            assertThat(getClass().getClassLoader().getResource(pack)).as(pack).isNotNull();
        }
    }
}
