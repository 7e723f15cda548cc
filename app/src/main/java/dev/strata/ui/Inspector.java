package dev.strata.ui;

import java.util.List;
import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/** The right side: the properties of what is selected in the picture. */
final class Inspector extends VBox {
    private final Label heading = new Label();
    private final PropertySheet sheet = new PropertySheet();
    private Inspection shown = new Inspection("", List.of());

    Inspector() {
        getStyleClass().add("inspector");
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        heading.setMinHeight(USE_PREF_SIZE);
        sheet.getStyleClass().add("inspector-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> new ValueLabel(item.getValue()));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().setAll(heading, sheet);
    }

    void show(Inspection inspection) {
        shown = Objects.requireNonNull(inspection, "inspection");
        heading.setText(inspection.heading());
        sheet.getItems().setAll(inspection.lines());
    }

    /** What is shown now, for tests and for copying. */
    Inspection shown() {
        return shown;
    }

    /** A value as plain text that wraps: legible from afar, never an input field. */
    private static final class ValueLabel implements PropertyEditor<Object> {
        private final Label label = new Label();

        ValueLabel(Object value) {
            label.getStyleClass().add("inspector-value");
            label.setWrapText(true);
            setValue(value);
        }

        @Override
        public Node getEditor() {
            return label;
        }

        @Override
        public Object getValue() {
            return label.getText();
        }

        @Override
        public void setValue(Object value) {
            label.setText(value == null ? "" : value.toString());
        }
    }
}
