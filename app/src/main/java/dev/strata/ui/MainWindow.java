package dev.strata.ui;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;

/**
 * The whole window: the menu bar on top; the editors on the left, the picture with its
 * timeline in the centre, the inspector on the right. Editing a text plays it again and the
 * picture follows; editor and inspector can be hidden so the picture fills the window.
 */
public final class MainWindow extends BorderPane {
    private static final Duration NOTICE_TIME = Duration.seconds(8);

    private final WorkspaceModel model;
    private final StrataView view;
    private final EditorPane editors;
    private final Inspector inspector = new Inspector();
    private final SplitPane split = new SplitPane();
    private final NotificationPane notices;
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);
    private final BooleanProperty editorShown = new SimpleBooleanProperty(this, "editorShown",
            true);
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(this,
            "inspectorShown", true);
    private final FileActions files;
    private final ImageLoadingBar loadingBar;
    private final ImageChoiceBar choiceBar;
    private boolean dividersPlaced;

    public MainWindow(WorkspaceModel model) {
        this(model, RecentFiles.forUser());
    }

    MainWindow(WorkspaceModel model, RecentFiles recent) {
        this.model = Objects.requireNonNull(model, "model");
        view = new StrataView(model.timeline(), model.labelProperty().get());
        editors = new EditorPane(model);
        files = new FileActions(model, recent, this::tell);
        notices = new NotificationPane(split);
        loadingBar = new ImageLoadingBar(model, this::tell);
        choiceBar = new ImageChoiceBar(model, this::tell);
        getStyleClass().add("main-window");
        followTheme();
        layoutParts();
        wire();
        inspect();
    }

    /**
     * The editors and inspector take their colours from the picture's theme: the theme's
     * tokens are defined on this window's root too, and follow a change of theme.
     */
    private void followTheme() {
        getStylesheets().setAll(view.themeProperty().get().stylesheet());
        view.themeProperty().addListener((o, old, theme) ->
                getStylesheets().setAll(theme.stylesheet()));
    }

    /** The sheet for the editors and inspector, to add after {@link StrataView#stylesheet()}. */
    public static String stylesheet() {
        URL css = MainWindow.class.getResource("window.css");
        if (css == null) {
            throw new IllegalStateException("window.css is missing from the class path");
        }
        return css.toExternalForm();
    }

    public WorkspaceModel model() {
        return model;
    }

    public StrataView view() {
        return view;
    }

    /** Whether the editors show; off for presentation. */
    public BooleanProperty editorShownProperty() {
        return editorShown;
    }

    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** What opens a caption's source link, e.g. {@code HostServices::showDocument}. */
    public void setOnOpenLink(Consumer<String> opener) {
        view.setOnOpenLink(opener);
    }

    EditorPane editors() {
        return editors;
    }

    Inspector inspector() {
        return inspector;
    }

    FileActions files() {
        return files;
    }

    ImageLoadingBar loadingBar() {
        return loadingBar;
    }

    ImageChoiceBar choiceBar() {
        return choiceBar;
    }

    /** Shows a one-line message above the picture for a few seconds. */
    void tell(String message) {
        notices.setText(message);
        notices.show();
        noticeTimer.playFromStart();
    }

    private void layoutParts() {
        editors.setMinWidth(0);
        inspector.setMinWidth(0);
        view.setMinWidth(0);
        split.getStyleClass().add("main-split");
        split.getItems().setAll(editors, view, inspector);
        SplitPane.setResizableWithParent(editors, false);
        SplitPane.setResizableWithParent(inspector, false);
        notices.getStyleClass().add("notices");
        notices.setShowFromTop(true);
        WindowMenus menus = new WindowMenus(files, () -> getScene().getWindow(),
                view::getCenter);
        setTop(menus.bar(editorShown, inspectorShown));
        setCenter(notices);
        setBottom(new VBox(choiceBar, loadingBar));
    }

    private void wire() {
        noticeTimer.setOnFinished(e -> notices.hide());
        model.replayProperty().addListener((o, was, now) -> replay(now));
        model.labelProperty().addListener((o, was, now) -> view.setSubtitle(now));
        view.selection().selectedProperty().addListener(o -> inspect());
        view.model().frameIndexProperty().addListener(o -> inspect());
        // A filter, not a handler: the picture's controls consume the clicks they receive.
        view.getCenter().addEventFilter(MouseEvent.MOUSE_CLICKED, this::pick);
        editorShown.addListener(o -> showSides());
        inspectorShown.addListener(o -> showSides());
        split.widthProperty().addListener(o -> placeDividersOnce());
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private void replay(Replay replay) {
        view.model().replaceTimeline(replay.timeline());
        inspect();
    }

    private void inspect() {
        Selected selected = view.selection().selectedProperty().get();
        inspector.show(Inspection.of(selected, view.model().currentFrame().state(),
                model.replayProperty().get().layerLines()));
    }

    private void pick(MouseEvent event) {
        Node target = event.getPickResult().getIntersectedNode();
        SelectionPicker.pick(target).ifPresentOrElse(view.selection()::select,
                view.selection()::clear);
    }

    private void showSides() {
        split.getItems().setAll(view);
        if (editorShown.get()) {
            split.getItems().add(0, editors);
        }
        if (inspectorShown.get()) {
            split.getItems().add(inspector);
        }
        placeDividers();
        view.requestFocus();
    }

    private void placeDividersOnce() {
        if (!dividersPlaced && split.getWidth() > 0) {
            dividersPlaced = true;
            placeDividers();
        }
    }

    /** Side widths follow the window; the picture always keeps the larger share. */
    private void placeDividers() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        double left = clamp(width * 0.22, 240, 440) / width;
        double right = 1 - clamp(width * 0.18, 220, 340) / width;
        boolean hasLeft = split.getItems().contains(editors);
        boolean hasRight = split.getItems().contains(inspector);
        if (hasLeft && hasRight) {
            split.setDividerPositions(left, right);
        } else if (hasLeft) {
            split.setDividerPositions(left);
        } else if (hasRight) {
            split.setDividerPositions(right);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> dropped = event.getDragboard().hasFiles() ? event.getDragboard().getFiles()
                : List.of();
        files.openDropped(dropped.stream().map(File::toPath).toList());
        event.setDropCompleted(!dropped.isEmpty());
        event.consume();
    }
}
