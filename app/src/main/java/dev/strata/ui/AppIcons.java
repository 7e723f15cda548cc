package dev.strata.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Strata's icon for windows, at the sizes a window system picks from (title bar, task
 * switcher, dock). The pictures are rendered from assets/icons/strata.svg.
 */
final class AppIcons {
    private static final Logger LOG = System.getLogger(AppIcons.class.getName());
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private static List<Image> icons;

    private AppIcons() {
    }

    /** Gives the stage Strata's icon; a missing picture only leaves the default icon. */
    static void applyTo(Stage stage) {
        stage.getIcons().setAll(icons());
    }

    private static synchronized List<Image> icons() {
        if (icons == null) {
            icons = load();
        }
        return icons;
    }

    private static List<Image> load() {
        List<Image> loaded = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            String name = "icons/strata-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    LOG.log(Level.DEBUG, "no window icon {0}", name);
                    continue;
                }
                loaded.add(new Image(in));
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "window icon " + name + " unreadable", e);
            }
        }
        return List.copyOf(loaded);
    }
}
