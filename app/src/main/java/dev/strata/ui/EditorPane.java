package dev.strata.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import dev.strata.workspace.Workspace.Text;

/**
 * The left side: one tab per text (Dockerfile, manifest, scenario), each in a
 * {@link CodeEditor}, and below them the bar that names the mistake stopping the texts from
 * playing, as {@code file:line:column: problem}. Clicking the bar goes to the mistake.
 */
final class EditorPane extends VBox {
    private final WorkspaceModel model;
    private final TabPane tabs = new TabPane();
    private final Map<TextKind, CodeEditor> editors = new EnumMap<>(TextKind.class);
    private final Map<TextKind, Tab> tabOf = new EnumMap<>(TextKind.class);
    private final Label problemBar = new Label();

    EditorPane(WorkspaceModel model) {
        this.model = model;
        getStyleClass().add("editor-pane");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (TextKind kind : TextKind.values()) {
            tabs.getTabs().add(tab(kind));
        }
        problemBar.getStyleClass().add("problem-bar");
        problemBar.setId("problem-bar");
        problemBar.setWrapText(true);
        problemBar.setMinHeight(USE_PREF_SIZE);
        problemBar.setMaxWidth(Double.MAX_VALUE);
        problemBar.setOnMouseClicked(e -> goToProblem());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(tabs, problemBar);

        model.problemProperty().addListener((o, was, now) -> showProblem(now));
        showProblem(model.problemProperty().get());
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

    private void showProblem(WorkspaceModel.Problem problem) {
        for (TextKind kind : TextKind.values()) {
            boolean here = problem != null && problem.kind().orElse(null) == kind;
            if (here) {
                editors.get(kind).markError(problem.line(), problem.column());
            } else {
                editors.get(kind).clearError();
            }
            tabOf.get(kind).setGraphic(here ? errorBadge() : null);
        }
        boolean shown = problem != null;
        problemBar.setText(shown ? problem.message() : "");
        problemBar.setVisible(shown);
        problemBar.setManaged(shown);
    }

    private static Label errorBadge() {
        Label badge = new Label("!");
        badge.getStyleClass().add("tab-error");
        return badge;
    }

    private void goToProblem() {
        model.problem().ifPresent(p -> p.kind().ifPresent(kind -> {
            select(kind);
            editors.get(kind).goToLine(p.line());
        }));
    }
}
