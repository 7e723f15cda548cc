package dev.strata.ui;

import java.util.function.Consumer;

import javafx.scene.control.Button;

import dev.strata.ui.WorkspaceModel.ImageLoading;

import org.controlsfx.control.StatusBar;

/**
 * The bar along the bottom of the window while an image archive is read: what is being
 * read, how far it is, and a button that stops it. Hidden the rest of the time.
 */
final class ImageLoadingBar extends StatusBar {
    private final Button cancel = new Button("Cancel");

    ImageLoadingBar(WorkspaceModel model, Consumer<String> tell) {
        getStyleClass().add("image-loading-bar");
        setId("image-loading-bar");
        cancel.setId("cancel-image-loading");
        cancel.setOnAction(e -> cancel(model, tell));
        getRightItems().setAll(cancel);

        model.loadingProperty().addListener((o, was, now) -> show(now));
        show(model.loadingProperty().get());
    }

    Button cancelButton() {
        return cancel;
    }

    private void show(ImageLoading loading) {
        boolean shown = loading != null;
        setVisible(shown);
        setManaged(shown);
        cancel.setDisable(!shown);
        if (shown) {
            setText(loading.status());
            setProgress(loading.fraction() < 0 ? -1 : loading.fraction());
        } else {
            setProgress(0);
        }
    }

    private static void cancel(WorkspaceModel model, Consumer<String> tell) {
        ImageLoading loading = model.loadingProperty().get();
        if (loading != null && model.cancelImageLoading()) {
            tell.accept("Stopped reading " + loading.archive().getFileName()
                    + "; the picture is unchanged");
        }
    }
}
