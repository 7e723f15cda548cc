package dev.strata.ui;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A header naming the replicas and what they hold, then one small tile per replica. */
final class ReplicaGroupSkin extends SkinBase<ReplicaGroup> {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private static final int MAX_RANGE = 8;

    private final Label title = new Label();
    private final Label summary = new Label();
    private final FlowPane tiles = new FlowPane();
    private final VBox box = new VBox(title, summary, tiles);

    ReplicaGroupSkin(ReplicaGroup group) {
        super(group);
        title.getStyleClass().add("group-title");
        summary.getStyleClass().add("group-summary");
        summary.setWrapText(true);
        title.setWrapText(true);
        tiles.getStyleClass().add("group-tiles");
        box.getStyleClass().add("group-box");
        VBox.setVgrow(tiles, Priority.ALWAYS);
        box.setMinWidth(0);
        getChildren().add(box);
        Clips.toBounds(box);

        registerChangeListener(group.tilesProperty(), o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<ReplicaGroup.Tile> all = getSkinnable().getTiles();
        List<Integer> numbers = all.stream().map(ReplicaGroup.Tile::replica).toList();
        String range = Ranges.of(numbers);
        title.setText(all.size() == 1 ? "replica " + range
                : range.length() <= MAX_RANGE ? "replicas " + range : all.size() + " replicas");
        summary.setText(summary(all));
        tiles.getChildren().setAll(all.stream().map(ReplicaGroupSkin::tile).toList());
    }

    static String summary(List<ReplicaGroup.Tile> all) {
        long changed = all.stream().filter(ReplicaGroup.Tile::changed).count();
        long pending = all.stream().filter(ReplicaGroup.Tile::pending).count();
        if (changed == 0 && pending == 0) {
            return all.size() == 1 ? "untouched" : "identical, untouched";
        }
        StringBuilder text = new StringBuilder();
        if (changed > 0) {
            text.append("● ").append(changed).append(" with files");
        }
        if (pending > 0) {
            text.append(text.length() > 0 ? " · " : "").append("◌ ").append(pending)
                    .append(" pending");
        }
        return text.toString();
    }

    private static Label tile(ReplicaGroup.Tile tile) {
        String mark = tile.pending() ? "◌" : tile.changed() ? "●" : "";
        Label label = new Label(tile.replica() + mark);
        label.getStyleClass().add("replica-tile");
        label.pseudoClassStateChanged(CHANGED, tile.changed());
        label.pseudoClassStateChanged(PENDING, tile.pending());
        label.getProperties().put(ClusterView.KEY, tile.key());
        return label;
    }

    /** Narrower than its contents rather than wider than its place: labels cut short. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom,
            double left) {
        return left + right;
    }
}
