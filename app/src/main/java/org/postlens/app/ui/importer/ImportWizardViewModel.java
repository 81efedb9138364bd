package org.postlens.app.ui.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ui.importer.ImportBackend.Mapping;
import org.postlens.app.ui.importer.ImportBackend.MappedRow;
import org.postlens.app.ui.importer.ImportBackend.ReadSettings;
import org.postlens.app.ui.importer.ImportBackend.Summary;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * The import wizard: a file, how to read it (encoding, delimiter), which column fills which Postlens field,
 * a preview of the first rows as they would be imported, presets, then the import itself as a background
 * job with progress and cancel, ending in a summary.
 */
public final class ImportWizardViewModel {

    public static final int PREVIEW_ROWS = 20;
    public static final String NO_COLUMN = "(not in file)";
    public static final List<String> ENCODINGS =
            List.of("Auto", "UTF-8", "UTF-16", "windows-1256", "windows-1252", "ISO-8859-1", "ISO-8859-6", "UTF-16LE", "UTF-16BE");

    public enum Delimiter {
        AUTO("Auto", null), COMMA(", comma", ','), SEMICOLON("; semicolon", ';'), TAB("Tab", '\t'), PIPE("| pipe", '|');

        private final String label;
        private final Character character;

        Delimiter(String label, Character character) {
            this.label = label;
            this.character = character;
        }

        public Character character() {
            return character;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One line of the mapping table: a Postlens field and the source column chosen for it. */
    public static final class FieldRow {
        private final String field;
        private final ObjectProperty<String> column = new SimpleObjectProperty<>(NO_COLUMN);

        FieldRow(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        /** What the field is called in the mapping table: "CREATED_AT" → "Date", "URL" → "Link (URL)". */
        public String label() {
            return switch (field) {
                case "ID" -> "Post id";
                case "TEXT" -> "Text (required)";
                case "CREATED_AT" -> "Date";
                case "URL" -> "Link (URL)";
                case "LANG" -> "Language";
                default -> {
                    String words = field.replace('_', ' ').toLowerCase();
                    yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
                }
            };
        }

        public ObjectProperty<String> columnProperty() {
            return column;
        }
    }

    private final ImportBackend backend;
    private final TaskExecutor executor;
    private final JobsViewModel jobs;
    private final Consumer<Summary> onImported;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<String> encoding = new SimpleObjectProperty<>("Auto");
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(Delimiter.AUTO);
    private final StringProperty zone = new SimpleStringProperty("UTC");
    private final StringProperty platform = new SimpleStringProperty("");
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList(NO_COLUMN);
    private final ObservableList<FieldRow> fieldRows = FXCollections.observableArrayList();
    private final ObservableList<MappedRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progressFraction = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();

    private final StringProperty previewSummary = new SimpleStringProperty("");
    private final StringProperty recognisedFormat = new SimpleStringProperty("");
    private List<SourceRecord> previewRecords = List.of();
    private List<ImportProblem> previewUnreadable = List.of();
    private BackgroundTask<Summary> importTask;
    private boolean settingMapping;
    private long previewGeneration;

    public ImportWizardViewModel(ImportBackend backend, TaskExecutor executor, JobsViewModel jobs,
                                 Consumer<Summary> onImported) {
        this.backend = backend;
        this.executor = executor;
        this.jobs = jobs;
        this.onImported = onImported;
        backend.fields().forEach(field -> {
            FieldRow row = new FieldRow(field);
            row.columnProperty().addListener((obs, old, value) -> {
                if (!settingMapping) {
                    remapPreview();
                }
            });
            fieldRows.add(row);
        });
        encoding.addListener((obs, old, value) -> reread(false));
        delimiter.addListener((obs, old, value) -> reread(false));
        zone.addListener((obs, old, value) -> remapPreview());
        platform.addListener((obs, old, value) -> remapPreview());
        presets.setAll(backend.presetNames());
    }

    /**
     * A post file, or a platform export (file, zip or folder): an export is recognised first and then needs no
     * mapping; anything else is previewed with its columns mapped by name.
     */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        recognisedFormat.set("");
        long generation = ++previewGeneration;
        message.set("Reading " + chosen.getFileName() + "…");
        BackgroundTask.of((progress, cancellation) -> backend.recognise(chosen))
                .onSuccess(format -> {
                    if (generation != previewGeneration) {
                        return;
                    }
                    if (format.isPresent()) {
                        showExport(format.get());
                    } else {
                        reread(true);
                    }
                })
                .onFailure(error -> {
                    if (generation == previewGeneration) {
                        clearPreview();
                        message.set("Cannot import " + chosen.getFileName() + ": " + error.getMessage());
                    }
                })
                .start(executor);
    }

    private void showExport(String format) {
        recognisedFormat.set(format);
        previewRecords = List.of();
        previewUnreadable = List.of();
        preview.clear();
        previewSummary.set("Recognised: " + format + ". Its posts, authors, images and the links between posts"
                + " (replies, reposts, quotes) are read as the platform writes them: there are no columns to map.");
        message.set("");
        ready.set(!importing.get());
    }

    private void clearPreview() {
        previewRecords = List.of();
        previewUnreadable = List.of();
        preview.clear();
        previewSummary.set("");
        ready.set(false);
    }

    public ReadSettings readSettings() {
        String chosenEncoding = encoding.get();
        return new ReadSettings(chosenEncoding == null || "Auto".equals(chosenEncoding) ? null : chosenEncoding,
                delimiter.get() == null ? null : delimiter.get().character());
    }

    public Mapping mapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (FieldRow row : fieldRows) {
            String column = row.columnProperty().get();
            if (column != null && !NO_COLUMN.equals(column)) {
                columns.put(row.field(), column);
            }
        }
        return new Mapping(columns, platform.get(), zone.get());
    }

