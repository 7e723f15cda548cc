package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A TextArea does the editing, drawn with transparent text on top of a TextFlow that draws
 * the same text in colour. After each layout pass the flow, the caret, the error and warning
 * marks and the gutter's numbers are moved to where the TextArea placed its text.
 */
final class CodeEditorSkin extends SkinBase<CodeEditor> {
    private final TextArea input = new TextArea();
    private final TextFlow flow = new TextFlow();
    private final Path caret = new Path();
    private final Region errorBand = new Region();
    private final Region underline = new Region();
    private final Pane warningBands = new Pane();
    private final Pane warningUnderlines = new Pane();
    private final Pane marks = new Pane(warningBands, errorBand, flow, warningUnderlines,
            underline, caret);
    private final Pane behind = new Pane(marks);
    private final Pane gutter = new Pane();
    private final Label errorMarker = new Label("!");
    private final List<Label> numbers = new ArrayList<>();
    private final List<Label> warningMarkers = new ArrayList<>();
    private final Rectangle clip = new Rectangle();
    private final Runnable sync = this::sync;
    private Scene syncedScene;

    CodeEditorSkin(CodeEditor editor) {
        super(editor);
        configure();
        StackPane surface = new StackPane(behind, input);
        HBox.setHgrow(surface, Priority.ALWAYS);
        HBox row = new HBox(gutter, surface);
        row.getStyleClass().add("code-row");
        getChildren().add(row);
        wire(editor);
        rebuildFlow();
    }

    /** The editing surface, for tests that type. */
    TextArea input() {
        return input;
    }

    private void configure() {
        input.getStyleClass().add("code-input");
        input.setWrapText(false);
        flow.getStyleClass().add("code-flow");
        flow.setManaged(false);
        caret.getStyleClass().add("code-caret");
        caret.setManaged(false);
        errorBand.getStyleClass().add("error-band");
        errorBand.setManaged(false);
        underline.getStyleClass().add("error-underline");
        underline.setManaged(false);
        warningBands.setManaged(false);
        warningUnderlines.setManaged(false);
        marks.setManaged(false);
        behind.setMouseTransparent(true);
        behind.setClip(clip);
        gutter.getStyleClass().add("code-gutter");
        errorMarker.getStyleClass().add("error-marker");
        errorMarker.setManaged(false);
    }

