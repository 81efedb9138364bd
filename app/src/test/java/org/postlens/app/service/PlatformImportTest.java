package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Account;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostLink;
import org.postlens.app.domain.StoredPostLink;
import org.postlens.app.ingest.archive.UnsafeArchiveException;
import org.postlens.app.ingest.platform.PlatformFixtures;
import org.postlens.app.ingest.platform.PlatformFormat;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

class PlatformImportTest {

    private static final String X = "twitter";

    @TempDir
    Path dir;

    @Test
    void xArchiveFolderBringsTweetsImagesAuthorAndLinks() throws Exception {
        Path archive = PlatformFixtures.xArchive(dir, "twitter-2024-03-03");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(archive)).contains(PlatformFormat.X_ARCHIVE);

            ImportReport report = importPath(service, archive);

            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(report.records()).isEqualTo(7);
            assertThat(report.postsAdded()).isEqualTo(6);
            assertThat(report.rejected()).isEqualTo(1);
            ImportProblem noId = rejected(project).get(0);
            assertThat(noId.file()).isEqualTo("data/tweets.js");
            assertThat(noId.recordNumber()).isEqualTo(6);
            assertThat(noId.reason()).isEqualTo("the tweet has no id_str");
            assertThat(noId.excerpt()).contains("A tweet whose id went missing");

            Post photo = post(project, X, "1100000000000000001");
            assertThat(photo.text()).isEqualTo("Water is over the old bridge #RivertonFlood https://t.co/aaaaaaaaaa");
            assertThat(photo.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
            assertThat(photo.author()).isEqualTo("riverton_desk");
            assertThat(photo.url()).isEqualTo("https://x.com/riverton_desk/status/1100000000000000001");
            assertThat(photo.likes()).isEqualTo(1204);
            assertThat(photo.shares()).isEqualTo(87);
            assertThat(photo.lang()).isEqualTo("en");
            assertThat(photo.media()).hasSize(1);
            assertThat(photo.media().get(0).sha256()).isNotNull();
            assertThat(photo.media().get(0).originalName()).isEqualTo("tweets_media/1100000000000000001-FloodBridge01.jpg");

            Post older = post(project, X, "1100000000000000004");
            assertThat(older.text()).startsWith("Shelters:");
            assertThat(older.likes()).isEqualTo(1020);
            assertThat(older.lang()).isNull();

            Post reply = post(project, X, "1100000000000000002");
            assertThat(linksOf(project, reply)).containsExactly(new StoredPostLink(reply.id(),
                    new PostLink(PostLink.Kind.REPLY_TO, X, "1100000000000000004", "riverton_desk"), older.id()));
            Post retweet = post(project, X, "1100000000000000003");
            assertThat(linksOf(project, retweet)).containsExactly(new StoredPostLink(retweet.id(),
                    new PostLink(PostLink.Kind.REPOST_OF, X, null, "riverton_wx"), null));
            Post quote = post(project, X, "1100000000000000005");
            assertThat(linksOf(project, quote)).containsExactly(new StoredPostLink(quote.id(),
                    new PostLink(PostLink.Kind.QUOTE_OF, X, "1100000000000000001", "riverton_desk"), photo.id()));
            assertThat(project.links().to(photo.id())).extracting(StoredPostLink::postId).containsExactly(quote.id());

            Post notArchived = post(project, X, "1100000000000000007");
            assertThat(notArchived.media()).singleElement().satisfies(media -> {
                assertThat(media.sha256()).isNull();
                assertThat(media.url()).isEqualTo("https://pbs.twimg.com/media/NotArchived02.jpg");
            });
            assertThat(project.imports().problems(null, 0, 50)).anySatisfy(problem -> {
                assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.WARNING);
                assertThat(problem.recordNumber()).isEqualTo(7);
                assertThat(problem.reason()).contains("NotArchived02.jpg is not in the archive");
            });

