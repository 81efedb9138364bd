package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagesCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsPostsPerLanguageAndSourceAsOneJsonObject() throws Exception {
        Path csv = dir.resolve("posts.csv");
        Files.writeString(csv, """
                id,text,lang
                1,"Flood in the city, again",en
                2,"فيضان في المدينة والناس ينتظرون المساعدة منذ الصباح",
                3,"The river burst its banks overnight and the whole neighbourhood woke up under water",
                4,"🔥🔥🔥",
                """, StandardCharsets.UTF_8);
        Path project = dir.resolve("news.postlens");
        assertThat(CliRun.of("import", project, csv).exitCode()).isZero();

        CliRun run = CliRun.of("languages", project);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("examined").asLong()).as("only the emoji post was still unknown").isEqualTo(1);
        assertThat(json.get("detected").asLong()).isZero();
        JsonNode languages = json.get("languages");
        assertThat(languages.get("en").get("posts").asLong()).isEqualTo(2);
        assertThat(languages.get("en").get("data").asLong()).isEqualTo(1);
        assertThat(languages.get("en").get("detected").asLong()).isEqualTo(1);
        assertThat(languages.get("ar").get("detected").asLong()).isEqualTo(1);
        assertThat(languages.get("und").get("posts").asLong()).isEqualTo(1);
    }

    @Test
    void aMissingProjectIsAUserError() {
        CliRun run = CliRun.of("languages", dir.resolve("missing.postlens"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("missing.postlens");
    }
}
