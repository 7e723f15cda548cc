package dev.strata.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import dev.strata.ui.WorkspaceModel.ImageChoices;
import dev.strata.workspace.ImageChoice;

import org.controlsfx.control.StatusBar;

/**
 * The bar along the bottom of the window when an opened image archive holds several images:
 * why a choice is needed, the images its reader listed (a ref or platform can also be typed),
 * a button that reads the one chosen and one that leaves the picture as it is. Hidden the
 * rest of the time.
 */
final class ImageChoiceBar extends StatusBar {
    private final WorkspaceModel model;
    private final Consumer<String> tell;
    private final ComboBox<ImageChoice> choices = new ComboBox<>();
    private final Button show = new Button("Show this image");
    private final Button dismiss = new Button("Not now");

    ImageChoiceBar(WorkspaceModel model, Consumer<String> tell) {
        this.model = Objects.requireNonNull(model, "model");
        this.tell = Objects.requireNonNull(tell, "tell");
        getStyleClass().add("image-choice-bar");
        setId("image-choice-bar");
        choices.setId("image-choices");
        choices.setEditable(true);
        choices.setPromptText("a ref, e.g. v4, or v4 (linux/arm64)");
        choices.setConverter(new Labels());
        choices.setVisibleRowCount(12);
        show.setId("show-chosen-image");
        show.setOnAction(e -> choose());
        dismiss.setId("dismiss-image-choice");
        dismiss.setOnAction(e -> dismiss());
        getRightItems().setAll(choices, show, dismiss);

        model.choosingProperty().addListener((o, was, now) -> offer(now));
        offer(model.choosingProperty().get());
    }

    ComboBox<ImageChoice> choices() {
        return choices;
    }

    Button showButton() {
        return show;
    }

    /** What the bar says; empty while it is hidden. */
    String message() {
        return getText();
    }

    private void offer(ImageChoices offered) {
        boolean shown = offered != null;
        setVisible(shown);
        setManaged(shown);
        show.setDisable(!shown);
        if (!shown) {
            setText("");
            choices.getItems().clear();
            return;
        }
        setText(offered.archive().getFileName() + ": " + offered.reason()
                + ". Which one should the picture show?");
        choices.getItems().setAll(offered.choices());
        choices.getSelectionModel().selectFirst();
    }

    /** The image picked or typed: a ref, {@code ref (platform)} or {@code (platform)}. */
    private Optional<ImageChoice> chosen() {
        String typed = choices.getEditor().getText();
        return Optional.of(ImageChoice.parse(typed == null ? "" : typed))
                .filter(c -> !c.isNone());
    }

    private void choose() {
        ImageChoices offered = model.choosingProperty().get();
        if (offered == null) {
            return;
        }
        Optional<ImageChoice> chosen = chosen();
        if (chosen.isEmpty()) {
            tell.accept("Choose an image, or type its ref");
            return;
        }
        model.openImage(offered.archive(), chosen.get());
    }

    private void dismiss() {
        ImageChoices offered = model.choosingProperty().get();
        if (offered != null) {
            model.dismissImageChoices();
            tell.accept("Did not read " + offered.archive().getFileName()
                    + "; the picture is unchanged");
        }
    }

    /** A choice reads as the reader lists it, {@code v4 (linux/amd64)}, and can be typed so. */
    private final class Labels extends StringConverter<ImageChoice> {
        @Override
        public String toString(ImageChoice choice) {
            return choice == null ? "" : choice.listing();
        }

        @Override
        public ImageChoice fromString(String text) {
            return ImageChoice.parse(text);
        }
    }
}
