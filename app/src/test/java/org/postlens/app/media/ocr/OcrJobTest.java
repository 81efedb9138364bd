package org.postlens.app.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.media.ContentHash;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;
import org.postlens.app.store.SearchText;

class OcrJobTest {

    static final String ENGLISH = "Flooded market closed until Friday";
    static final String ARABIC = "أغلق الجسر القديم بسبب الفيضان";
    static final String HINDI = "नदी में बाढ़ के कारण पुल बंद है";

    static TesseractEngine engine;
    static Media english;
    static Media arabic;
    static Media hindi;
    static final Media DAMAGED = media("this is not an image at all".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    Project project;
    ImportSource source;
    long record;

    @BeforeAll
    static void engineAndImages() {
        engine = OcrTestSupport.engineOrSkip(OcrLanguages.ALL);
        english = media(OcrTestSupport.image(ENGLISH));
        arabic = media(OcrTestSupport.image(ARABIC));
        hindi = media(OcrTestSupport.image(HINDI));
    }

    @BeforeEach
    void project() throws Exception {
        project = Project.create(dir.resolve("ocr.postlens"));
        source = project.imports().begin("/tmp/posts.csv", "posts.csv", "sha-posts", "CSV", null);
        write(post("en1", "Photo from this morning", "en"), english);
        write(post("en2", "Same picture again", "en"), english);
        write(post("ar1", "صورة من المدينة", "ar"), arabic);
        write(post("hi1", null, "hi"), hindi);
        write(post("bad", "A broken upload", null), DAMAGED);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void readsEveryImageOnceAndFindsPostsByTheTextInTheirImages() {
        OcrReport report = job(null, 2).run(progress -> { }, CancellationToken.none());

        assertThat(report.read()).isEqualTo(4);
        assertThat(report.problems()).isEqualTo(1);
        assertThat(report.withText()).isEqualTo(3);
        assertThat(report.run().status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(report.run().kind()).isEqualTo(OcrJob.RUN_KIND);
        assertThat(report.run().modelVersion()).startsWith("5.");

        ImageText englishText = project.imageTexts().find(english.sha256()).orElseThrow();
        assertThat(englishText.languages()).isEqualTo("eng");
        assertThat(englishText.text()).containsIgnoringCase("market");
        assertThat(englishText.confidence()).isGreaterThan(50);
        assertThat(englishText.runId()).isEqualTo(report.run().id());
        assertThat(project.imageTexts().find(arabic.sha256()).orElseThrow().languages()).isEqualTo("eng+ara");
        assertThat(project.imageTexts().find(hindi.sha256()).orElseThrow().languages()).isEqualTo("eng+hin");
        ImageText damaged = project.imageTexts().find(DAMAGED.sha256()).orElseThrow();
        assertThat(damaged.isProblem()).isTrue();
        assertThat(damaged.text()).isNull();

        assertThat(ids("market")).containsExactly("en1", "en2");
        assertThat(ids("morning")).containsExactly("en1"); // the post's own text is still indexed, once
        assertThat(ids("broken")).containsExactly("bad");
        assertThat(ids(recognisedWordOf(arabic, ARABIC))).containsExactly("ar1");
        assertThat(ids("المدينة")).containsExactly("ar1");
        assertThat(ids(recognisedWordOf(hindi, HINDI))).containsExactly("hi1");
    }

    @Test
    void runningAgainReadsNothingAndChangesNoSearchRow() {
        job(null, 1).run(progress -> { }, CancellationToken.none());
        long before = project.posts().count(PostQuery.all().withSearch("market"));

        OcrReport again = job(null, 1).run(progress -> { }, CancellationToken.none());

        assertThat(again.run()).isNull();
        assertThat(again.read()).isZero();
        assertThat(again.alreadyRead()).isEqualTo(4);
        assertThat(project.posts().count(PostQuery.all().withSearch("market"))).isEqualTo(before).isEqualTo(2);
    }

    @Test
    void aPostImportedLaterWithAnImageAlreadyReadIsFoundByItsText() {
        job(null, 1).run(progress -> { }, CancellationToken.none());
        write(post("en3", "Reposted", "en"), english);
        assertThat(ids("market")).containsExactly("en1", "en2");

        OcrReport report = job(null, 1).run(progress -> { }, CancellationToken.none());

        assertThat(report.read()).isZero();
        assertThat(report.postsIndexed()).isEqualTo(1);
        assertThat(ids("market")).containsExactly("en1", "en2", "en3");
        assertThat(ids("reposted")).containsExactly("en3");
    }

    @Test
    void chosenLanguagesReadEveryImageWithThemAndTheLatestReadingIsTheOneShownAndSearched() {
        job(null, 4).run(progress -> { }, CancellationToken.none());
        OcrReport english = job(OcrLanguages.parse("eng"), 4).run(progress -> { }, CancellationToken.none());

        assertThat(english.read()).isEqualTo(3); // the English image was read with "eng" already
        assertThat(english.languages()).isEqualTo("eng");
        assertThat(project.imageTexts().find(arabic.sha256()).orElseThrow().languages()).isEqualTo("eng");
        assertThat(ids("market")).containsExactly("en1", "en2");
        assertThat(ids("المدينة")).containsExactly("ar1");
    }

    @Test
    void aCancelledRunKeepsItsStoredBatchesAndTheNextRunReadsOnlyTheRest() {
        CancellationToken cancel = new CancellationToken();
        List<Long> done = new ArrayList<>();
        assertThatThrownBy(() -> job(null, 1).run(progress -> {
            done.add(progress.done());
            if (progress.done() >= 1) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(JobCancelledException.class);
        long readBefore = project.imageTexts().countReadAndProblems()[0];
        assertThat(readBefore).isBetween(1L, 3L);

        OcrReport rest = job(null, 1).run(progress -> { }, CancellationToken.none());

        assertThat(rest.read()).isEqualTo(4 - readBefore);
        assertThat(rest.alreadyRead()).isEqualTo(readBefore);
        assertThat(ids("market")).containsExactly("en1", "en2");
    }

    @Test
    void theEncoderReadsAPostsTextThenTheTextInItsImages() {
        job(null, 4).run(progress -> { }, CancellationToken.none());

        List<PostText> texts = project.embeddings().missing("any-model", 0, 100);

        PostText en1 = texts.stream().filter(t -> t.text().startsWith("Photo from this morning")).findFirst().orElseThrow();
        assertThat(en1.text()).startsWith("Photo from this morning\n").containsIgnoringCase("market");
        assertThat(en1.lang()).isEqualTo("en");
        PostText hi1 = texts.stream().filter(t -> "hi".equals(t.lang())).findFirst().orElseThrow();
        assertThat(OcrTestSupport.wordsFound(hi1.text(), HINDI)).isGreaterThan(0.5); // image-only: its image's text
        assertThat(texts.stream().filter(t -> "A broken upload".equals(t.text()))).hasSize(1);
        assertThat(project.embeddings().countMissing("any-model")).isEqualTo(5);
    }

    @Test
    void imagesOfALanguageNotInstalledWaitForItsDataAndTheRestIsRead(@TempDir Path englishOnly) throws Exception {
        java.nio.file.Files.copy(engine.tessdata().resolve("eng.traineddata"), englishOnly.resolve("eng.traineddata"));
        TesseractEngine withEnglishOnly = TesseractEngine.open(englishOnly, OcrLanguages.REQUIRED_BY_DEFAULT);

        OcrReport partial = new OcrJob(project, withEnglishOnly, null, 1, 2).run(progress -> { }, CancellationToken.none());

        assertThat(partial.read()).isEqualTo(2); // the English image, and the damaged one of unknown language
        assertThat(partial.waiting()).isEqualTo(2);
        assertThat(partial.missingLanguages()).containsExactly("ara", "hin");
        assertThat(partial.waitingExplanation()).contains("sudo apt install tesseract-ocr-ara tesseract-ocr-hin");
        assertThat(project.imageTexts().find(DAMAGED.sha256()).orElseThrow().languages()).isEqualTo("eng");
        assertThat(project.imageTexts().find(arabic.sha256())).isEmpty();
        assertThat(ids("market")).containsExactly("en1", "en2");

        OcrReport rest = job(null, 2).run(progress -> { }, CancellationToken.none());

        assertThat(rest.read()).isEqualTo(2);
        assertThat(rest.waiting()).isZero();
        assertThat(project.imageTexts().find(arabic.sha256()).orElseThrow().languages()).isEqualTo("eng+ara");
    }

    private OcrJob job(OcrLanguages languages, int batch) {
        return new OcrJob(project, engine, languages, 2, batch);
    }

    /** A word of {@code expected} that OCR read in the image, so the search test does not hang on OCR's misses. */
    private String recognisedWordOf(Media image, String expected) {
        String read = SearchText.normalize(project.imageTexts().find(image.sha256()).orElseThrow().text());
        List<String> readWords = Arrays.asList(read.split("[^\\p{L}\\p{M}\\p{N}]+"));
        return Arrays.stream(SearchText.normalize(expected).split(" ")).filter(word -> word.length() > 2)
                .filter(readWords::contains).findFirst()
                .orElseThrow(() -> new AssertionError("OCR read none of \"" + expected + "\" in: " + read));
    }

    private List<String> ids(String search) {
        return project.posts().page(PostQuery.all().withSearch(search), 0, 100).stream().map(PostRow::sourceId)
                .sorted().toList();
    }

    private PostDraft post(String id, String text, String lang) {
        record++;
        return new PostDraft("", id, text, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(record), "desk", null,
                null, null, null, null, lang, List.of(), "{}", record, record);
    }

    private void write(PostDraft draft, Media image) {
        project.imports().write(new ImportBatch(source.id(), List.of(new ImportBatch.NewPost(draft,
                List.of(new ImportBatch.Attachment(image, null, "image.png")))), List.of(), record));
    }

    private static Media media(byte[] bytes) {
        return new Media(ContentHash.sha256(bytes), "image/png", bytes.length, 1000, 150, bytes);
    }
}
