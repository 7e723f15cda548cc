package dev.strata.sim;

import java.util.Optional;

/**
 * The concrete storage a container path resolves to. Two replicas see the same file exactly
 * when their paths resolve to equal storage.
 */
sealed interface Storage {
    /** In one container's writable layer; equal only for the same container. */
    record InUpper(Container container) implements Storage {
        @Override
        public boolean equals(Object o) {
            return o instanceof InUpper other && other.container == container;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(container);
        }
    }

    /** In a read-only image layer; every node's copy of the image holds the same bytes. */
    record InImage(ImageLayers image, int layer) implements Storage {
        @Override
        public boolean equals(Object o) {
            return o instanceof InImage other && other.image == image && other.layer == layer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(image) * 31 + layer;
        }
    }

    /** At a path inside a volume instance. */
    record InVolume(VolumeInstance volume, String path) implements Storage {
        @Override
        public boolean equals(Object o) {
            return o instanceof InVolume other && other.volume == volume
                    && other.path.equals(path);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(volume) * 31 + path.hashCode();
        }
    }

    /**
     * Where a container reads {@code path} from, or empty when it does not exist there:
     * the mount with the longest path first, then the upper layer, then the image layers.
     */
    static Optional<Storage> resolve(Container container, String path) {
        Optional<Container.Mount> mount = container.mountFor(path);
        if (mount.isPresent()) {
            VolumeInstance volume = mount.get().volume();
            String inVolume = mount.get().inVolume(path);
            boolean exists = inVolume.equals(mount.get().subPath())
                    || volume.files().get(inVolume).isPresent();
            return exists ? Optional.of(new InVolume(volume, inVolume)) : Optional.empty();
        }
        return Overlay.lookup(container.upper(), container.image(), path).map(hit -> hit.layer() < 0
                ? new InUpper(container) : new InImage(container.image(), hit.layer()));
    }
}
