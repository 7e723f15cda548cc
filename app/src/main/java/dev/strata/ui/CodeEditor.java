package dev.strata.ui;

import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A plain-text editor with coloured syntax, line numbers and an error mark: the line of a
 * mistake gets a gutter marker, a tinted band and an underline from its column on. The
 * state {@code :error} is set while a mistake is marked.
 */
public final class CodeEditor extends Control {
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

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
