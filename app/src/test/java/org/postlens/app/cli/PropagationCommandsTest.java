package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postlens.app.testing.NearDuplicatePosts.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.store.Project;
import org.postlens.app.testing.NearDuplicatePosts;
import org.postlens.resources.TaskDefinitions;

/** {@code postlens propagate} and {@code postlens suggestions} on a real project file. */
class PropagationCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void propagatesALabelThenAcceptsAndRejectsTheSuggestionsHeadless() throws Exception {
        Path file = NearDuplicatePosts.create(dir, true);
        try (Project project = Project.open(file)) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
        }

        CliRun propagate = CliRun.of("propagate", file, "--schema", "verdict", "--post", "a", "--annotator", "ana", "--json");

        assertThat(propagate.exitCode()).as(propagate.toString()).isZero();
        JsonNode counts = JSON.readTree(propagate.outLines().get(propagate.outLines().size() - 1));
        assertThat(counts.get("suggested").asInt()).isEqualTo(2);
        assertThat(counts.get("pending").asInt()).isEqualTo(2);
        assertThat(counts.get("text_compared").asBoolean()).isTrue();

        JsonNode listed = JSON.readTree(CliRun.of("suggestions", file, "--schema", "verdict").out());
        assertThat(listed.get("suggestions")).hasSize(2);
        JsonNode forB = find(listed, "b");
        assertThat(forB.get("source_post").asText()).isEqualTo("a");
        assertThat(forB.get("labels").get(0).asText()).isEqualTo("false");
        assertThat(forB.get("reason").asText()).startsWith("near-identical text");
        long forC = find(listed, "c").get("id").asLong();

        CliRun accept = CliRun.of("suggestions", file, "--schema", "verdict", "--annotator", "ana",
                "--accept", forB.get("id").asLong());
        CliRun reject = CliRun.of("suggestions", file, "--schema", "verdict", "--annotator", "ana", "--reject", forC);
        CliRun again = CliRun.of("suggestions", file, "--schema", "verdict", "--accept", forC);

        assertThat(accept.exitCode()).as(accept.toString()).isZero();
        assertThat(JSON.readTree(accept.out()).get("accepted").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(reject.out()).get("pending").asInt()).isZero();
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("rejected by ana");
        try (Project project = Project.open(file)) {
            LabelSchema verdict = project.labelSchemas().find("verdict").orElseThrow();
            assertThat(project.annotations().current(verdict.id(), id(project, "b")))
                    .extracting(Annotation::annotator, Annotation::origin)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", AnnotationOrigin.PROPAGATION));
            assertThat(project.annotations().current(verdict.id(), id(project, "c"))).isEmpty();
        }
    }

    @Test
    void acceptAllFromTakesEverySuggestionOfOneLabelledPostAndWithoutEmbeddingsItSaysSo() throws Exception {
        Path file = NearDuplicatePosts.create(dir, false);
        try (Project project = Project.open(file)) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("misleading")));
        }

        CliRun propagate = CliRun.of("propagate", file, "--schema", "verdict", "--annotator", "ana");
        CliRun accept = CliRun.of("suggestions", file, "--schema", "verdict", "--annotator", "ana", "--accept-all-from", "a");

        assertThat(propagate.exitCode()).as(propagate.toString()).isZero();
        assertThat(propagate.err()).contains("only images were compared: run `postlens embed " + file + "`");
        assertThat(propagate.out()).contains("1 new suggestion for ana");
        assertThat(JSON.readTree(accept.out()).get("accepted").asInt()).isEqualTo(1);
        try (Project project = Project.open(file)) {
            LabelSchema verdict = project.labelSchemas().find("verdict").orElseThrow();
            assertThat(project.annotations().current(verdict.id(), id(project, "c")))
                    .extracting(Annotation::labels).containsExactly(List.of("misleading"));
        }
    }

    private static JsonNode find(JsonNode listed, String post) {
        for (JsonNode row : listed.get("suggestions")) {
            if (row.get("post").asText().equals(post)) {
                return row;
            }
        }
        throw new AssertionError("no suggestion for post " + post + " in " + listed);
    }
}
