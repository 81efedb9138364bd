package org.postlens.app.ui.label;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;

/** Annotate ▸ New label schema: the fields as typed, and the reason the schema cannot be stored yet. */
public final class SchemaEditorViewModel {

    private final LabelSchemas schemas;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<SchemaKind> kind = new SimpleObjectProperty<>(SchemaKind.SINGLE);
    private final StringProperty labels = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SchemaEditorViewModel(LabelSchemas schemas) {
        this.schemas = schemas;
    }

    /** Stores the schema; empty (with {@link #errorProperty()} saying why) when it is not valid or the name is taken. */
    public Optional<LabelSchema> create() {
        try {
            SchemaDraft draft = new SchemaDraft(name.get().strip(), title.get().strip(), kind.get(), lines(labels.get()),
                    description.get().strip(), commaList(tags.get()), null);
            LabelSchema created = schemas.create(draft);
            error.set("");
            return Optional.of(created);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static List<String> commaList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<SchemaKind> kindProperty() {
        return kind;
    }

    public StringProperty labelsProperty() {
        return labels;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
