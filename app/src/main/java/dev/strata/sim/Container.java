package dev.strata.sim;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.strata.manifest.MountSpec;

/** A running container: its writable (upper) layer over the node's image and its mounts. */
final class Container {
    /** A volume mounted at a path of this container. */
    record Mount(
            MountSpec spec, String mountPath, String subPath, boolean readOnly,
            boolean sourceReadOnly, VolumeInstance volume) {
        /** The path inside the volume that a container path below the mount maps to. */
        String inVolume(String path) {
            return FsPaths.rebase(path, mountPath, subPath);
        }

        boolean writable() {
            return !readOnly && !volume.readOnly();
        }
    }

    private final String name;
    private final String imageName;
    private final ImageLayers image;
    private final boolean readOnlyRoot;
    private final List<Mount> mounts;
    private final OptionalLong ephemeralLimit;
    private FsTree upper = new FsTree();
    private int restarts;

    Container(String name, String imageName, ImageLayers image, boolean readOnlyRoot,
            List<Mount> mounts, OptionalLong ephemeralLimit) {
        this.ephemeralLimit = ephemeralLimit;
        this.name = name;
        this.imageName = imageName;
        this.image = image;
        this.readOnlyRoot = readOnlyRoot;
        this.mounts = mounts.stream()
                .sorted(Comparator.comparingInt((Mount m) -> m.mountPath().length()).reversed())
                .toList();
    }

    String name() {
        return name;
    }

    /** The image reference the manifest gives this container. */
    String imageName() {
        return imageName;
    }

    /** The read-only layers below this container's upper layer. */
    ImageLayers image() {
        return image;
    }

    /** resources.limits.ephemeral-storage, in bytes. */
    OptionalLong ephemeralLimit() {
        return ephemeralLimit;
    }

    boolean readOnlyRoot() {
        return readOnlyRoot;
    }

    List<Mount> mounts() {
        return mounts;
    }

    FsTree upper() {
        return upper;
    }

    int restarts() {
        return restarts;
    }

    /** The mount that serves a path: the longest mount path that contains it wins. */
    Optional<Mount> mountFor(String path) {
        for (Mount mount : mounts) {
            if (FsPaths.isUnder(path, mount.mountPath())) {
                return Optional.of(mount);
            }
        }
        return Optional.empty();
    }

    /**
     * Restarting starts a new container from the same image: a new, empty upper layer
     * (kubernetes.io volumes: on-disk files in a container are lost when it restarts).
     */
    void restart() {
        upper = new FsTree();
        restarts++;
    }
}