            List<Account> accounts = project.accounts().search("riverton_desk", 5);
            assertThat(accounts).singleElement().satisfies(account -> {
                assertThat(account.platform()).isEqualTo(X);
                assertThat(account.displayName()).isEqualTo("Riverton News Desk");
                assertThat(account.postCount()).isEqualTo(6);
            });
        }
    }

    @Test
    void theSameArchiveZippedIsTheSameImportAndItsImagesAreReadFromTheZip() throws Exception {
        Path folder = PlatformFixtures.xArchive(dir, "twitter-2024-03-03");
        Path zip = PlatformFixtures.zip(folder, dir.resolve("twitter-2024-03-03.zip"), "twitter-2024-03-03/");
        try (Project project = Project.create(dir.resolve("zip.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(zip)).contains(PlatformFormat.X_ARCHIVE);
            assertThat(importPath(service, zip).postsAdded()).isEqualTo(6);
            assertThat(post(project, X, "1100000000000000001").media().get(0).sha256()).isNotNull();
            assertThat(project.stats().media()).isEqualTo(1);

            assertThat(importPath(service, folder).outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        }
    }

    @Test
    void anUnsafeZipIsRefusedBeforeAnythingIsImported() throws Exception {
        Path zip = dir.resolve("archive.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            stream.putNextEntry(new ZipEntry("data/tweets.js"));
            stream.write("window.YTD.tweets.part0 = []".getBytes(StandardCharsets.UTF_8));
            stream.closeEntry();
            stream.putNextEntry(new ZipEntry("data/tweets_media/../../../../home/evil.jpg"));
            stream.write(new byte[] {1, 2, 3});
            stream.closeEntry();
        }
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThatThrownBy(() -> importPath(service, zip))
                    .isInstanceOf(UnsafeArchiveException.class)
                    .hasMessageContaining("would escape the target folder");
            assertThat(project.stats().importSources()).isZero();
        }
    }

    @Test
    void telegramExportJoinsEntityTextUsesTheTrueInstantAndKeepsRepliesAndForwards() throws Exception {
        Path export = PlatformFixtures.telegramExport(dir, "ChatExport_2024-03-02");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(export)).contains(PlatformFormat.TELEGRAM_EXPORT);
            assertThat(service.recognise(export.resolve("result.json"))).contains(PlatformFormat.TELEGRAM_EXPORT);

            ImportReport report = importPath(service, export);

            assertThat(report.records()).isEqualTo(8);
            assertThat(report.postsAdded()).isEqualTo(6);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(rejected(project)).singleElement().satisfies(problem -> {
                assertThat(problem.recordNumber()).isEqualTo(8);
                assertThat(problem.reason()).isEqualTo("no text and no image");
                assertThat(problem.file()).isEqualTo("result.json");
                assertThat(problem.line()).isGreaterThan(100);
            });
            assertThat(project.posts().findBySourceId("telegram", "1987654321/1")).isEmpty();

            Post first = post(project, "telegram", "1987654321/2");
            assertThat(first.text()).isEqualTo(
                    "River level 4.2 m at noon. Map: https://example.org/riverton-map and the shelter list.");
            assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
            assertThat(first.author()).isEqualTo("channel1987654321");
            assertThat(first.likes()).isEqualTo(15);
            assertThat(first.media()).singleElement().satisfies(media -> {
                assertThat(media.sha256()).isNotNull();
                assertThat(media.originalName()).isEqualTo("photos/photo_1@01-03-2024_13-00-00.jpg");
            });
            assertThat(project.accounts().search("channel1987654321", 1)).singleElement()
                    .extracting(Account::displayName).isEqualTo("Riverton Flood Updates");

            Post reply = post(project, "telegram", "1987654321/3");
            assertThat(reply.text()).isEqualTo("Correction: 4.3 m.");
            assertThat(linksOf(project, reply)).singleElement().satisfies(link -> {
                assertThat(link.link().kind()).isEqualTo(PostLink.Kind.REPLY_TO);
                assertThat(link.targetPostId()).isEqualTo(first.id());
            });
            Post forwarded = post(project, "telegram", "1987654321/4");
            assertThat(linksOf(project, forwarded)).singleElement().satisfies(link -> {
                assertThat(link.link()).isEqualTo(new PostLink(PostLink.Kind.REPOST_OF, "telegram", null, "Riverton Council"));
                assertThat(link.targetPostId()).isNull();
            });
            Post imageFile = post(project, "telegram", "1987654321/5");
            assertThat(imageFile.text()).isNull();
            assertThat(imageFile.media()).singleElement().satisfies(media -> assertThat(media.mime()).isEqualTo("image/png"));

            List<ImportProblem> warnings = project.imports().problems(null, 0, 50).stream()
                    .filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w.recordNumber()).isEqualTo(6);
                assertThat(w.reason()).contains("image not in the export: (File not included.");
            });
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w.recordNumber()).isEqualTo(7);
                assertThat(w.reason()).contains("../../outside.jpg").contains("would escape");
            });
            assertThat(post(project, "telegram", "1987654321/7").media()).isEmpty();
        }
    }

    @Test
    void telegramExportInAZipReadsItsPhotosFromTheZip() throws Exception {
        Path export = PlatformFixtures.telegramExport(dir, "ChatExport_2024-03-02");
        Path zip = PlatformFixtures.zip(export, dir.resolve("telegram.zip"), "ChatExport_2024-03-02/");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(zip)).contains(PlatformFormat.TELEGRAM_EXPORT);
            assertThat(importPath(service, zip).postsAdded()).isEqualTo(6);
            assertThat(project.stats().media()).isEqualTo(2);
        }
    }

    @Test
    void crowdTangleCsvReadsZonesThousandsSeparatorsAndTheTextColumnThatIsFilled() throws Exception {
        Path csv = PlatformFixtures.crowdTangleCsv(dir, "crowdtangle-riverton.csv");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(csv)).contains(PlatformFormat.CROWDTANGLE_CSV);

            ImportReport report = importPath(service, csv);

            assertThat(report.postsAdded()).isEqualTo(3);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(rejected(project)).singleElement().satisfies(p -> {
                assertThat(p.recordNumber()).isEqualTo(4);
                assertThat(p.line()).isEqualTo(6);
                assertThat(p.excerpt()).startsWith("Mill Lane Residents,");
            });
            Post winter = post(project, "facebook", "https://www.facebook.com/100000000000001/posts/200000000000001");
            assertThat(winter.createdAt()).isEqualTo(Instant.parse("2024-03-01T15:05:00Z"));
            assertThat(winter.author()).isEqualTo("rivertongazette");
            assertThat(winter.likes()).isEqualTo(1001);
            assertThat(winter.raw()).contains("\"Total Interactions\":\"1,234\"");
            Post summer = post(project, "facebook", "https://www.facebook.com/100000000000001/posts/200000000000002");
            assertThat(summer.createdAt()).isEqualTo(Instant.parse("2024-07-01T14:05:00Z"));
            assertThat(summer.text()).isEqualTo("Cleanup day, in pictures:\nvolunteers at the square");
            assertThat(summer.replies()).isEqualTo(1010);
            assertThat(summer.shares()).isEqualTo(3456);
            assertThat(summer.views()).isEqualTo(10500);
            assertThat(summer.media()).singleElement().satisfies(m -> {
                assertThat(m.url()).isEqualTo("https://www.facebook.com/photo/?fbid=300");
                assertThat(m.sha256()).isNull();
            });
            Post group = post(project, "facebook", "https://www.facebook.com/groups/100000000000002/posts/200000000000003");
            assertThat(group.text()).isEqualTo("Sign up to help neighbours bail out basements.");
            assertThat(project.accounts().search("100000000000002", 1)).singleElement()
                    .extracting(Account::displayName).isEqualTo("Mill Lane Residents");
        }
    }

    @Test
    void fourCatCsvTakesThePlatformFromTheUrl() throws Exception {
        Path csv = PlatformFixtures.fourCatCsv(dir, "4cat-telegram.csv");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(csv)).contains(PlatformFormat.FOURCAT_CSV);
            ImportReport report = importPath(service, csv);
            assertThat(report.postsAdded()).isEqualTo(1);
            assertThat(report.rejected()).isEqualTo(1);
            Post post = post(project, "telegram", "riverton_updates-11");
            assertThat(post.author()).isEqualTo("u5001");
            assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-03-01T13:00:00Z"));
            assertThat(post.views()).isEqualTo(1520);
        }
    }

    @Test
    void zeeschuimerNdjsonMapsEachPlatformAndRejectsLinesThatAreNotItems() throws Exception {
        Path ndjson = PlatformFixtures.zeeschuimerNdjson(dir, "zeeschuimer-export.ndjson");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(ndjson)).contains(PlatformFormat.ZEESCHUIMER_NDJSON);

            ImportReport report = importPath(service, ndjson);

            assertThat(report.postsAdded()).isEqualTo(5);
            assertThat(rejected(project)).extracting(ImportProblem::line).containsExactly(4L, 5L);
            assertThat(rejected(project).get(1).reason()).startsWith("not a Zeeschuimer item");

            Post tweet = post(project, X, "1100000000000000100");
            assertThat(tweet.text()).endsWith("so families can find each other.");
            assertThat(tweet.author()).isEqualTo("riverton_help");
            assertThat(tweet.views()).isEqualTo(15320);
            assertThat(tweet.replies()).isEqualTo(12);
            assertThat(tweet.createdAt()).isEqualTo(Instant.parse("2024-03-02T07:00:00Z"));
            assertThat(linksOf(project, tweet)).extracting(l -> l.link().kind(), l -> l.link().targetSourceId())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PostLink.Kind.QUOTE_OF, "1100000000000000004"));
            Post reply = post(project, X, "1100000000000000101");
            assertThat(reply.author()).isEqualTo("gauge_watch");
            assertThat(linksOf(project, reply)).singleElement()
                    .satisfies(link -> assertThat(link.targetPostId()).isEqualTo(tweet.id()));

            Post tiktok = post(project, "tiktok", "7300000000000000001");
            assertThat(tiktok.author()).isEqualTo("riverton.walks");
            assertThat(tiktok.views()).isEqualTo(120000);
            assertThat(tiktok.url()).isEqualTo("https://www.tiktok.com/@riverton.walks/video/7300000000000000001");
            assertThat(linksOf(project, tiktok)).isEmpty();
            Post instagram = post(project, "instagram", "3300000000000000001_700001");
            assertThat(instagram.text()).isEqualTo("Sandbags at the bakery door, day two.");
            assertThat(instagram.createdAt()).isEqualTo(Instant.ofEpochSecond(1709295000));
            assertThat(instagram.url()).isEqualTo("https://www.instagram.com/p/RvTnFlood01/");
            Post other = post(project, "example", "post-88");
            assertThat(other.text()).isEqualTo("Mastodon-style post about the flood relief fund");
        }
    }

    @Test
    void linksResolveWhicheverImportBringsTheTargetFirst() throws Exception {
        Path ndjson = PlatformFixtures.zeeschuimerNdjson(dir, "zeeschuimer-export.ndjson");
        Path archive = PlatformFixtures.xArchive(dir, "twitter-2024-03-03");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            importPath(service, ndjson);
            Post quoting = post(project, X, "1100000000000000100");
            assertThat(linksOf(project, quoting).get(0).targetPostId()).isNull();

            importPath(service, archive);

            Post quoted = post(project, X, "1100000000000000004");
            assertThat(linksOf(project, quoting).get(0).targetPostId()).isEqualTo(quoted.id());
            // the two quotes, the two replies; the retweet names only an author
            assertThat(project.links().counts().resolved()).isEqualTo(4);
            assertThat(project.links().counts().total()).isEqualTo(5);
        }
    }

    @Test
    void aCancelledExportImportResumesWhereItStopped() throws Exception {
        Path archive = PlatformFixtures.xArchive(dir, "twitter-2024-03-03");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            CancellationToken cancel = new CancellationToken();
            cancel.cancel();
            ImportReport cancelled = service.importPath(archive, ImportRequest.auto(), ProgressListener.none(), cancel);
            assertThat(cancelled.outcome()).isEqualTo(ImportReport.Outcome.CANCELLED);

            ImportReport resumed = importPath(service, archive);
            assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(project.stats().posts()).isEqualTo(6);
            assertThat(project.stats().importSources()).isEqualTo(1);
        }
    }

    @Test
    void aPlainCsvAndAnImageFolderAreNotMistakenForExports() throws Exception {
        Path csv = Files.writeString(dir.resolve("plain.csv"), "id,text\n1,hello\n");
        Path images = Files.createDirectories(dir.resolve("pictures"));
        Files.write(images.resolve("a.png"), PlatformFixtures.image(8, 8, java.awt.Color.GREEN, "png"));
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = new ImportService(project);
            assertThat(service.recognise(csv)).isEmpty();
            assertThat(service.recognise(images)).isEmpty();
            assertThat(importPath(service, csv).postsAdded()).isEqualTo(1);
            assertThat(importPath(service, images).postsAdded()).isEqualTo(1);
        }
    }

    private static ImportReport importPath(ImportService service, Path path) throws Exception {
        return service.importPath(path, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
    }

    private static Post post(Project project, String platform, String sourceId) {
        return project.posts().findBySourceId(platform, sourceId)
                .orElseThrow(() -> new AssertionError("no post " + platform + "/" + sourceId));
    }

    private static List<StoredPostLink> linksOf(Project project, Post post) {
        return project.links().from(post.id());
    }

    private static List<ImportProblem> rejected(Project project) {
        return project.imports().problems(null, 0, 100).stream()
                .filter(p -> p.severity() == ImportProblem.Severity.REJECTED).toList();
    }
}
