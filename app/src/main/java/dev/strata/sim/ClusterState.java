package dev.strata.sim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable picture of the simulated cluster after a step: what the window draws.
 *
 * @param nodes the nodes in order, each with its copy of the image layers and its pods
 * @param volumes every volume instance (per pod, per node or per claim), in a stable order
 */
public record ClusterState(List<NodeState> nodes, List<VolumeState> volumes) {
    public ClusterState {
        nodes = List.copyOf(nodes);
        volumes = List.copyOf(volumes);
    }

    /** The volume instance with that id. */
    public Optional<VolumeState> volume(String id) {
        return volumes.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Every pod of the cluster, node by node. */
    public List<PodState> pods() {
        return nodes.stream().flatMap(n -> n.pods().stream()).toList();
    }

    /**
     * A node: the image layers it pulled once, shared read-only by its containers.
     *
     * @param index 1-based
     * @param layers layer 0 is the base image, then the planned layers in order
     */
    public record NodeState(int index, String name, List<LayerState> layers, List<PodState> pods) {
        public NodeState {
            Objects.requireNonNull(name, "name");
            layers = List.copyOf(layers);
            pods = List.copyOf(pods);
        }
    }

    /**
     * One read-only image layer.
     *
     * @param index 0 for the base image
     * @param instruction RUN, COPY, ADD, WORKDIR, or FROM for the base
     * @param size sum of the known sizes of its files
     * @param contentKnown false when what it holds is unknown without the built image
     * @param changes what a real image's layer adds, modifies and removes, when read from one
     */
    public record LayerState(
            int index,
            String instruction,
            String text,
            long size,
            boolean contentKnown,
            List<FileEntry> files,
            Optional<Changes> changes) {
        public LayerState {
            files = List.copyOf(files);
            Objects.requireNonNull(changes, "changes");
        }

        /** A planned layer, whose changes to the layers below are not counted. */
        public LayerState(int index, String instruction, String text, long size,
                boolean contentKnown, List<FileEntry> files) {
            this(index, instruction, text, size, contentKnown, files, Optional.empty());
        }
    }

    /** How many paths a layer adds, stores again whole, and hides, relative to those below. */
    public record Changes(int added, int modified, int removed) {
    }

    /**
     * A pod of a workload.
     *
     * @param replica 1-based index within its workload
     * @param node 1-based node it is placed on
     * @param reason why it is not running, or empty
     */
    public record PodState(
            String workload,
            int replica,
            String name,
            int node,
            Phase phase,
            String reason,
            List<ContainerState> containers) {
        public PodState {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(reason, "reason");
            containers = List.copyOf(containers);
        }
    }

    /** Whether a pod's containers run. */
    public enum Phase {
        RUNNING,
        /** Scheduled but its containers cannot start, e.g. a Multi-Attach error. */
        PENDING
    }

    /**
     * A container: its own writable layer and its mount table.
     *
     * @param restarts how many times it was restarted; each gives it a new, empty upper layer
     * @param upper the entries of its writable layer, including whiteouts
     * @param image the image reference the manifest gives the container
     * @param onNodeLayers true when it runs the image whose layers the node shows (the
     *     Dockerfile's); a container of another image stands on layers Strata cannot see
     */
    public record ContainerState(
            String name,
            int restarts,
            boolean readOnlyRoot,
            List<FileEntry> upper,
            List<MountState> mounts,
            String image,
            boolean onNodeLayers) {
        public ContainerState {
            upper = List.copyOf(upper);
            mounts = List.copyOf(mounts);
        }
    }

    /** A volume mounted into a container. */
    public record MountState(
            String volume, String volumeId, String mountPath, String subPath, boolean readOnly) {
    }

    /**
     * A volume instance with its true scope.
     *
     * @param id stable id, referenced by {@link MountState#volumeId()} and {@link Place}
     * @param name the pod volume's name (for a claim: the claim's name)
     * @param kind emptyDir, pvc, ...
     * @param detail a short label, e.g. {@code RWX claim} or {@code emptyDir of web-0}
     * @param readOnly true when no mount can write to it
     * @param files its entries, paths relative to the volume root and starting with /
     * @param replicas the replicas that mount it and run, in order
     * @param nodes the nodes where it is attached, in order
     */
    public record VolumeState(
            String id,
            String name,
            Lands kind,
            String detail,
            boolean readOnly,
            List<FileEntry> files,
            List<Integer> replicas,
            List<Integer> nodes) {
        public VolumeState {
            files = List.copyOf(files);
            replicas = List.copyOf(replicas);
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * A path in a layer, an upper layer or a volume.
     *
     * @param copiedUp true for an upper-layer file that was copied up from an image layer
     * @param target a symbolic link's target as stored, otherwise empty
     */
    public record FileEntry(String path, long size, EntryKind kind, boolean copiedUp,
            String target) {
        public FileEntry {
            Objects.requireNonNull(target, "target");
        }

        public FileEntry(String path, long size, EntryKind kind, boolean copiedUp) {
            this(path, size, kind, copiedUp, "");
        }
    }

    /** What a path is. */
    public enum EntryKind {
        FILE,
        DIRECTORY,
        /** A symbolic link; the kernel follows it when a path goes through it. */
        SYMLINK,
        /** Hides the same path in the layers below (a {@code .wh.} file in OCI terms). */
        WHITEOUT,
        /** A directory whose lower contents are hidden ({@code .wh..wh..opq}). */
        OPAQUE_DIRECTORY
    }
}
