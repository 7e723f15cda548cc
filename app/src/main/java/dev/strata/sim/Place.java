package dev.strata.sim;

import java.util.Objects;

/**
 * Where an operation's bytes land or come from.
 *
 * @param lands the kind of place
 * @param volume the pod volume's name, or empty when not a volume
 * @param volumeId the volume instance's id in {@link ClusterState#volumes()}, or empty
 * @param layer the image layer index for {@link Lands#IMAGE}, or -1
 */
public record Place(Lands lands, String volume, String volumeId, int layer) {
    public static final Place NOWHERE = new Place(Lands.NONE, "", "", -1);
    public static final Place UPPER = new Place(Lands.UPPER, "", "", -1);

    public Place {
        Objects.requireNonNull(lands, "lands");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(volumeId, "volumeId");
    }

    public static Place image(int layer) {
        return new Place(Lands.IMAGE, "", "", layer);
    }

    public static Place volume(Lands lands, String volume, String volumeId) {
        return new Place(lands, volume, volumeId, -1);
    }
}
