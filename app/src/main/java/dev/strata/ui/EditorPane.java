package dev.strata.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import dev.strata.source.InputWarning;
import dev.strata.source.SourcePosition;
import dev.strata.workspace.Workspace.Text;

/**
 * The left side: one tab per text (Dockerfile, manifest, scenario), each in a
 * {@link CodeEditor}, and below them the warnings of the last replay and the bar that names
 * the mistake stopping the texts from playing, as {@code file:line:column: problem}.
 * Clicking the bar or a warning goes to its line. While there is a mistake the warnings are
 * hidden: they belong to the last replay, whose lines the edit may have moved.
 */
final class EditorPane extends VBox {
    /** The warnings take at most this share of the pane's height, and scroll beyond it. */
    private static final double WARNINGS_SHARE = 0.3;

    private final WorkspaceModel model;
    private final TabPane tabs = new TabPane();
    private final Map<TextKind, CodeEditor> editors = new EnumMap<>(TextKind.class);
    private final Map<TextKind, Tab> tabOf = new EnumMap<>(TextKind.class);
    private final VBox warningList = new VBox();
    private final ScrollPane warningScroll = new ScrollPane(warningList);
    private final Label problemBar = new Label();

    EditorPane(WorkspaceModel model) {
        this.model = model;
        getStyleClass().add("editor-pane");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (TextKind kind : TextKind.values()) {
            tabs.getTabs().add(tab(kind));
        }
        configureWarnings();
        problemBar.getStyleClass().add("problem-bar");
        problemBar.setId("problem-bar");
        problemBar.setWrapText(true);
        problemBar.setMinHeight(USE_PREF_SIZE);
        problemBar.setMaxWidth(Double.MAX_VALUE);
        problemBar.setOnMouseClicked(e -> goToProblem());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(tabs, warningScroll, problemBar);

        model.problemProperty().addListener(o -> showMarks());
        model.replayProperty().addListener(o -> showMarks());
        showMarks();
    }

    CodeEditor editor(TextKind kind) {
        return editors.get(kind);
    }

    void select(TextKind kind) {
        tabs.getSelectionModel().select(tabOf.get(kind));
    }

    TextKind selected() {
        return TextKind.values()[tabs.getSelectionModel().getSelectedIndex()];
    }

