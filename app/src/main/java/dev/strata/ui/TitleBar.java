package dev.strata.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The scenario's title, the subtitle (what was loaded) and a legend of the places. */
final class TitleBar extends HBox {
    private final Label name = new Label();
    private final Label sub = new Label();

    TitleBar(String title, String subtitle) {
        getStyleClass().add("title-bar");
        name.getStyleClass().add("title");
        name.setMinWidth(0);
        sub.getStyleClass().add("subtitle");
        sub.setMinWidth(0);
        setTitle(title);
        setSubtitle(subtitle);

        VBox titles = new VBox(name, sub);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        getChildren().setAll(titles, legend());
    }

    void setTitle(String title) {
        name.setText("Strata — " + title);
    }

    void setSubtitle(String subtitle) {
        sub.setText(subtitle);
        sub.setVisible(!subtitle.isBlank());
        sub.setManaged(!subtitle.isBlank());
    }

    private static HBox legend() {
        HBox legend = new HBox(
                entry("swatch-layer", "image layer (read-only, one copy per node)"),
                entry("swatch-upper", "writable layer"),
                entry("swatch-emptydir", "emptyDir"),
                entry("swatch-pvc", "claim"));
        legend.getStyleClass().add("legend");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        return legend;
    }

    private static HBox entry(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        Label label = new Label(text);
        label.getStyleClass().add("legend-text");
        HBox entry = new HBox(swatch, label);
        entry.getStyleClass().add("legend-entry");
        return entry;
    }
}
