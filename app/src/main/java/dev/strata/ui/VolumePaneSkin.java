package dev.strata.ui;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState.VolumeState;

/** Header (lock, name, kind, mount path, who shares it) above the volume's files. */
final class VolumePaneSkin extends SkinBase<VolumePane> {
    private static final int MAX_ROWS = 4;

    private final VBox box = new VBox();

    VolumePaneSkin(VolumePane pane) {
        super(pane);
        box.getStyleClass().add("volume-box");
        getChildren().add(box);

        registerChangeListener(pane.volumeProperty(), o -> rebuild());
        registerChangeListener(pane.mountPathProperty(), o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        VolumeState volume = getSkinnable().getVolume();
        if (volume == null) {
            box.getChildren().clear();
            return;
        }
        String mount = getSkinnable().getMountPath();
        box.getChildren().setAll(header(volume, mount),
                FileRows.list(volume.files(), mount, MAX_ROWS, "empty"));
    }

    private HBox header(VolumeState volume, String mount) {
        Label name = new Label(volume.name());
        name.getStyleClass().add("volume-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(detail(volume, mount));
        detail.getStyleClass().add("volume-detail");
        detail.setMinWidth(0);

        HBox header = new HBox(Icons.kindBadge(volume.kind()), name, detail);
        header.getStyleClass().add("volume-header");
        if (volume.readOnly()) {
            header.getChildren().add(Icons.readOnlyTag());
        }
        HBox.setHgrow(detail, Priority.ALWAYS);
        return header;
    }

    private static String detail(VolumeState volume, String mount) {
        StringBuilder text = new StringBuilder();
        if (!mount.isEmpty()) {
            text.append("at ").append(mount).append(" · ");
        }
        text.append(volume.detail());
        if (volume.replicas().size() > 1) {
            text.append(" · replicas ").append(Ranges.of(volume.replicas()));
        }
        if (volume.nodes().size() > 1) {
            text.append(" on nodes ").append(Ranges.of(volume.nodes()));
        }
        return text.toString();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom,
            double left) {
        return left + right;
    }
}
