package dev.strata.ui;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * Replicas of one node drawn as compact tiles when there is no room for a column each,
 * e.g. "replicas 4–40 · identical, untouched". A tile says by a mark, not colour alone,
 * whether its replica holds files ({@code :changed}) or waits ({@code :pending}).
 */
public final class ReplicaGroup extends Control {
    /** One replica's tile. */
    public record Tile(String key, int replica, boolean changed, boolean pending) {
        public Tile {
            Objects.requireNonNull(key, "key");
        }
    }

    private final ObjectProperty<List<Tile>> tiles =
            new SimpleObjectProperty<>(this, "tiles", List.of());

    public ReplicaGroup() {
        getStyleClass().add("replica-group");
    }

    /** The replicas drawn as tiles, in replica order. */
    public ObjectProperty<List<Tile>> tilesProperty() {
        return tiles;
    }

    public List<Tile> getTiles() {
        return tiles.get();
    }

    /** Sets the tiles; an equal list leaves them as they are. */
    public void setTiles(List<Tile> value) {
        if (!value.equals(tiles.get())) {
            tiles.set(List.copyOf(value));
        }
    }

    /** Whether the group holds the replica with that key. */
    public boolean holds(String key) {
        return getTiles().stream().anyMatch(t -> t.key().equals(key));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ReplicaGroupSkin(this);
    }
}