    public void applyMapping(Mapping mapping) {
        settingMapping = true;
        try {
            for (FieldRow row : fieldRows) {
                String column = mapping.columns().get(row.field());
                row.columnProperty().set(column != null && columnChoices.contains(column) ? column : NO_COLUMN);
            }
            platform.set(mapping.platform());
            zone.set(mapping.zoneId());
        } finally {
            settingMapping = false;
        }
        remapPreview();
    }

    private void reread(boolean detectMapping) {
        Path chosen = file.get();
        if (chosen == null || !recognisedFormat.get().isEmpty()) {
            return;
        }
        ReadSettings settings = readSettings();
        long generation = ++previewGeneration;
        message.set("Reading " + chosen.getFileName() + "…");
        BackgroundTask.of((progress, cancellation) -> backend.preview(chosen, settings, PREVIEW_ROWS))
                .onSuccess(filePreview -> {
                    if (generation != previewGeneration) {
                        return;
                    }
                    Mapping keep = detectMapping ? null : mapping();
                    previewRecords = filePreview.records();
                    previewUnreadable = filePreview.unreadable();
                    List<String> choices = new ArrayList<>();
                    choices.add(NO_COLUMN);
                    choices.addAll(filePreview.columns());
                    // Replaced only when they differ: replacing the items blanks the combo boxes that show them.
                    if (!columnChoices.equals(choices)) {
                        columnChoices.setAll(choices);
                    }
                    message.set(filePreview.columns().isEmpty()
                            ? "No columns found in " + chosen.getFileName() + ". Try another encoding or delimiter."
                            : "");
                    applyMapping(keep != null ? keep : backend.detect(filePreview.columns()));
                })
                .onFailure(error -> {
                    if (generation == previewGeneration) {
                        clearPreview();
                        message.set("Cannot read " + chosen.getFileName() + ": " + error.getMessage());
                    }
                })
                .start(executor);
    }

    private void remapPreview() {
        Path chosen = file.get();
        if (chosen == null || settingMapping || !recognisedFormat.get().isEmpty()) {
            return;
        }
        String zoneProblem = zoneProblem();
        if (zoneProblem != null) {
            message.set(zoneProblem);
            ready.set(false);
            return;
        }
        Mapping mapping = mapping();
        List<SourceRecord> records = previewRecords;
        List<ImportProblem> unreadable = previewUnreadable;
        long generation = ++previewGeneration;
        BackgroundTask.of((progress, cancellation) -> backend.mapPreview(chosen, records, mapping))
                .onSuccess(rows -> {
                    if (generation != previewGeneration) {
                        return;
                    }
                    List<MappedRow> all = new ArrayList<>(rows);
                    unreadable.forEach(problem -> all.add(MappedRow.unreadable(problem)));
                    all.sort(Comparator.comparingLong(MappedRow::record));
                    preview.setAll(all);
                    previewSummary.set(describePreview(all));
                    boolean hasText = mapping.columns().containsKey("TEXT");
                    ready.set(hasText && !importing.get());
                    message.set(hasText ? "" : "Choose the column that holds the post text.");
                })
                .onFailure(error -> {
                    if (generation == previewGeneration) {
                        message.set("Cannot map the preview: " + error.getMessage());
                    }
                })
                .start(executor);
    }

    /** The summary's first line, in plain words. */
    public static String headline(Summary summary) {
        if (summary.alreadyImported()) {
            return summary.file() + " was imported before: nothing new to add.";
        }
        String counts = String.format("%,d posts added · %,d duplicates skipped · %,d rejected · %,d warnings",
                summary.postsAdded(), summary.duplicates(), summary.rejected(), summary.warnings());
        if (summary.cancelled()) {
            return String.format("Import of %s cancelled after %,d records: %s. The posts stored so far are kept; "
                    + "import the file again to add the rest.", summary.file(), summary.records(), counts);
        }
        return String.format("Imported %s (%,d records): %s.", summary.file(), summary.records(), counts);
    }

