package org.postlens.app.ui.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;

/**
 * What the import wizard needs from the ingest layer and the import service, in the wizard's own terms
 * (field and column names as strings) so that the wizard's ViewModel is tested without reading real files.
 * {@link IngestImportBackend} is the app's implementation.
 */
public interface ImportBackend {

    /** How to read a file: {@code encoding} null for auto-detect, {@code delimiter} null for auto. */
    record ReadSettings(String encoding, Character delimiter) {
        public static ReadSettings auto() {
            return new ReadSettings(null, null);
        }
    }

    /** Postlens field name (e.g. "TEXT") to source column; absent fields are not imported. */
    record Mapping(Map<String, String> columns, String platform, String zoneId) {
        public Mapping {
            columns = Map.copyOf(columns);
            platform = platform == null ? "" : platform;
            zoneId = zoneId == null || zoneId.isBlank() ? "UTC" : zoneId;
        }
    }

    /**
     * The first records of a file: those that can be read, and those that cannot ({@code unreadable}: wrong
     * number of fields, broken quote, bad bytes…), which the import will reject whatever the mapping.
     */
    record FilePreview(List<String> columns, List<SourceRecord> records, List<ImportProblem> unreadable) {
        public FilePreview {
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }

        public FilePreview(List<String> columns, List<SourceRecord> records) {
            this(columns, records, List.of());
        }
    }

    /** One preview row as it would be imported. */
    record MappedRow(long record, String id, String date, String author, String text, String likes, String shares,
                     String replies, String views, String lang, String images, String problems) {

        /** A record the reader could not read: it will be rejected, whatever the mapping. */
        public static MappedRow unreadable(ImportProblem problem) {
            String excerpt = problem.excerpt() == null ? "" : problem.excerpt().replaceAll("\\s+", " ");
            return new MappedRow(problem.recordNumber(), "", "", "", excerpt, "", "", "", "", "", "",
                    "Rejected: " + problem.reason());
        }

        public boolean rejected() {
            return problems != null && problems.startsWith("Rejected");
        }

        public boolean hasProblems() {
            return problems != null && !problems.isBlank();
        }
    }

    record Summary(String file, String outcome, long records, long postsAdded, long duplicates, long rejected,
                   long warnings, List<ImportProblem> problems) {
        public boolean cancelled() {
            return "CANCELLED".equals(outcome);
        }

        public boolean alreadyImported() {
            return "ALREADY_IMPORTED".equals(outcome);
        }
    }

    /** The Postlens fields a mapping can fill, in the order the wizard lists them. */
    List<String> fields();

    FilePreview preview(Path file, ReadSettings settings, int maxRecords) throws IOException;

    /** The mapping guessed from column names. */
    Mapping detect(List<String> columns);

    List<MappedRow> mapPreview(Path file, List<SourceRecord> records, Mapping mapping);

    Summary importFile(Path file, ReadSettings settings, Mapping mapping, ProgressListener progress,
                       CancellationToken cancellation) throws IOException;

    Summary importImageFolder(Path folder, ProgressListener progress, CancellationToken cancellation) throws IOException;

    /**
     * What platform export {@code path} is ("X/Twitter account archive", …), or empty for a plain post file or
     * folder; an archive that is unsafe to read fails here with the reason.
     */
    Optional<String> recognise(Path path) throws IOException;

    /** Imports a platform export that {@link #recognise} named, with its images and links; no mapping needed. */
    Summary importExport(Path path, ReadSettings settings, ProgressListener progress, CancellationToken cancellation)
            throws IOException;

    List<String> presetNames();

    Optional<Mapping> loadPreset(String name);

    void savePreset(String name, Mapping mapping) throws IOException;
}
