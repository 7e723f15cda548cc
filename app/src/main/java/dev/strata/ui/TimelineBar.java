package dev.strata.ui;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState;
import dev.strata.sim.Frame;
import dev.strata.sim.Outcome;

/** The controls (back, play, forward, speed, step count) and the caption of the step. */
final class TimelineBar extends HBox {
    private final PlayerModel model;
    private final Label stepLabel = new Label();
    private final Label say = new Label();
    private final Label what = new Label();
    private final Label explain = new Label();
    private final Hyperlink source = new Hyperlink();
    private final ToggleGroup speeds = new ToggleGroup();
    private final HBox options = new HBox();
    private Consumer<String> linkOpener = url -> { };

    TimelineBar(PlayerModel model) {
        this.model = model;
        getStyleClass().add("timeline-bar");
        options.getStyleClass().add("option-row");
        VBox controls = new VBox(buttons(), speedRow(), options, stepLabel);
        controls.getStyleClass().add("timeline-controls");
        controls.setMinWidth(Region.USE_PREF_SIZE);

        VBox caption = caption();
        HBox.setHgrow(caption, Priority.ALWAYS);
        getChildren().setAll(controls, caption);
        source.setOnAction(e -> linkOpener.accept(source.getUserData().toString()));
    }

    void setLinkOpener(Consumer<String> opener) {
        linkOpener = opener;
    }

    /** Adds a toggle for a setting of the view, e.g. reduced motion, kept in step with it. */
    void addToggle(String text, String id, BooleanProperty setting) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.getStyleClass().add("option-toggle");
        toggle.setId(id);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(setting);
        options.getChildren().add(toggle);
    }

    /** Shows the step count and what the step does, but not yet where it lands. */
    void showQuestion(Frame frame) {
        stepLabel.setText("Step " + frame.index() + " of " + model.lastIndex());
        Outcome outcome = frame.outcome().orElseThrow();
        setText(say, outcome.step().say());
        setText(what, "replica " + outcome.actor().map(a -> a.replica()).orElse(0) + ": "
                + outcome.step().op().key() + " " + outcome.step().path() + " → ?");
        setText(explain, "Where will it land? Make a guess.");
        showSource("");
    }

    /** Shows the step count and the caption of a frame. */
    void show(Frame frame) {
        stepLabel.setText("Step " + frame.index() + " of " + model.lastIndex());
        if (frame.outcome().isEmpty()) {
            showStart(frame.state());
            return;
        }
        Outcome outcome = frame.outcome().get();
        setText(say, outcome.step().say());
        setText(what, Captions.what(outcome, frame.state()));
        setText(explain, outcome instanceof Outcome.Narration ? "" : outcome.explain());
        showSource(outcome.source());
    }

    private void showStart(ClusterState state) {
        setText(say, "Before the first step.");
        setText(what, "");
        setText(explain, Captions.start(state));
        showSource("");
    }

    private void showSource(String url) {
        source.setUserData(url);
        source.setText(url.isBlank() ? "" : "Source: " + Captions.shortUrl(url));
        source.setVisible(!url.isBlank());
        source.setManaged(!url.isBlank());
    }

    private static void setText(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isBlank());
        label.setManaged(!text.isBlank());
    }

    private HBox buttons() {
        Button back = button("Back", "back-icon", model::stepBack);
        Button play = button("Play", "play-icon", model::togglePlay);
        Button forward = button("Forward", "forward-icon", model::stepForward);
        model.playingProperty().addListener((o, was, now) -> showPlaying(play, now));
        back.setId("step-back");
        play.setId("play-pause");
        forward.setId("step-forward");

        HBox row = new HBox(back, play, forward);
        row.getStyleClass().add("transport");
        return row;
    }

    private static void showPlaying(Button play, boolean playing) {
        play.setText(playing ? "Pause" : "Play");
        play.getGraphic().getStyleClass().setAll("icon", playing ? "pause-icon" : "play-icon");
    }

    private static Button button(String text, String icon, Runnable action) {
        Region shape = new Region();
        shape.getStyleClass().addAll("icon", icon);
        Button button = new Button(text, shape);
        button.getStyleClass().add("transport-button");
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        return button;
    }

    private HBox speedRow() {
        Label label = new Label("Speed");
        label.getStyleClass().add("speed-label");
        HBox row = new HBox(label);
        row.getStyleClass().add("speed-row");
        for (double factor : PlayerModel.SPEEDS) {
            row.getChildren().add(speedToggle(factor));
        }
        speeds.selectedToggleProperty().addListener((o, was, now) -> keepSelection(was, now));
        model.speedProperty().addListener((o, was, now) -> selectSpeed(now.doubleValue()));
        selectSpeed(model.getSpeed());
        return row;
    }

    private ToggleButton speedToggle(double factor) {
        String text = (factor == Math.rint(factor) ? String.valueOf((int) factor)
                : String.format(Locale.ROOT, "%.1f", factor)) + "×";
        ToggleButton toggle = new ToggleButton(text);
        toggle.getStyleClass().add("speed-toggle");
        toggle.setUserData(factor);
        toggle.setToggleGroup(speeds);
        toggle.setOnAction(e -> model.changeSpeed(factor));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }

    private void keepSelection(Toggle was, Toggle now) {
        if (now == null && was != null) {
            speeds.selectToggle(was);
        }
    }

    private void selectSpeed(double factor) {
        speeds.getToggles().stream()
                .filter(t -> t.getUserData().equals(factor))
                .findFirst()
                .ifPresent(speeds::selectToggle);
    }

    private VBox caption() {
        say.getStyleClass().add("caption-say");
        what.getStyleClass().add("caption-what");
        explain.getStyleClass().add("caption-explain");
        source.getStyleClass().add("caption-source");
        stepLabel.getStyleClass().add("step-label");
        stepLabel.setId("step-label");
        for (Label label : new Label[] {say, what, explain}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        explain.setMinHeight(0);
        VBox caption = new VBox(say, what, explain, source);
        caption.getStyleClass().add("caption");
        return caption;
    }
}