    /** "First 6 records: 3 will be rejected, 1 with a warning." in plain words, for above the preview. */
    static String describePreview(List<MappedRow> rows) {
        if (rows.isEmpty()) {
            return "No records found in the file.";
        }
        long rejected = rows.stream().filter(MappedRow::rejected).count();
        long warnings = rows.stream().filter(r -> r.hasProblems() && !r.rejected()).count();
        String head = String.format("First %,d record%s as they will be imported", rows.size(), rows.size() == 1 ? "" : "s");
        if (rejected == 0 && warnings == 0) {
            return head + ": no problems.";
        }
        List<String> parts = new ArrayList<>();
        if (rejected > 0) {
            parts.add(String.format("%,d will be rejected", rejected));
        }
        if (warnings > 0) {
            parts.add(String.format("%,d with a warning", warnings));
        }
        String sentence = head + ": " + String.join(", ", parts) + " (see the Problems column).";
        boolean badBytes = rows.stream().filter(MappedRow::rejected)
                .anyMatch(r -> r.problems().contains("byte sequence") || r.problems().contains("encoding"));
        return badBytes ? sentence + " The file does not look like UTF-8: choose its Encoding on the left "
                + "(windows-1256 for older Arabic files, windows-1252 for Western ones)." : sentence;
    }

    private String zoneProblem() {
        try {
            ZoneId.of(zone.get());
            return null;
        } catch (RuntimeException e) {
            return "Unknown time zone \"" + zone.get() + "\". Use a name such as UTC, Europe/Paris or Asia/Riyadh.";
        }
    }

    public void savePreset(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            backend.savePreset(name.strip(), mapping());
            presets.setAll(backend.presetNames());
            message.set("Saved preset \"" + name.strip() + "\".");
        } catch (Exception e) {
            message.set("Cannot save the preset: " + e.getMessage());
        }
    }

    public void loadPreset(String name) {
        if (name == null) {
            return;
        }
        backend.loadPreset(name).ifPresentOrElse(this::applyMapping,
                () -> message.set("Preset \"" + name + "\" cannot be read."));
    }

    /** Starts the import in the background; progress goes to the wizard and the status bar. */
    public void startImport() {
        Path chosen = file.get();
        if (chosen == null || !ready.get() || importing.get()) {
            return;
        }
        if (jobs.isRunning()) {
            message.set("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        ReadSettings settings = readSettings();
        Mapping mapping = mapping();
        importing.set(true);
        ready.set(false);
        summary.set(null);
        progressText.set("Starting…");
        boolean export = !recognisedFormat.get().isEmpty();
        importTask = BackgroundTask.of((progress, cancellation) -> export
                ? backend.importExport(chosen, settings, progress, cancellation)
                : backend.importFile(chosen, settings, mapping, progress, cancellation));
        jobs.track("Importing " + chosen.getFileName(), "rows", importTask);
        importTask.onProgress(progress -> {
                    jobs.progress(progress);
                    progressText.set(progress.describe("rows"));
                    progressFraction.set(progress.fraction());
                })
                .onSuccess(result -> {
                    summary.set(result);
                    onImported.accept(result);
                })
                .onCancelled(() -> message.set("Import cancelled. Posts stored so far are kept; import the file again to resume."))
                .onFailure(error -> message.set("Import failed: " + error.getMessage()))
                .onFinally(() -> {
                    importing.set(false);
                    jobs.finished();
                    progressText.set("");
                    importTask = null;
                })
                .start(executor);
    }

    public void cancelImport() {
        if (importTask != null) {
            importTask.cancel();
            progressText.set("Cancelling…");
        }
    }

    /** Whether a delimiter means anything for this file: not for JSON or JSON Lines. */
    public static boolean usesDelimiter(Path chosen) {
        if (chosen == null) {
            return true;
        }
        String name = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"));
    }

    /** The platform export the chosen file or folder is ("X/Twitter account archive"), or "" for a post file. */
    public StringProperty recognisedFormatProperty() {
        return recognisedFormat;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<String> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty platformProperty() {
        return platform;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public ObservableList<FieldRow> fieldRows() {
        return fieldRows;
    }

    public ObservableList<MappedRow> preview() {
        return preview;
    }

    /** One line above the preview: how many records it shows and how many have problems. */
    public StringProperty previewSummaryProperty() {
        return previewSummary;
    }

    public ObservableList<String> presets() {
        return presets;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressFractionProperty() {
        return progressFraction;
    }

    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }
}
