package dev.strata.ui;

import java.util.Objects;

/**
 * Something picked in the picture, named by ids that outlive a frame, so that the same
 * thing stays selected while the timeline steps or is played again from edited texts.
 */
public sealed interface Selected {
    /** An image layer as one node pulled it; layer 0 is the base image. */
    record Layer(int node, int layer) implements Selected {
    }

    /** A replica of a workload, whichever pod currently stands for it. */
    record Replica(String workload, int replica) implements Selected {
        public Replica {
            Objects.requireNonNull(workload, "workload");
        }
    }

    /** A volume instance, by its id in the cluster state. */
    record Volume(String volumeId) implements Selected {
        public Volume {
            Objects.requireNonNull(volumeId, "volumeId");
        }
    }

    /**
     * A file row, with what holds it: a layer, a replica's writable layer (of
     * {@code container}), or a volume (the path then relative to the volume's root).
     */
    record File(Selected holder, String container, String path) implements Selected {
        public File {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(path, "path");
            if (holder instanceof File) {
                throw new IllegalArgumentException("a file is held by a layer, a replica or a"
                        + " volume, not by another file: " + holder);
            }
        }
    }
}
