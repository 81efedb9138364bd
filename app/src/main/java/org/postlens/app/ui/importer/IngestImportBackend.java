package org.postlens.app.ui.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postlens.app.domain.ImageRef;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.MappedRecord;
import org.postlens.app.ingest.MappingDetector;
import org.postlens.app.ingest.MappingPresets;
import org.postlens.app.ingest.PostField;
import org.postlens.app.ingest.ReadItem;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.RecordMapper;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ingest.platform.PlatformFormat;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportReport;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;

/** The wizard's backend on the real readers, mapper, presets and {@link ImportService} of one project. */
public final class IngestImportBackend implements ImportBackend {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ImportService service;
    private final MappingPresets presets;

    public IngestImportBackend(ImportService service, MappingPresets presets) {
        this.service = service;
        this.presets = presets;
    }

    @Override
    public List<String> fields() {
        return Arrays.stream(PostField.values()).map(Enum::name).toList();
    }

    @Override
    public FilePreview preview(Path file, ReadSettings settings, int maxRecords) throws IOException {
        ReaderOptions options = options(settings);
        List<String> columns;
        try (RecordReader reader = RecordReaders.open(file, options)) {
            columns = reader.columns();
        }
        // Like RecordReaders.preview, but keeping the records that cannot be read: the preview shows them as
        // rejected, rather than leaving the user to wonder where rows 2 and 3 went.
        List<SourceRecord> records = new ArrayList<>();
        List<ImportProblem> unreadable = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(file, options)) {
            while (records.size() + unreadable.size() < maxRecords && reader.hasNext()) {
                ReadItem item = reader.next();
                if (item instanceof ReadItem.Ok ok) {
                    records.add(ok.record());
                } else if (item instanceof ReadItem.Bad bad) {
                    unreadable.add(bad.problem());
                }
            }
        }
        return new FilePreview(columns, records, unreadable);
    }

    @Override
    public Mapping detect(List<String> columns) {
        return toMapping(MappingDetector.detect(columns));
    }

    @Override
    public List<MappedRow> mapPreview(Path file, List<SourceRecord> records, Mapping mapping) {
        RecordMapper mapper = new RecordMapper(toFieldMapping(mapping), file.toAbsolutePath().getParent(),
                file.getFileName().toString());
        List<MappedRow> rows = new ArrayList<>();
        for (SourceRecord record : records) {
            MappedRecord mapped = mapper.map(record);
            PostDraft draft = mapped.draft();
            String problems = mapped.problems().stream().map(ImportProblem::reason).collect(Collectors.joining("; "));
            if (mapped.rejected()) {
                problems = "Rejected: " + problems;
            }
            if (draft == null) {
                rows.add(new MappedRow(record.recordNumber(), "", "", "", "", "", "", "", "", "", "", problems));
            } else {
                rows.add(new MappedRow(record.recordNumber(), nullToEmpty(draft.sourceId()),
                        draft.createdAt() == null ? "" : DATE.format(draft.createdAt()), nullToEmpty(draft.author()),
                        nullToEmpty(draft.text()).replaceAll("\\s+", " "), number(draft.likes()), number(draft.shares()),
                        number(draft.replies()), number(draft.views()), nullToEmpty(draft.lang()), images(draft.images()),
                        problems));
            }
        }
        return rows;
    }

    @Override
    public Summary importFile(Path file, ReadSettings settings, Mapping mapping, ProgressListener progress,
                              CancellationToken cancellation) throws IOException {
        return summary(service.importFile(file, new ImportRequest(options(settings), toFieldMapping(mapping)), progress, cancellation));
    }

    @Override
    public Summary importImageFolder(Path folder, ProgressListener progress, CancellationToken cancellation) throws IOException {
        return summary(service.importImageFolder(folder, progress, cancellation));
    }

    @Override
    public Optional<String> recognise(Path path) throws IOException {
        return service.recognise(path).map(PlatformFormat::label);
    }

    @Override
    public Summary importExport(Path path, ReadSettings settings, ProgressListener progress,
                                CancellationToken cancellation) throws IOException {
        ImportRequest request = new ImportRequest(options(settings), null);
        return summary(service.importExport(path, service.recognise(path).orElseThrow(() -> new IOException(
                path.getFileName() + " is not a platform export Postlens knows")), request, progress, cancellation));
    }

    @Override
    public List<String> presetNames() {
        try {
            return presets.names();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public Optional<Mapping> loadPreset(String name) {
        try {
            return presets.load(name).map(IngestImportBackend::toMapping);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void savePreset(String name, Mapping mapping) throws IOException {
        presets.save(name, toFieldMapping(mapping));
    }

    private static Summary summary(ImportReport report) {
        return new Summary(report.file(), report.outcome().name(), report.records(), report.postsAdded(),
                report.duplicates(), report.rejected(), report.warnings(), report.problems());
    }

    private static ReaderOptions options(ReadSettings settings) {
        Charset charset = settings.encoding() == null ? null : Charset.forName(settings.encoding());
        return new ReaderOptions(charset, settings.delimiter());
    }

    static Mapping toMapping(FieldMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.columns().forEach((field, column) -> columns.put(field.name(), column));
        String zone = mapping.zoneForLocalTimes().equals(ZoneOffset.UTC) ? "UTC" : mapping.zoneForLocalTimes().getId();
        return new Mapping(columns, mapping.platform(), zone);
    }

    static FieldMapping toFieldMapping(Mapping mapping) {
        Map<PostField, String> columns = new EnumMap<>(PostField.class);
        mapping.columns().forEach((field, column) -> columns.put(PostField.valueOf(field), column));
        return new FieldMapping(columns, mapping.platform(), ZoneId.of(mapping.zoneId()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String number(Long value) {
        return value == null ? "" : String.format("%,d", value);
    }

    private static String images(List<ImageRef> images) {
        if (images.isEmpty()) {
            return "";
        }
        return images.size() == 1 ? "1 image" : images.size() + " images";
    }
}
