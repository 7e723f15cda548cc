package dev.strata.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.Lands;
import dev.strata.sim.Place;
import dev.strata.sim.ReplicaView;
import dev.strata.sim.ReplicaView.Entry;

/**
 * A replica's merged filesystem as a tree: each entry badged with where it comes from (layer
 * N, writable layer, emptyDir, claim...), whiteouts struck through, mount points marked, and
 * a filter. The selected entry is {@link #selectedProperty() published} so the picture can
 * light up its source.
 */
final class ReplicaTree extends VBox {
    static final PseudoClass WHITEOUT = PseudoClass.getPseudoClass("whiteout");
    static final PseudoClass MOUNT = PseudoClass.getPseudoClass("mount-point");

    private final Label title = new Label();
    private final TextField filter = new TextField();
    private final TreeView<Entry> tree = new TreeView<>();
    private final Button close = new Button("Close");
    private final ReadOnlyObjectWrapper<Entry> selected =
            new ReadOnlyObjectWrapper<>(this, "selected");
    private List<Entry> entries = List.of();
    private String workload = "";
    private int replica;

    ReplicaTree() {
        getStyleClass().add("replica-tree");
        setId("replica-tree");
        title.getStyleClass().add("tree-title");
        title.setWrapText(true);
        filter.setPromptText("Filter paths");
        filter.setId("replica-filter");
        tree.setId("replica-files");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        close.setId("replica-tree-close");
        close.setFocusTraversable(false);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> hide());

        HBox top = new HBox(title, close);
        top.getStyleClass().add("tree-top");
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().setAll(top, filter, tree);
        setMaxWidth(Region.USE_PREF_SIZE);
        setVisible(false);
        filter.textProperty().addListener(o -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener(
                (o, was, now) -> selected.set(now == null ? null : now.getValue()));
    }

    /** The entry selected in the tree, or null. */
    ReadOnlyObjectProperty<Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    String workload() {
        return workload;
    }

    int replica() {
        return replica;
    }

    /** Shows the merged view of the replica's first container in {@code state}. */
    void show(ClusterState state, String workloadName, int replicaIndex) {
        Optional<PodState> pod = state.pods().stream()
                .filter(p -> p.workload().equals(workloadName) && p.replica() == replicaIndex)
                .findFirst();
        workload = workloadName;
        replica = replicaIndex;
        if (pod.isEmpty() || pod.get().containers().isEmpty()) {
            entries = List.of();
            title.setText("replica " + replicaIndex + " is not running in this step");
        } else {
            String container = pod.get().containers().get(0).name();
            entries = ReplicaView.of(state, workloadName, replicaIndex, container);
            title.setText("replica " + replicaIndex + " · " + pod.get().name() + " · "
                    + container + ": what it sees");
        }
        rebuild();
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        tree.getSelectionModel().clearSelection();
    }

    /** Selects the entry at {@code path} if the tree shows it. */
    void select(String path) {
        find(tree.getRoot(), path).ifPresent(item -> {
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        });
    }

    private void rebuild() {
        String wanted = filter.getText() == null ? ""
                : filter.getText().strip().toLowerCase(Locale.ROOT);
        TreeItem<Entry> root = new TreeItem<>(new Entry("/", EntryKind.DIRECTORY, 0,
                Place.NOWHERE, false));
        Map<String, TreeItem<Entry>> items = new HashMap<>();
        items.put("/", root);
        for (Entry entry : entries) {
            if (wanted.isEmpty() || entry.path().toLowerCase(Locale.ROOT).contains(wanted)) {
                add(items, entry);
            }
        }
        expand(root, !wanted.isEmpty());
        tree.setRoot(root);
    }

    private TreeItem<Entry> add(Map<String, TreeItem<Entry>> items, Entry entry) {
        TreeItem<Entry> known = items.get(entry.path());
        if (known != null) {
            known.setValue(entry);
            return known;
        }
        TreeItem<Entry> item = new TreeItem<>(entry);
        items.put(entry.path(), item);
        parentOf(items, entry.path()).getChildren().add(item);
        return item;
    }

    private TreeItem<Entry> parentOf(Map<String, TreeItem<Entry>> items, String path) {
        int slash = path.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : path.substring(0, slash);
        TreeItem<Entry> item = items.get(parent);
        if (item != null) {
            return item;
        }
        Entry implied = entries.stream().filter(e -> e.path().equals(parent)).findFirst()
                .orElse(new Entry(parent, EntryKind.DIRECTORY, 0, Place.NOWHERE, false));
        return add(items, implied);
    }

    private static void expand(TreeItem<Entry> item, boolean all) {
        for (TreeItem<Entry> child : item.getChildren()) {
            boolean system = child.getValue().from().lands() == Lands.IMAGE
                    && child.getValue().from().layer() == 0;
            child.setExpanded(all || !system);
            expand(child, all);
        }
    }

    private static Optional<TreeItem<Entry>> find(TreeItem<Entry> item, String path) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() != null && item.getValue().path().equals(path)) {
            return Optional.of(item);
        }
        return item.getChildren().stream().map(c -> find(c, path)).flatMap(Optional::stream)
                .findFirst();
    }

    /** Where an entry comes from, in a word or two. */
    static String badge(Entry entry) {
        Place from = entry.from();
        String source = switch (from.lands()) {
            case IMAGE -> from.layer() == 0 ? "base image" : "layer " + from.layer();
            case UPPER -> "writable layer";
            case PVC -> "claim " + from.volume();
            case NONE -> "";
            default -> from.lands().jsonName() + " " + from.volume();
        };
        if (entry.kind() == EntryKind.WHITEOUT) {
            return "whiteout in writable layer";
        }
        return entry.mountPoint() ? "mount point · " + source : source;
    }

    /** A slash after a directory's name, a link's target after the link's. */
    static String suffix(Entry entry) {
        return switch (entry.kind()) {
            case DIRECTORY, OPAQUE_DIRECTORY -> "/";
            case SYMLINK -> " → " + entry.target();
            case FILE, WHITEOUT -> "";
        };
    }

    private static final class EntryCell extends TreeCell<Entry> {
        private final Label name = new Label();
        private final Label badge = new Label();
        private final HBox row = new HBox(name, badge);

        EntryCell() {
            name.getStyleClass().add("tree-name");
            badge.getStyleClass().add("tree-badge");
            row.getStyleClass().add("tree-row");
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            boolean shown = !empty && entry != null;
            pseudoClassStateChanged(WHITEOUT, shown && entry.kind() == EntryKind.WHITEOUT);
            pseudoClassStateChanged(MOUNT, shown && entry.mountPoint());
            if (!shown) {
                setGraphic(null);
                return;
            }
            String path = entry.path();
            name.setText(path.equals("/") ? "/" : path.substring(path.lastIndexOf('/') + 1)
                    + suffix(entry));
            badge.setText(badge(entry));
            badge.setVisible(!badge.getText().isEmpty());
            for (Lands lands : Lands.values()) {
                badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(
                        lands.jsonName().toLowerCase(Locale.ROOT)), entry.from().lands() == lands);
            }
            setGraphic(row);
        }
    }
}
