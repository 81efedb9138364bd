package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

class LabelSchemasTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedTaskHasASchemaStoredInTheProjectWithStancePerTargetAndTheVerdictScale() throws Exception {
        Path file = dir.resolve("p.postlens");
        try (Project project = Project.create(file)) {
            List<LabelSchema> schemas = new LabelSchemas(project, TaskDefinitions.shipped()).all();

            assertThat(schemas).extracting(LabelSchema::name).contains("verdict", "sentiment", "propaganda",
                    "stance:abortion", "stance:hillary").doesNotContain("stance");
            LabelSchema verdict = schemas.stream().filter(s -> s.name().equals("verdict")).findFirst().orElseThrow();
            assertThat(verdict.kind()).isEqualTo(SchemaKind.VERDICT);
            assertThat(verdict.labels()).containsExactly("true", "mostly true", "misleading", "false", "unverifiable");
            assertThat(schemas.stream().filter(s -> s.name().equals("propaganda")).findFirst().orElseThrow().multiLabel()).isTrue();
        }
        try (Project reopened = Project.open(file)) {
            assertThat(reopened.labelSchemas().find("stance:climate").orElseThrow().task()).isEqualTo("stance:climate");
        }
    }

    @Test
    void aUsersOwnSchemaIsStoredAndAClashingOrMalformedOneIsRefusedWithItsReason() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            LabelSchemas schemas = new LabelSchemas(project, TaskDefinitions.shipped());
            LabelSchema claims = schemas.create(new SchemaDraft("claim-type", "Claim type", SchemaKind.SINGLE,
                    List.of("statistic", "quote", "prediction"), "", List.of(), null));

            assertThat(schemas.require("claim-type")).isEqualTo(claims);
            assertThat(claims.shipped()).isFalse();
            assertThatThrownBy(() -> schemas.create(new SchemaDraft("sentiment", "Mine", SchemaKind.SINGLE,
                    List.of("a", "b"), "", List.of(), null))).hasMessageContaining("already");
            assertThatThrownBy(() -> new SchemaDraft("Claim Type", "x", SchemaKind.SINGLE, List.of("a", "b"), "", List.of(), null))
                    .hasMessageContaining("must be lower-case");
            assertThatThrownBy(() -> new SchemaDraft("x", "x", SchemaKind.SINGLE, List.of("a"), "", List.of(), null))
                    .hasMessageContaining("at least 2 labels");
            assertThatThrownBy(() -> new SchemaDraft("x", "x", SchemaKind.MULTI, List.of("a", "a"), "", List.of(), null))
                    .hasMessageContaining("twice");
            assertThatThrownBy(() -> schemas.require("nope")).hasMessageContaining("no label schema 'nope'")
                    .hasMessageContaining("verdict");
        }
    }
}
