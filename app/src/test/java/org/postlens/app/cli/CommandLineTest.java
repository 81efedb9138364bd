package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path postsWithOneMalformedRow() throws Exception {
        return write("posts.csv", """
                id,text,created_at,author,likes,lang
                1,"Flood in the city, again",2026-03-01T10:00:00Z,ann,5,en
                2,too,many,fields,here,x,y
                3,"فيضان في المدينة",2026-03-02T09:30:00+03:00,sara,12,ar
                4,"बाढ़ का पानी",2026-03-03T08:00:00Z,ravi,3,hi
                """);
    }

    @Test
    void importCreatesTheProjectReportsCountsAndTheRejectedRowAndExitsZero() throws Exception {
        Path project = dir.resolve("news.postlens");
        CliRun run = CliRun.of("import", project, postsWithOneMalformedRow());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(project).exists();
        assertThat(run.out()).contains("posts.csv: 3 added, 0 duplicates, 1 rejected, 0 warnings");
        assertThat(run.out()).contains("posts.csv:3: expected 6 fields, found 7 — 2,too,many");
        assertThat(run.out()).contains("postlens problems " + project);
        assertThat(run.err()).doesNotContain("Exception");

        CliRun again = CliRun.of("import", project, dir.resolve("posts.csv"));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already imported");
    }

    @Test
    void importExitsNonZeroWhenNothingCouldBeImported() throws Exception {
        Path bad = write("bad.csv", """
                id,text,author
                1,,ann
                2,"",bob
                3,x,y,z
                """);
        Path project = dir.resolve("p.postlens");
        CliRun run = CliRun.of("import", project, bad, dir.resolve("missing.csv"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("bad.csv: 0 added, 0 duplicates, 3 rejected");
        assertThat(run.err()).contains("No such file: " + dir.resolve("missing.csv"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void importGoesOnPastAnUnreadableFileAndSucceedsWhenAnotherImports() throws Exception {
        CliRun run = CliRun.of("import", dir.resolve("p.postlens"), dir.resolve("missing.csv"), postsWithOneMalformedRow());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("No such file");
    }

    @Test
    void importOptionsAreChecked() throws Exception {
        Path csv = write("semi.csv", "id;text\n1;hello; world\n");
        CliRun badCharset = CliRun.of("import", dir.resolve("p.postlens"), csv, "--encoding", "no-such-charset");
        assertThat(badCharset.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(badCharset.err()).contains("--encoding: unknown character encoding 'no-such-charset'");

        CliRun missingPreset = CliRun.of("import", dir.resolve("p.postlens"), csv, "--preset", "nope");
        assertThat(missingPreset.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missingPreset.err()).contains("no mapping preset named 'nope'");

        Path tsv = write("posts.tsv", "id\ttext\n1\thello, world\n");
        CliRun tab = CliRun.of("import", dir.resolve("t.postlens"), tsv, "--delimiter", "tab", "--encoding", "UTF-8");
        assertThat(tab.exitCode()).as(tab.toString()).isZero();
        assertThat(tab.out()).contains("1 added");
    }

    @Test
    void infoPrintsOneJsonObjectWithIntegerCounts() throws Exception {
        Path project = dir.resolve("news.postlens");
        CliRun.of("import", project, postsWithOneMalformedRow());

        CliRun run = CliRun.of("info", project);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode info = new ObjectMapper().readTree(run.out());
        for (String key : List.of("posts", "media", "accounts", "import_errors", "import_warnings", "import_sources",
                "format_version")) {
            assertThat(info.get(key)).as(key).isNotNull();
            assertThat(info.get(key).isIntegralNumber()).as(key).isTrue();
        }
        assertThat(info.get("posts").asLong()).isEqualTo(3);
        assertThat(info.get("accounts").asLong()).isEqualTo(3);
        assertThat(info.get("import_errors").asLong()).isEqualTo(1);
        assertThat(info.get("import_sources").asLong()).isEqualTo(1);
        assertThat(info.get("languages").get("ar").asLong()).isEqualTo(1);
        assertThat(info.get("file").asText()).isEqualTo(project.toAbsolutePath().toString());
    }

    @Test
    void userErrorsAreOneClearLineWithoutStackTrace() throws Exception {
        CliRun missing = CliRun.of("info", dir.resolve("nope.postlens"));
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err()).startsWith("postlens: No such project: " + dir.resolve("nope.postlens"));

        Path notAProject = write("notes.postlens", "just some text");
        CliRun wrong = CliRun.of("info", notAProject);
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrong.err()).contains("is not a Postlens project").doesNotContain("\tat ");
        assertThat(Files.readString(notAProject)).isEqualTo("just some text");

        CliRun usage = CliRun.of("info");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err()).contains("Missing required parameter: 'PROJECT'");

        CliRun noCommand = CliRun.of();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCommand.err()).contains("Missing command");

        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("import", "export", "info", "problems", "bench");
    }

    @Test
    void problemsListsRecordedProblemsAsTableOrJson() throws Exception {
        Path project = dir.resolve("news.postlens");
        CliRun.of("import", project, postsWithOneMalformedRow());

        CliRun table = CliRun.of("problems", project);
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("posts.csv", "rejected", "expected 6 fields, found 7");

        CliRun json = CliRun.of("problems", project, "--json", "--source", "1", "--limit", "10");
        assertThat(json.outLines()).hasSize(1);
        JsonNode problem = new ObjectMapper().readTree(json.outLines().get(0));
        assertThat(problem.get("file").asText()).isEqualTo("posts.csv");
        assertThat(problem.get("record").asLong()).isEqualTo(2);
        assertThat(problem.get("line").asLong()).isEqualTo(3);
        assertThat(problem.get("severity").asText()).isEqualTo("REJECTED");
        assertThat(problem.get("excerpt").asText()).startsWith("2,too,many");

        assertThat(CliRun.of("problems", project, "--source", "2").out()).contains("No import problems");
    }

    @Test
    void exportWritesCsvAndJsonlWithFiltersAndBothImportBack() throws Exception {
        Path project = dir.resolve("news.postlens");
        CliRun.of("import", project, postsWithOneMalformedRow());

        CliRun csv = CliRun.of("export", project, dir.resolve("out/all.csv"));
        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        assertThat(csv.out()).contains("Exported 3 posts");
        assertThat(Files.readAllLines(dir.resolve("out/all.csv"))).hasSize(4);

        CliRun jsonl = CliRun.of("export", project, dir.resolve("out/ar.jsonl"), "--lang", "ar",
                "--from", "2026-03-02", "--to", "2026-03-02", "--no-has-image");
        assertThat(jsonl.exitCode()).as(jsonl.toString()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out/ar.jsonl"));
        assertThat(lines).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("text").asText()).isEqualTo("فيضان في المدينة");

        CliRun search = CliRun.of("export", project, dir.resolve("out/flood.csv"), "--search", "flood",
                "--author", "@ann");
        assertThat(search.out()).contains("Exported 1 posts");

        for (String out : List.of("out/all.csv", "out/ar.jsonl")) {
            CliRun back = CliRun.of("import", dir.resolve("back-" + out.substring(4) + ".postlens"), dir.resolve(out));
            assertThat(back.exitCode()).as(back.toString()).isZero();
            assertThat(back.out()).contains("0 rejected, 0 warnings");
        }

        CliRun badName = CliRun.of("export", project, dir.resolve("out/all.xlsx"));
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(badName.err()).contains("name it .csv or .jsonl");
        CliRun badDate = CliRun.of("export", project, dir.resolve("x.csv"), "--from", "yesterday");
        assertThat(badDate.err()).contains("--from: cannot read 'yesterday' as a date");
    }

    @Test
    void importsAFolderOfImagesAndExportsThemBesideTheOutput() throws Exception {
        Path images = dir.resolve("screenshots");
        Files.createDirectories(images);
        for (String name : List.of("one.png", "two.png")) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, name.hashCode());
            javax.imageio.ImageIO.write(image, "png", images.resolve(name).toFile());
        }
        Path project = dir.resolve("shots.postlens");
        CliRun run = CliRun.of("import", project, images, postsWithOneMalformedRow());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("screenshots: 2 added");

        CliRun export = CliRun.of("export", project, dir.resolve("out/shots.jsonl"), "--has-image");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Exported 2 posts", "Wrote 2 images");
        List<String> lines = Files.readAllLines(dir.resolve("out/shots.jsonl"));
        String image = new ObjectMapper().readTree(lines.get(0)).get("images").get(0).asText();
        assertThat(image).startsWith("shots_media/").endsWith(".png");
        assertThat(dir.resolve("out").resolve(image)).exists();
        assertThat(new ObjectMapper().readTree(CliRun.of("info", project).out()).get("media").asLong()).isEqualTo(2);
    }

    @Test
    void benchImportPrintsItsFiguresAsJsonOnTheLastLine() throws Exception {
        Path keep = dir.resolve("bench");
        CliRun run = CliRun.of("bench", "import", "--posts", "2000", "--keep", keep);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.get("posts").asLong()).isEqualTo(2000);
        for (String key : List.of("posts_per_s", "baseline_posts_per_s", "ratio", "peak_heap_mb", "first_page_ms",
                "search_ms")) {
            assertThat(figures.get(key)).as(key).isNotNull();
            assertThat(figures.get(key).isNumber()).as(key).isTrue();
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(keep.resolve("bench.postlens")).exists();
        CliRun info = CliRun.of("info", keep.resolve("bench.postlens"));
        assertThat(new ObjectMapper().readTree(info.out()).get("posts").asLong()).isEqualTo(2000);
        assertThat(new ObjectMapper().readTree(info.out()).get("import_errors").asLong()).isZero();
    }
}