    private void wire(CodeEditor editor) {
        input.setText(editor.getText());
        input.textProperty().bindBidirectional(editor.textProperty());
        registerChangeListener(editor.textProperty(), o -> rebuildFlow());
        registerChangeListener(input.fontProperty(), o -> rebuildFlow());
        registerChangeListener(editor.errorLineProperty(), o -> editor.requestLayout());
        registerChangeListener(editor.warningsProperty(), o -> editor.requestLayout());
        registerChangeListener(editor.caretLineProperty(), o -> moveCaretTo(
                editor.caretLineProperty().get()));
        registerChangeListener(input.caretPositionProperty(), o -> editor.requestLayout());
        registerChangeListener(input.focusedProperty(), o -> editor.requestLayout());
        registerChangeListener(input.scrollTopProperty(), o -> editor.requestLayout());
        registerChangeListener(input.scrollLeftProperty(), o -> editor.requestLayout());
        registerChangeListener(editor.sceneProperty(), o -> follow(editor.getScene()));
        editor.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                input.requestFocus();
            }
        });
        follow(editor.getScene());
    }

    private void follow(Scene scene) {
        if (syncedScene != null) {
            syncedScene.removePostLayoutPulseListener(sync);
        }
        syncedScene = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(sync);
        }
    }

    @Override
    public void dispose() {
        follow(null);
        input.textProperty().unbindBidirectional(getSkinnable().textProperty());
        super.dispose();
    }

    private void rebuildFlow() {
        String text = getSkinnable().getText();
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (Highlighter.Span span : getSkinnable().highlighter().spans(text)) {
            if (span.start() > at) {
                pieces.add(piece(text.substring(at, span.start()), null));
            }
            pieces.add(piece(text.substring(span.start(), span.end()), span.style()));
            at = span.end();
        }
        pieces.add(piece(text.substring(at) + " ", null));
        flow.getChildren().setAll(pieces);
        getSkinnable().requestLayout();
    }

    private Text piece(String content, String style) {
        Text piece = new Text(content);
        piece.getStyleClass().add("code-text");
        if (style != null) {
            piece.getStyleClass().add(style);
        }
        piece.setFont(input.getFont());
        return piece;
    }

    private void moveCaretTo(int line) {
        if (line < 1) {
            return;
        }
        input.positionCaret(lineStart(getSkinnable().getText(), line));
        input.requestFocus();
    }

    /** Moves the coloured text and the marks to the TextArea's text, after its layout. */
    private void sync() {
        Region content = (Region) input.lookup(".content");
        if (content == null || content.getScene() == null) {
            return;
        }
        Point2D origin = behind.sceneToLocal(content.localToScene(
                content.snappedLeftInset(), content.snappedTopInset()));
        flow.autosize();
        marks.relocate(origin.getX(), origin.getY());
        clip.setWidth(behind.getWidth());
        clip.setHeight(behind.getHeight());
        double lineHeight = lineHeight();
        syncCaret();
        syncWarnings(lineHeight);
        syncError(lineHeight);
        syncGutter(origin.getY(), lineHeight);
    }

    private double lineHeight() {
        Text probe = new Text("X");
        probe.setFont(input.getFont());
        return probe.getLayoutBounds().getHeight();
    }

    private void syncCaret() {
        boolean show = input.isFocused() && input.getSelection().getLength() == 0;
        caret.setVisible(show);
        if (show) {
            caret.getElements().setAll(flow.caretShape(input.getCaretPosition(), true));
        }
    }

    private void syncError(double lineHeight) {
        int line = getSkinnable().getErrorLine();
        boolean shown = line > 0;
        errorBand.setVisible(shown);
        underline.setVisible(shown);
        if (!shown) {
            return;
        }
        errorBand.resizeRelocate(0, (line - 1) * lineHeight, bandWidth(), lineHeight);
        placeUnderline(underline, line, getSkinnable().getErrorColumn(), lineHeight);
    }

    /** One band per line that has warnings, one underline per warning. */
    private void syncWarnings(double lineHeight) {
        List<CodeEditor.Mark> warnings = getSkinnable().getWarnings();
        List<Integer> lines = warningLines();
        List<Region> bands = regions(warningBands, lines.size(), "warning-band");
        for (int i = 0; i < lines.size(); i++) {
            bands.get(i).resizeRelocate(0, (lines.get(i) - 1) * lineHeight, bandWidth(),
                    lineHeight);
        }
        List<Region> lineMarks = regions(warningUnderlines, warnings.size(),
                "warning-underline");
        for (int i = 0; i < warnings.size(); i++) {
            CodeEditor.Mark mark = warnings.get(i);
            placeUnderline(lineMarks.get(i), mark.line(), mark.column(), lineHeight);
        }
    }

    private List<Integer> warningLines() {
        return getSkinnable().getWarnings().stream().map(CodeEditor.Mark::line).distinct()
                .toList();
    }

    /** The pane's first {@code count} children, made or hidden as needed. */
    private static List<Region> regions(Pane pane, int count, String styleClass) {
        while (pane.getChildren().size() < count) {
            Region region = new Region();
            region.getStyleClass().add(styleClass);
            region.setManaged(false);
            pane.getChildren().add(region);
        }
        List<Region> shown = new ArrayList<>();
        for (int i = 0; i < pane.getChildren().size(); i++) {
            Region region = (Region) pane.getChildren().get(i);
            region.setVisible(i < count);
            if (i < count) {
                shown.add(region);
            }
        }
        return shown;
    }

    private double bandWidth() {
        return Math.max(flow.getWidth(), input.getWidth());
    }

    /** Underlines a line from a 1-based column to its end, or all of it past the end. */
    private void placeUnderline(Region mark, int line, int column, double lineHeight) {
        String text = getSkinnable().getText();
        int start = lineStart(text, line);
        int end = lineEnd(text, start);
        int from = Math.min(end, start + column - 1);
        double top = (line - 1) * lineHeight;
        double x0 = xAt(from == end ? start : from);
        double x1 = Math.max(xAt(end), x0 + lineHeight / 2);
        mark.resizeRelocate(x0, top + lineHeight - 3, x1 - x0, 3);
    }

    private double xAt(int index) {
        for (PathElement element : flow.caretShape(index, true)) {
            if (element instanceof MoveTo move) {
                return move.getX();
            }
            if (element instanceof LineTo to) {
                return to.getX();
            }
        }
        return 0;
    }

    private void syncGutter(double originY, double lineHeight) {
        Point2D top = gutter.sceneToLocal(behind.localToScene(0, originY));
        int lines = lineCount(getSkinnable().getText());
        int first = Math.max(0, (int) Math.floor(-top.getY() / lineHeight));
        int last = Math.min(lines, first + (int) Math.ceil(gutter.getHeight() / lineHeight) + 1);
        ensureNumbers(last - first);
        double width = gutterWidth(lines);
        for (int i = 0; i < numbers.size(); i++) {
            Label number = numbers.get(i);
            int line = first + i + 1;
            number.setVisible(line <= last);
            number.setText(String.valueOf(line));
            number.resizeRelocate(0, top.getY() + (line - 1) * lineHeight, width, lineHeight);
        }
        placeWarningMarkers(top.getY(), lineHeight);
        placeMarker(top.getY(), lineHeight, width);
        if (Math.abs(gutter.getPrefWidth() - width) > 0.5) {
            gutter.setPrefWidth(width);
            gutter.setMinWidth(width);
        }
    }

    private void placeMarker(double y, double lineHeight, double width) {
        int line = getSkinnable().getErrorLine();
        errorMarker.setVisible(line > 0);
        if (line > 0) {
            errorMarker.resizeRelocate(2, y + (line - 1) * lineHeight, lineHeight, lineHeight);
            errorMarker.toFront();
        }
    }

    /** A marker per warned line; its tooltip gives the line's warnings. */
    private void placeWarningMarkers(double y, double lineHeight) {
        List<Integer> lines = warningLines();
        while (warningMarkers.size() < lines.size()) {
            Label marker = new Label("!");
            marker.getStyleClass().add("warning-marker");
            marker.setManaged(false);
            marker.setTooltip(new Tooltip());
            warningMarkers.add(marker);
            gutter.getChildren().add(marker);
        }
        for (int i = 0; i < warningMarkers.size(); i++) {
            Label marker = warningMarkers.get(i);
            marker.setVisible(i < lines.size());
            if (i < lines.size()) {
                int line = lines.get(i);
                marker.getTooltip().setText(messagesAt(line));
                marker.resizeRelocate(2, y + (line - 1) * lineHeight, lineHeight, lineHeight);
                marker.toFront();
            }
        }
    }

    private String messagesAt(int line) {
        return getSkinnable().getWarnings().stream().filter(m -> m.line() == line)
                .map(CodeEditor.Mark::message).collect(Collectors.joining("\n"));
    }

    private void ensureNumbers(int count) {
        while (numbers.size() < count) {
            Label number = new Label();
            number.getStyleClass().add("line-number");
            number.setManaged(false);
            numbers.add(number);
            gutter.getChildren().add(number);
        }
        if (!gutter.getChildren().contains(errorMarker)) {
            gutter.getChildren().add(errorMarker);
        }
    }

    private double gutterWidth(int lines) {
        Text probe = new Text("0".repeat(Math.max(2, String.valueOf(lines).length())));
        probe.setFont(input.getFont());
        Bounds bounds = probe.getLayoutBounds();
        return Math.ceil(bounds.getWidth() + bounds.getHeight() * 1.6);
    }

    static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The index of the first char of a 1-based line, or the text's end past the last. */
    static int lineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        return at;
    }

    static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
