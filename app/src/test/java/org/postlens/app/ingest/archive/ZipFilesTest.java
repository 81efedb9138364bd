package org.postlens.app.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEntriesInPlaceWithoutWritingAnything() throws Exception {
        Path zip = zip("ok.zip", "export/data/tweets.js", "window.YTD.tweets.part0 = []", "export/readme.txt", "hello");
        try (ZipFiles files = ZipFiles.open(zip, ArchiveLimits.defaults())) {
            assertThat(files.names()).containsExactly("export/data/tweets.js", "export/readme.txt");
            assertThat(files.exists("export/readme.txt")).isTrue();
            assertThat(files.exists("export/missing.txt")).isFalse();
            try (InputStream in = files.open("export/readme.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
            }
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList()).containsExactly("ok.zip");
        }
    }

    @Test
    void refusesAnEntryThatClimbsOutOfTheTargetFolder() throws Exception {
        Path zip = zip("slip.zip", "data/tweets.js", "[]", "../../evil.sh", "echo gotcha");
        assertThatThrownBy(() -> ZipFiles.open(zip, ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("'../../evil.sh' would escape the target folder");
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void refusesAbsolutePathsBackslashClimbsAndDriveLetters() throws Exception {
        assertThatThrownBy(() -> ZipFiles.open(zip("abs.zip", "/etc/cron.d/x", "x"), ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("absolute path");
        assertThatThrownBy(() -> ZipFiles.open(zip("win.zip", "data\\..\\..\\x.dll", "x"), ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("would escape the target folder");
        assertThatThrownBy(() -> ZipFiles.open(zip("drive.zip", "C:/Windows/x.dll", "x"), ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("names a drive (C:)");
    }

    @Test
    void refusesMoreEntriesThanTheLimit() throws Exception {
        Path zip = zip("many.zip", "a.txt", "1", "b.txt", "2", "c.txt", "3");
        ArchiveLimits two = new ArchiveLimits(2, Long.MAX_VALUE, 100, 1024);
        assertThatThrownBy(() -> ZipFiles.open(zip, two))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("holds more than 2 entries");
    }

    @Test
    void refusesATotalSizeOverTheLimit() throws Exception {
        Path zip = zip("big.zip", "a.txt", "x".repeat(600), "b.txt", "y".repeat(600));
        ArchiveLimits kilobyte = new ArchiveLimits(100, 1000, 1_000_000, Long.MAX_VALUE);
        assertThatThrownBy(() -> ZipFiles.open(zip, kilobyte))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("would unpack to more than 1,000 bytes");
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream bomb = new ZipOutputStream(out)) {
            bomb.putNextEntry(new ZipEntry("data/tweets.js"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 16; i++) {
                bomb.write(zeros);
            }
            bomb.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(100_000);
        assertThatThrownBy(() -> ZipFiles.open(zip, ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("entry 'data/tweets.js' is compressed")
                .hasMessageContaining("possible zip bomb");
    }

    @Test
    void refusesATruncatedArchive() throws Exception {
        Path whole = zip("whole.zip", "data/tweets.js", "window.YTD.tweets.part0 = [ ]".repeat(200), "b.txt", "b");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ZipFiles.open(cut, ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("the archive is truncated or damaged");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedAsDamaged() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        assertThatThrownBy(() -> ZipFiles.open(notZip, ArchiveLimits.defaults()))
                .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("truncated or damaged");
    }

    @Test
    void anExportFolderRefusesNamesAndLinksThatLeaveIt() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("result.json"), "{}");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not yours");
        try (ExportFiles files = ExportFiles.open(export)) {
            assertThat(files.exists("result.json")).isTrue();
            assertThatThrownBy(() -> files.open("../secret.txt"))
                    .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("would escape");
            assertThatThrownBy(() -> files.open(secret.toString()))
                    .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("absolute path");
            try {
                Files.createSymbolicLink(export.resolve("link.txt"), secret);
            } catch (UnsupportedOperationException | IOException e) {
                return; // no symbolic links on this file system: the check above is the whole test
            }
            assertThatThrownBy(() -> files.open("link.txt"))
                    .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("leads out of the export folder");
        }
    }

    @Test
    void entryNamesAreNormalised() throws Exception {
        assertThat(EntryNames.checked("./data//tweets.js")).isEqualTo("data/tweets.js");
        assertThat(EntryNames.checked("data\\tweets_media\\1-a.jpg")).isEqualTo("data/tweets_media/1-a.jpg");
        assertThat(EntryNames.checked("photos/")).isEqualTo("photos/");
        assertThatThrownBy(() -> EntryNames.checked("a/../../b")).isInstanceOf(UnsafeArchiveException.class);
        assertThatThrownBy(() -> EntryNames.checked("a\0b")).isInstanceOf(UnsafeArchiveException.class);
    }

    private Path zip(String name, String... namesAndContents) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                stream.putNextEntry(new ZipEntry(namesAndContents[i]));
                stream.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                stream.closeEntry();
            }
        }
        return zip;
    }
}
