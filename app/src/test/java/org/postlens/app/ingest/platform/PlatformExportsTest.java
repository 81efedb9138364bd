package org.postlens.app.ingest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.ingest.ReaderOptions;

class PlatformExportsTest {

    @TempDir
    Path dir;

    @Test
    void tweetsJsPickedOnItsOwnIsReadAsItsArchive() throws Exception {
        Path archive = PlatformFixtures.xArchive(dir, "archive");
        Path tweetsJs = archive.resolve("data/tweets.js");
        assertThat(PlatformExports.detect(tweetsJs)).contains(PlatformFormat.X_ARCHIVE);
        List<PlatformItem> items = readAll(tweetsJs, PlatformFormat.X_ARCHIVE, ZoneOffset.UTC);
        assertThat(items).hasSize(7);
        assertThat(posts(items).get(0).draft().author()).isEqualTo("riverton_desk");
    }

    @Test
    void olderArchivesWithTweetJsAndPartsAreReadInPartOrder() throws Exception {
        Path data = Files.createDirectories(dir.resolve("old-archive/data"));
        Files.writeString(data.resolve("tweet-part1.js"), """
                window.YTD.tweet.part1 = [ { "id_str" : "3", "text" : "third, in part 1", "created_at" : "Wed Oct 10 20:19:24 +0000 2018" } ]""");
        Files.writeString(data.resolve("tweet.js"), """
                window.YTD.tweet.part0 = [
                  { "id_str" : "1", "full_text" : "first", "created_at" : "Wed Oct 10 20:00:00 +0000 2018" },
                  { "id_str" : "2", "full_text" : "second", "created_at" : "Wed Oct 10 20:10:00 +0000 2018" }
                ]""");
        assertThat(XArchiveReader.tweetParts(List.of("data/tweet-part1.js", "data/tweet.js", "data/like.js")))
                .containsExactly("data/tweet.js", "data/tweet-part1.js");
        Path root = dir.resolve("old-archive");
        assertThat(PlatformExports.detect(root)).contains(PlatformFormat.X_ARCHIVE);

        List<PlatformPost> posts = posts(readAll(root, PlatformFormat.X_ARCHIVE, ZoneOffset.UTC));

        assertThat(posts).extracting(p -> p.draft().sourceId()).containsExactly("1", "2", "3");
        assertThat(posts.get(2).draft().text()).isEqualTo("third, in part 1");
        assertThat(posts.get(2).draft().createdAt()).hasToString("2018-10-10T20:19:24Z");
        assertThat(posts.get(0).draft().author()).as("no account.js: the author is unknown").isNull();
        assertThat(posts.get(0).draft().url()).isEqualTo("https://x.com/i/web/status/1");
    }

    @Test
    void aTweetsJsBrokenHalfwayKeepsTheTweetsBeforeTheBreak() throws Exception {
        Path data = Files.createDirectories(dir.resolve("cut/data"));
        Files.writeString(data.resolve("tweets.js"), """
                window.YTD.tweets.part0 = [
                  { "tweet" : { "id_str" : "1", "full_text" : "kept" } },
                  { "tweet" : { "id_str" : "2", "full_text" : "cut off""");
        List<PlatformItem> items = readAll(dir.resolve("cut"), PlatformFormat.X_ARCHIVE, ZoneOffset.UTC);
        assertThat(posts(items)).singleElement().satisfies(p -> assertThat(p.draft().text()).isEqualTo("kept"));
        assertThat(items.get(1)).isInstanceOfSatisfying(PlatformItem.Bad.class, bad -> {
            assertThat(bad.problem().reason()).startsWith("malformed JSON, the rest of this file is skipped");
            assertThat(bad.problem().line()).isEqualTo(3);
        });
    }

    @Test
    void aWholeAccountTelegramExportReadsEveryChatAndTheLocalDateWhenNoUnixTimeIsGiven() throws Exception {
        Path result = Files.writeString(dir.resolve("result.json"), """
                {
                 "about": "Here is the data you requested.",
                 "personal_information": {"user_id": 42, "first_name": "Desk", "phone_number": "+0000"},
                 "chats": {
                  "about": "This page lists all chats from this export.",
                  "list": [
                   {"name": "Alice", "type": "personal_chat", "id": 111,
                    "messages": [{"id": 5, "type": "message", "date": "2021-01-01T10:00:00", "from": "Alice", "from_id": "user111", "text": "hi"}]},
                   {"name": "Bob", "type": "personal_chat", "id": 222,
                    "messages": [{"id": 5, "type": "message", "date": "2021-01-02T10:00:00", "from": "Bob", "from_id": "user222", "text": [{"type": "italic", "text": "hello"}, " there"]}]}
                  ]
                 }
                }""", StandardCharsets.UTF_8);
        assertThat(PlatformExports.detect(result)).contains(PlatformFormat.TELEGRAM_EXPORT);

        List<PlatformPost> posts = posts(readAll(result, PlatformFormat.TELEGRAM_EXPORT, ZoneId.of("Europe/Berlin")));

        assertThat(posts).extracting(p -> p.draft().sourceId()).containsExactly("111/5", "222/5");
        assertThat(posts.get(1).draft().text()).isEqualTo("hello there");
        assertThat(posts.get(0).draft().createdAt()).hasToString("2021-01-01T09:00:00Z");
    }

    @Test
    void aTruncatedResultJsonKeepsTheMessagesBeforeTheCut() throws Exception {
        Path export = PlatformFixtures.telegramExport(dir, "export");
        String whole = Files.readString(export.resolve("result.json"));
        Files.writeString(export.resolve("result.json"), whole.substring(0, whole.indexOf("\"id\": 4,")));
        List<PlatformItem> items = readAll(export, PlatformFormat.TELEGRAM_EXPORT, ZoneOffset.UTC);
        assertThat(posts(items)).hasSize(2);
        assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(PlatformItem.Bad.class, bad ->
                assertThat(bad.problem().reason()).contains("the file ends in the middle of a message (truncated?)"));
    }

    @Test
    void ordinaryFilesAreNotExports() throws Exception {
        Path csv = Files.writeString(dir.resolve("posts.csv"), "id,text,created_at\n1,hello,2024-01-01\n");
        Path jsonl = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n");
        Path json = Files.writeString(dir.resolve("posts.json"), "[{\"id\":1,\"text\":\"a\",\"type\":\"message\"}]");
        assertThat(PlatformExports.detect(csv)).isEmpty();
        assertThat(PlatformExports.detect(jsonl)).isEmpty();
        assertThat(PlatformExports.detect(json)).isEmpty();
        assertThat(PlatformExports.detect(Files.createDirectories(dir.resolve("empty")))).isEmpty();
    }

    private static List<PlatformItem> readAll(Path path, PlatformFormat format, ZoneId zone) throws Exception {
        List<PlatformItem> items = new ArrayList<>();
        try (PlatformReader reader = PlatformExports.open(path, format, ReaderOptions.auto(), zone)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    private static List<PlatformPost> posts(List<PlatformItem> items) {
        return items.stream().filter(PlatformItem.Post.class::isInstance)
                .map(item -> ((PlatformItem.Post) item).post()).toList();
    }
}
