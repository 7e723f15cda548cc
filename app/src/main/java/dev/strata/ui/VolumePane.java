package dev.strata.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Lands;

/**
 * One volume instance with its files. A volume that several replicas mount is drawn once,
 * spanning them; pseudo-classes name its kind ({@code :emptydir}, {@code :pvc}, ...) and
 * {@code :read-only}.
 */
public final class VolumePane extends Control {
    static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    private static final Map<Lands, PseudoClass> KINDS = Arrays.stream(Lands.values())
            .collect(Collectors.toMap(Function.identity(),
                    k -> PseudoClass.getPseudoClass(k.jsonName().toLowerCase(Locale.ROOT))));

    private final String volumeId;
    private final ObjectProperty<VolumeState> volume = new SimpleObjectProperty<>(this, "volume") {
        @Override
        protected void invalidated() {
            updateStates(get());
        }
    };
    private final StringProperty mountPath = new SimpleStringProperty(this, "mountPath", "");

    public VolumePane(String volumeId) {
        this.volumeId = Objects.requireNonNull(volumeId, "volumeId");
        getStyleClass().add("volume-pane");
    }

    /** The id of the volume instance this pane draws, as in {@code ClusterState#volumes()}. */
    public String getVolumeId() {
        return volumeId;
    }

    public ObjectProperty<VolumeState> volumeProperty() {
        return volume;
    }

    public VolumeState getVolume() {
        return volume.get();
    }

    public void setVolume(VolumeState value) {
        if (value != null && !value.id().equals(volumeId)) {
            throw new IllegalArgumentException(
                    "pane of volume " + volumeId + " cannot show volume " + value.id());
        }
        if (!Objects.equals(value, volume.get())) {
            volume.set(value);
        }
    }

    /** Where the containers see the volume, e.g. {@code /var/log/app}. */
    public StringProperty mountPathProperty() {
        return mountPath;
    }

    public String getMountPath() {
        return mountPath.get();
    }

    public void setMountPath(String value) {
        mountPath.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VolumePaneSkin(this);
    }

    private void updateStates(VolumeState state) {
        pseudoClassStateChanged(READ_ONLY, state != null && state.readOnly());
        KINDS.forEach((kind, pc) -> pseudoClassStateChanged(pc,
                state != null && state.kind() == kind));
    }
}