    /** The warnings listed below the editors, one label each, in the replay's order. */
    List<Label> warningLabels() {
        return warningList.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> (Label) n).filter(l -> l.getStyleClass().contains("warning-item"))
                .toList();
    }

    /** Shows a Dockerfile line, e.g. the one a selected layer comes from. */
    void revealDockerfileLine(int line) {
        select(TextKind.DOCKERFILE);
        editors.get(TextKind.DOCKERFILE).goToLine(line);
    }

    private Tab tab(TextKind kind) {
        CodeEditor editor = new CodeEditor(Highlighter.of(kind));
        String id = kind.name().toLowerCase(Locale.ROOT);
        editor.setId("editor-" + id);
        editor.setText(model.text(kind).content());
        editors.put(kind, editor);

        Tab tab = new Tab(title(kind, model.text(kind)), editor);
        tab.setId("tab-" + id);
        tabOf.put(kind, tab);
        editor.textProperty().addListener((o, was, now) -> model.edit(kind, now));
        model.textProperty(kind).addListener((o, was, now) -> showText(kind, now));
        return tab;
    }

    private void configureWarnings() {
        warningList.getStyleClass().add("warning-list");
        warningList.setId("warning-list");
        warningScroll.getStyleClass().add("warning-scroll");
        warningScroll.setFitToWidth(true);
        warningScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        warningScroll.setMinHeight(0);
        // The list's height once its lines wrap to the pane's width, not before.
        warningScroll.prefViewportHeightProperty().bind(warningList.heightProperty());
        warningScroll.maxHeightProperty().bind(heightProperty().multiply(WARNINGS_SHARE));
    }

    private void showText(TextKind kind, Text text) {
        CodeEditor editor = editors.get(kind);
        if (!editor.getText().equals(text.content())) {
            editor.setText(text.content());
        }
        tabOf.get(kind).setText(title(kind, text));
    }

    private static String title(TextKind kind, Text text) {
        String name = Path.of(text.name()).getFileName().toString();
        return name.equals(kind.untitledName()) ? kind.title() : name;
    }

    /** The mistake if there is one; otherwise the warnings, in their editors and listed. */
    private void showMarks() {
        WorkspaceModel.Problem problem = model.problemProperty().get();
        List<InputWarning> warnings = problem == null
                ? model.replayProperty().get().warnings() : List.of();
        for (TextKind kind : TextKind.values()) {
            boolean here = problem != null && problem.kind().orElse(null) == kind;
            List<CodeEditor.Mark> marks = marksIn(kind, warnings);
            if (here) {
                editors.get(kind).markError(problem.line(), problem.column());
            } else {
                editors.get(kind).clearError();
            }
            editors.get(kind).markWarnings(marks);
            tabOf.get(kind).setGraphic(here ? errorBadge()
                    : marks.isEmpty() ? null : warningBadge(marks.size()));
        }
        listWarnings(warnings);
        boolean shown = problem != null;
        problemBar.setText(shown ? headline(problem) : "");
        problemBar.setVisible(shown);
        problemBar.setManaged(shown);
    }

    /** A text's mistake as it is; an archive's says first what could not be read. */
    static String headline(WorkspaceModel.Problem problem) {
        return problem.archive().map(a -> "Could not read the image archive "
                + a.getFileName() + "\n").orElse("") + problem.message();
    }

    private List<CodeEditor.Mark> marksIn(TextKind kind, List<InputWarning> warnings) {
        return warnings.stream()
                .filter(w -> model.kindNamed(w.position().file()).orElse(null) == kind)
                .map(w -> new CodeEditor.Mark(w.position().line(), w.position().column(),
                        w.message()))
                .toList();
    }

    private void listWarnings(List<InputWarning> warnings) {
        Label heading = new Label(warnings.size() == 1 ? "1 warning"
                : warnings.size() + " warnings");
        heading.getStyleClass().add("warning-heading");
        warningList.getChildren().setAll(heading);
        for (InputWarning warning : warnings) {
            warningList.getChildren().add(warningItem(warning));
        }
        warningScroll.setVisible(!warnings.isEmpty());
        warningScroll.setManaged(!warnings.isEmpty());
    }

    /** A text's warning reads {@code name:line:column: message}; the archive's, by name. */
    private Label warningItem(InputWarning warning) {
        SourcePosition at = warning.position();
        Optional<TextKind> kind = model.kindNamed(at.file());
        String name = Path.of(at.file()).getFileName().toString();
        String where = kind.isPresent() ? name + ":" + at.line() + ":" + at.column() : name;
        Label item = new Label(where + ": " + warning.message());
        item.getStyleClass().add("warning-item");
        item.setWrapText(true);
        item.setMinHeight(USE_PREF_SIZE);
        item.setMaxWidth(Double.MAX_VALUE);
        kind.ifPresent(k -> {
            item.getStyleClass().add("in-text");
            item.setOnMouseClicked(e -> {
                select(k);
                editors.get(k).goToLine(at.line());
            });
        });
        return item;
    }

    private static Label errorBadge() {
        Label badge = new Label("!");
        badge.getStyleClass().add("tab-error");
        return badge;
    }

    private static Label warningBadge(int count) {
        Label badge = new Label(String.valueOf(count));
        badge.getStyleClass().add("tab-warning");
        return badge;
    }

    private void goToProblem() {
        model.problem().ifPresent(p -> p.kind().ifPresent(kind -> {
            select(kind);
            editors.get(kind).goToLine(p.line());
        }));
    }
}
