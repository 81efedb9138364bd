package org.postlens.app.ui.label;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;

/** The dialog of Annotate ▸ New label schema; a schema that is not valid stays open with the reason under the fields. */
public final class SchemaEditorView extends Dialog<LabelSchema> {

    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    public SchemaEditorView(SchemaEditorViewModel viewModel, Window owner) {
        setTitle("New label schema");
        setHeaderText("Your own labels: stored in this project, labelled from the keyboard, usable for active learning.");
        if (owner != null) {
            initOwner(owner);
        }
        TextField name = new TextField();
        name.setId("schema-name");
        name.setPromptText("e.g. claim-type");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField title = new TextField();
        title.setId("schema-title");
        title.setPromptText("what annotators read, e.g. Type of claim");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        ComboBox<SchemaKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(SchemaKind.values()));
        kind.setId("schema-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchemaKind value) {
                return value == null ? "" : switch (value) {
                    case SINGLE -> "Single label: one per post";
                    case MULTI -> "Multi-label: any number per post";
                    case VERDICT -> "Verdict scale: one, in the order listed";
                };
            }

            @Override
            public SchemaKind fromString(String string) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextArea labels = new TextArea();
        labels.setId("schema-labels");
        labels.setPromptText("one label per line (keys 1-9, 0, then a, b, c\u2026 in this order)");
        labels.setPrefRowCount(7);
        labels.textProperty().bindBidirectional(viewModel.labelsProperty());
        TextArea description = new TextArea();
        description.setId("schema-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.setPromptText("what the labels mean, shown beside them while labelling");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        TextField tags = new TextField();
        tags.setId("schema-tags");
        tags.setPromptText("suggested tags, separated by commas (optional)");
        tags.textProperty().bindBidirectional(viewModel.tagsProperty());
        Label error = new Label();
        error.setId("schema-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        Label rule = new Label("Name: " + SchemaDraft.NAME_RULE);
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.add(rule, 1, 1);
        grid.addRow(2, new Label("Title"), title);
        grid.addRow(3, new Label("Kind"), kind);
        grid.addRow(4, new Label("Labels"), labels);
        grid.addRow(5, new Label("Description"), description);
        grid.addRow(6, new Label("Tags"), tags);
        grid.add(error, 0, 7, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("schema-create");
        LabelSchema[] created = new LabelSchema[1];
        create.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<LabelSchema> stored = viewModel.create();
            if (stored.isEmpty()) {
                event.consume();
            } else {
                created[0] = stored.get();
            }
        });
        setResultConverter(button -> button == CREATE ? created[0] : null);
    }
}
