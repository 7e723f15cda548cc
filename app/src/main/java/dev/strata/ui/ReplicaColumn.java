package dev.strata.ui;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;

/**
 * One replica standing on its node's layer stack: its pod, the volumes only it mounts, and
 * the writable layer of each of its containers. States: {@code :pending} (greyed, with the
 * reason), {@code :read-only} (a read-only root filesystem), {@code :emphasized}.
 */
public final class ReplicaColumn extends Control {
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    static final PseudoClass EMPHASIZED = PseudoClass.getPseudoClass("emphasized");
    static final String CONTAINER_KEY = "strata.container";

    private final String workload;
    private final int replica;
    private final ObjectProperty<PodState> pod = new SimpleObjectProperty<>(this, "pod") {
        @Override
        protected void invalidated() {
            updateStates(get());
        }
    };
    private final ObjectProperty<List<VolumeState>> localVolumes =
            new SimpleObjectProperty<>(this, "localVolumes", List.of());
    private final BooleanProperty emphasized = new SimpleBooleanProperty(this, "emphasized") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(EMPHASIZED, get());
        }
    };

    public ReplicaColumn(String workload, int replica) {
        this.workload = Objects.requireNonNull(workload, "workload");
        this.replica = replica;
        getStyleClass().add("replica-column");
    }

    public String getWorkload() {
        return workload;
    }

    /** The 1-based replica index, stable across pod replacements. */
    public int getReplica() {
        return replica;
    }

    public ObjectProperty<PodState> podProperty() {
        return pod;
    }

    public PodState getPod() {
        return pod.get();
    }

    public void setPod(PodState value) {
        if (value != null && (value.replica() != replica || !value.workload().equals(workload))) {
            throw new IllegalArgumentException("column of " + workload + " replica " + replica
                    + " cannot show pod " + value.name());
        }
        if (!Objects.equals(value, pod.get())) {
            pod.set(value);
        }
    }

    /** Volumes only this pod mounts (e.g. its emptyDirs), drawn inside the column. */
    public ObjectProperty<List<VolumeState>> localVolumesProperty() {
        return localVolumes;
    }

    public List<VolumeState> getLocalVolumes() {
        return localVolumes.get();
    }

    public void setLocalVolumes(List<VolumeState> value) {
        if (!value.equals(localVolumes.get())) {
            localVolumes.set(List.copyOf(value));
        }
    }

    /** A brief highlight, e.g. while the pod restarts. */
    public BooleanProperty emphasizedProperty() {
        return emphasized;
    }

    public void setEmphasized(boolean value) {
        emphasized.set(value);
    }

    /** The writable layer box of a container (the first when the name is unknown), or null. */
    public Node upperBox(String container) {
        List<Node> boxes = List.copyOf(lookupAll(".upper-box"));
        return boxes.stream()
                .filter(b -> container.equals(b.getProperties().get(CONTAINER_KEY)))
                .findFirst()
                .orElse(boxes.isEmpty() ? null : boxes.get(0));
    }

    /** The writable layer boxes of all its containers. */
    public List<Node> upperBoxes() {
        return List.copyOf(lookupAll(".upper-box"));
    }

    /** The header with the pod's name, where reads arrive and writes leave. */
    public Node header() {
        return lookup(".replica-header");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ReplicaColumnSkin(this);
    }

    private void updateStates(PodState state) {
        pseudoClassStateChanged(PENDING, state != null && state.phase() == Phase.PENDING);
        pseudoClassStateChanged(READ_ONLY, state != null
                && state.containers().stream().anyMatch(ContainerState::readOnlyRoot));
    }
}
