package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.ingest.platform.PlatformFixtures;

class PlatformImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importSaysWhichExportItFoundAndInfoCountsTheLinks() throws Exception {
        Path project = dir.resolve("riverton.postlens");
        Path xZip = PlatformFixtures.zip(PlatformFixtures.xArchive(dir, "x"), dir.resolve("twitter-archive.zip"), "");
        Path telegram = PlatformFixtures.telegramExport(dir, "ChatExport_2024-03-02");
        Path crowdTangle = PlatformFixtures.crowdTangleCsv(dir, "crowdtangle.csv");
        Path zeeschuimer = PlatformFixtures.zeeschuimerNdjson(dir, "zeeschuimer.ndjson");

        CliRun run = CliRun.of("import", project, xZip, telegram, crowdTangle, zeeschuimer);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("twitter-archive.zip: X/Twitter account archive")
                .contains("twitter-archive.zip: 6 added, 0 duplicates, 1 rejected, 1 warnings (7 records)")
                .contains("ChatExport_2024-03-02: Telegram Desktop export")
                .contains("crowdtangle.csv: CrowdTangle CSV export")
                .contains("zeeschuimer.ndjson: 4CAT / Zeeschuimer NDJSON")
                .contains("data/tweets.js:");
        JsonNode info = new ObjectMapper().readTree(CliRun.of("info", project).out());
        assertThat(info.get("posts").asLong()).isEqualTo(6 + 6 + 3 + 5);
        assertThat(info.get("links").get("reply_to").asLong()).isEqualTo(3);
        assertThat(info.get("links").get("repost_of").asLong()).isEqualTo(2);
        assertThat(info.get("links").get("quote_of").asLong()).isEqualTo(2);
        assertThat(info.get("links").get("resolved").asLong()).isEqualTo(5);
    }

    @Test
    void aZipBombIsRefusedWithAClearMessageAndNothingIsImported() throws Exception {
        Path bomb = dir.resolve("archive.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data/tweets.js"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path project = dir.resolve("p.postlens");

        CliRun run = CliRun.of("import", project, bomb);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("archive.zip: entry 'data/tweets.js' is compressed")
                .contains("refused as a possible zip bomb");
        assertThat(new ObjectMapper().readTree(CliRun.of("info", project).out()).get("posts").asLong()).isZero();
    }
}
