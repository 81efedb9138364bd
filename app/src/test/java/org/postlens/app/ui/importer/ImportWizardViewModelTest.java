package org.postlens.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.ingest.platform.PlatformFixtures;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.ui.importer.ImportBackend.Summary;
import org.postlens.app.ui.importer.ImportWizardViewModel.Delimiter;
import org.postlens.app.ui.importer.ImportWizardViewModel.FieldRow;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.jobs.JobsViewModel;

class ImportWizardViewModelTest {

    @TempDir
    Path dir;
    Project project;
    JobsViewModel jobs = new JobsViewModel();
    List<Summary> imported = new ArrayList<>();
    ImportWizardViewModel wizard;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("t.postlens"));
        wizard = new ImportWizardViewModel(TestPosts.backend(project, dir.resolve("presets")), new CurrentThreadTaskExecutor(),
                jobs, imported::add);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private String column(String field) {
        return wizard.fieldRows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow()
                .columnProperty().get();
    }

    private FieldRow row(String field) {
        return wizard.fieldRows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void choosingAFileDetectsTheMappingAndPreviewsRowsAsMapped() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));

        assertThat(wizard.columnChoices()).contains("id", "text", "created_at", "author");
        assertThat(column("TEXT")).isEqualTo("text");
        assertThat(column("CREATED_AT")).isEqualTo("created_at");
        assertThat(column("IMAGES")).isEqualTo(ImportWizardViewModel.NO_COLUMN);
        assertThat(row("CREATED_AT").label()).isEqualTo("Date");
        assertThat(row("LIKES").label()).isEqualTo("Likes");
        assertThat(wizard.preview()).hasSize(6);
        assertThat(wizard.preview().get(0).date()).isEqualTo("2026-03-14 09:12:00");
        assertThat(wizard.preview().get(0).likes()).isEqualTo("120");
        assertThat(wizard.preview().get(1).text()).startsWith("الفَيَضَانُ");
        assertThat(wizard.readyProperty().get()).isTrue();
    }

    @Test
    void changingAColumnRemapsThePreviewAndWithoutTextImportIsBlocked() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        row("LIKES").columnProperty().set("views");
        assertThat(wizard.preview().get(0).likes()).isEqualTo("5,000");

        row("TEXT").columnProperty().set(ImportWizardViewModel.NO_COLUMN);
        assertThat(wizard.readyProperty().get()).isFalse();
        assertThat(wizard.messageProperty().get()).contains("post text");
    }

    @Test
    void badDatesShowAsProblemsInThePreview() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "bad.csv",
                List.of("1,not a date,a,\"hello\",1,1,1,1,en", "2,2026-03-14T09:12:00Z,b,\"fine\",1,1,1,1,en")));
        assertThat(wizard.preview().get(0).problems()).isNotBlank();
        assertThat(wizard.preview().get(1).problems()).isBlank();
    }

    @Test
    void recordsThatCannotBeReadAreShownAsRejectedInThePreview() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "broken.csv", List.of(
                "1,2026-03-14T09:12:00Z,a,\"fine\",1,1,1,1,en",
                "2,2026-03-14T09:12:00Z,b,too few fields",
                "3,2026-03-14T09:12:00Z,c,\"also fine\",1,1,1,1,en")));
        assertThat(wizard.preview()).extracting(ImportBackend.MappedRow::record).containsExactly(1L, 2L, 3L);
        assertThat(wizard.preview().get(1).rejected()).isTrue();
        assertThat(wizard.preview().get(1).problems()).startsWith("Rejected: ");
        assertThat(wizard.preview().get(1).text()).contains("too few fields");
        assertThat(wizard.previewSummaryProperty().get())
                .isEqualTo("First 3 records as they will be imported: 1 will be rejected (see the Problems column).");
    }

    @Test
    void delimiterOnlyForDelimitedFiles() {
        assertThat(ImportWizardViewModel.usesDelimiter(Path.of("a.CSV"))).isTrue();
        assertThat(ImportWizardViewModel.usesDelimiter(Path.of("a.tsv"))).isTrue();
        assertThat(ImportWizardViewModel.usesDelimiter(Path.of("dump.jsonl"))).isFalse();
        assertThat(ImportWizardViewModel.usesDelimiter(Path.of("dump.json"))).isFalse();
    }

    @Test
    void previewSummaryInPlainWords() {
        ImportBackend.MappedRow ok = new ImportBackend.MappedRow(1, "1", "", "", "t", "", "", "", "", "", "", "");
        ImportBackend.MappedRow warning = new ImportBackend.MappedRow(2, "2", "", "", "t", "", "", "", "", "", "", "bad date");
        assertThat(ImportWizardViewModel.describePreview(List.of(ok))).isEqualTo("First 1 record as they will be imported: no problems.");
        assertThat(ImportWizardViewModel.describePreview(List.of(ok, warning)))
                .isEqualTo("First 2 records as they will be imported: 1 with a warning (see the Problems column).");
        assertThat(ImportWizardViewModel.describePreview(List.of())).isEqualTo("No records found in the file.");
    }

    @Test
    void summaryHeadlineSaysWhatHappened() {
        Summary done = new Summary("a.csv", "COMPLETED", 10, 7, 1, 2, 3, List.of());
        assertThat(ImportWizardViewModel.headline(done))
                .isEqualTo("Imported a.csv (10 records): 7 posts added · 1 duplicates skipped · 2 rejected · 3 warnings.");
        Summary cancelled = new Summary("a.csv", "CANCELLED", 4, 4, 0, 0, 0, List.of());
        assertThat(ImportWizardViewModel.headline(cancelled)).startsWith("Import of a.csv cancelled after 4 records")
                .contains("import the file again");
    }

    @Test
    void unknownTimeZoneIsReported() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        wizard.zoneProperty().set("Mars/Olympus");
        assertThat(wizard.readyProperty().get()).isFalse();
        assertThat(wizard.messageProperty().get()).contains("Unknown time zone");
        wizard.zoneProperty().set("Asia/Riyadh");
        assertThat(wizard.readyProperty().get()).isTrue();
    }

    @Test
    void encodingAndDelimiterChoicesRereadTheFile() throws Exception {
        Path file = dir.resolve("semi.csv");
        Files.write(file, List.of("id;text;created_at", "1;مرحبا بالعالم;2026-03-14T09:12:00Z"), Charset.forName("windows-1256"));
        wizard.chooseFile(file);
        wizard.encodingProperty().set("windows-1256");
        wizard.delimiterProperty().set(Delimiter.SEMICOLON);
        assertThat(wizard.columnChoices()).contains("id", "text", "created_at");
        wizard.applyMapping(new ImportBackend.Mapping(java.util.Map.of("ID", "id", "TEXT", "text", "CREATED_AT", "created_at"), "", "UTC"));
        assertThat(wizard.preview()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("مرحبا بالعالم"));
    }

    @Test
    void presetsSaveAndLoad() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        row("LIKES").columnProperty().set("shares");
        wizard.platformProperty().set("twitter");
        wizard.savePreset("my export");
        assertThat(wizard.presets()).contains("my export");

        row("LIKES").columnProperty().set("likes");
        wizard.platformProperty().set("");
        wizard.loadPreset("my export");
        assertThat(column("LIKES")).isEqualTo("shares");
        assertThat(wizard.platformProperty().get()).isEqualTo("twitter");
    }

    @Test
    void importRunsAsAJobAndEndsWithASummary() throws Exception {
        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        wizard.startImport();

        assertThat(imported).singleElement().satisfies(summary -> {
            assertThat(summary.postsAdded()).isEqualTo(6);
            assertThat(summary.rejected()).isZero();
            assertThat(summary.file()).isEqualTo("posts.csv");
        });
        assertThat(wizard.summaryProperty().get()).isNotNull();
        assertThat(wizard.importingProperty().get()).isFalse();
        assertThat(jobs.isRunning()).isFalse();
        assertThat(project.posts().count(PostQuery.all())).isEqualTo(6);

        // The same file again: recognised, nothing added.
        ImportWizardViewModel again = new ImportWizardViewModel(TestPosts.backend(project, dir.resolve("presets")),
                new CurrentThreadTaskExecutor(), jobs, imported::add);
        again.chooseFile(dir.resolve("posts.csv"));
        again.startImport();
        assertThat(imported.get(1).alreadyImported()).isTrue();
        assertThat(project.posts().count(PostQuery.all())).isEqualTo(6);
    }

    @Test
    void aPlatformExportIsRecognisedAndImportedWithoutAMapping() throws Exception {
        Path archive = PlatformFixtures.xArchive(dir, "twitter-2024-03-03");
        wizard.chooseFile(archive);

        assertThat(wizard.recognisedFormatProperty().get()).isEqualTo("X/Twitter account archive");
        assertThat(wizard.previewSummaryProperty().get()).contains("no columns to map");
        assertThat(wizard.readyProperty().get()).isTrue();

        wizard.startImport();

        assertThat(imported).singleElement().satisfies(summary -> {
            assertThat(summary.postsAdded()).isEqualTo(6);
            assertThat(summary.rejected()).isEqualTo(1);
        });
        assertThat(project.links().counts().total()).isEqualTo(3);
    }

    @Test
    void anUnsafeZipIsRefusedWithItsReasonAndAPlainFileAfterItIsMappedAsBefore() throws Exception {
        Path zip = dir.resolve("export.zip");
        try (var out = Files.newOutputStream(zip); var stream = new java.util.zip.ZipOutputStream(out)) {
            stream.putNextEntry(new java.util.zip.ZipEntry("../result.json"));
            stream.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stream.closeEntry();
        }
        wizard.chooseFile(zip);
        assertThat(wizard.messageProperty().get()).startsWith("Cannot import export.zip:")
                .contains("would escape the target folder");
        assertThat(wizard.readyProperty().get()).isFalse();

        wizard.chooseFile(TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        assertThat(wizard.recognisedFormatProperty().get()).isEmpty();
        assertThat(column("TEXT")).isEqualTo("text");
        assertThat(wizard.readyProperty().get()).isTrue();
    }
}
