package dev.strata.ui;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A plain-text editor with coloured syntax, line numbers, an error mark and warning marks:
 * the line of a mistake or a warning gets a gutter marker, a tinted band and an underline
 * from its column on, the error drawn over any warning. The states {@code :error} and
 * {@code :warning} are set while one is marked.
 */
public final class CodeEditor extends Control {
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    /**
     * A warning to mark.
     *
     * @param line 1-based
     * @param column 1-based
     * @param message what is odd, shown when the pointer rests on the gutter marker
     */
    public record Mark(int line, int column, String message) {
        public Mark {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException(
                        "line and column are 1-based, got " + line + ":" + column);
            }
            Objects.requireNonNull(message, "message");
        }
    }

    private final Highlighter highlighter;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final IntegerProperty errorLine = new SimpleIntegerProperty(this, "errorLine") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(ERROR, get() > 0);
        }
    };
    private final IntegerProperty errorColumn = new SimpleIntegerProperty(this, "errorColumn");
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 1);
    private final ReadOnlyObjectWrapper<List<Mark>> warnings = new ReadOnlyObjectWrapper<>(
            this, "warnings", List.of()) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(WARNING, !get().isEmpty());
        }
    };

    CodeEditor(Highlighter highlighter) {
        this.highlighter = Objects.requireNonNull(highlighter, "highlighter");
        getStyleClass().add("code-editor");
    }

    Highlighter highlighter() {
        return highlighter;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(Objects.requireNonNull(value, "value"));
    }

    /** The 1-based line of the marked mistake, or 0 when none is marked. */
    public IntegerProperty errorLineProperty() {
        return errorLine;
    }

    public int getErrorLine() {
        return errorLine.get();
    }

    public int getErrorColumn() {
        return errorColumn.get();
    }

    /** Marks a mistake at a 1-based line and column. */
    public void markError(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based, got " + line + ":" + column);
        }
        errorColumn.set(column);
        errorLine.set(line);
    }

    public void clearError() {
        errorLine.set(0);
        errorColumn.set(0);
    }

    /** The warnings marked, in the order given; empty when none is. */
    public ReadOnlyObjectProperty<List<Mark>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public List<Mark> getWarnings() {
        return warnings.get();
    }

    /** Marks these warnings in place of those marked before. */
    public void markWarnings(List<Mark> marks) {
        warnings.set(List.copyOf(marks));
    }

    public void clearWarnings() {
        warnings.set(List.of());
    }

    /** Asks the skin to put the caret at the start of a 1-based line and show it. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    public void goToLine(int line) {
        caretLine.set(-1);
        caretLine.set(Math.max(1, line));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CodeEditorSkin(this);
    }
}
