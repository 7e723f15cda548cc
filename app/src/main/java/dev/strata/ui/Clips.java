package dev.strata.ui;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** Clipping for boxes whose contents may be wider than a narrow column gives them. */
final class Clips {
    private Clips() {
    }

    /** Lets the region shrink below its contents and clips them to its bounds. */
    static void toBounds(Region region) {
        region.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(region.widthProperty());
        clip.heightProperty().bind(region.heightProperty());
        region.setClip(clip);
    }
}
