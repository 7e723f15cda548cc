package dev.strata.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.LayerState;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;

/**
 * What one container sees: its merged filesystem, each entry with where it comes from.
 * Built from a {@link ClusterState}, so it shows any frame of a timeline.
 *
 * <p>The image layers are merged bottom up with OCI whiteouts and opaque directories, the
 * writable layer goes on top (overlayfs), and each mount then hides what lies at its path
 * and shows its volume there instead (kubernetes.io volumes). A container of another image
 * than the node's shows only what Strata knows of it: its writable layer and its mounts.
 */
public final class ReplicaView {
    /**
     * One path of the merged view.
     *
     * @param from where the bytes come from; for a whiteout, the writable layer holding it
     * @param mountPoint true for the path a volume is mounted at
     * @param target a symbolic link's target as stored, otherwise empty
     */
    public record Entry(String path, EntryKind kind, long size, Place from, boolean mountPoint,
            String target) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(target, "target");
        }

        public Entry(String path, EntryKind kind, long size, Place from, boolean mountPoint) {
            this(path, kind, size, from, mountPoint, "");
        }
    }

    private final NavigableMap<String, Entry> entries = new TreeMap<>();

    private ReplicaView() {
    }

    /**
     * The merged view of one container of a replica.
     *
     * @throws IllegalArgumentException when the state has no such replica or container
     */
    public static List<Entry> of(ClusterState state, String workload, int replica,
            String container) {
        PodState pod = state.pods().stream()
                .filter(p -> p.workload().equals(workload) && p.replica() == replica)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no replica " + replica + " of " + workload));
        ContainerState view = pod.containers().stream()
                .filter(c -> c.name().equals(container)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "pod " + pod.name() + " has no container " + container));
        ReplicaView merged = new ReplicaView();
        if (view.onNodeLayers()) {
            for (LayerState layer : state.nodes().get(pod.node() - 1).layers()) {
                merged.apply(layer.files(), Place.image(layer.index()), false);
            }
        }
        merged.apply(view.upper(), Place.UPPER, true);
        view.mounts().stream().sorted(Comparator.comparingInt(m -> m.mountPath().length()))
                .forEach(m -> merged.mount(m, state.volume(m.volumeId()).orElseThrow()));
        return List.copyOf(merged.entries.values());
    }

    /** Whiteouts and opaque directories act on the layers below, then entries are added. */
    private void apply(List<FileEntry> layer, Place from, boolean keepWhiteouts) {
        for (FileEntry entry : layer) {
            if (entry.kind() == EntryKind.WHITEOUT) {
                removeTree(entry.path());
            } else if (entry.kind() == EntryKind.OPAQUE_DIRECTORY) {
                subtree(entry.path()).clear();
            }
        }
        for (FileEntry entry : layer) {
            if (entry.kind() != EntryKind.WHITEOUT || keepWhiteouts) {
                entries.put(entry.path(), new Entry(entry.path(), entry.kind(), entry.size(),
                        from, false, entry.target()));
            }
        }
    }

    private void mount(MountState mount, VolumeState volume) {
        Place from = Place.volume(volume.kind(), volume.name(), volume.id());
        removeTree(mount.mountPath());
        entries.put(mount.mountPath(), new Entry(mount.mountPath(), EntryKind.DIRECTORY, 0,
                from, true));
        String root = mount.subPath().isEmpty() ? FsPaths.ROOT
                : FsPaths.normalize("/" + mount.subPath());
        List<Entry> shown = new ArrayList<>();
        for (FileEntry file : volume.files()) {
            if (!file.path().equals(root) && FsPaths.isUnder(file.path(), root)) {
                String path = FsPaths.rebase(file.path(), root, mount.mountPath());
                shown.add(new Entry(path, file.kind(), file.size(), from, false,
                        file.target()));
            }
        }
        shown.forEach(e -> entries.put(e.path(), e));
    }

    private void removeTree(String path) {
        entries.remove(path);
        subtree(path).clear();
    }

    private NavigableMap<String, Entry> subtree(String dir) {
        String prefix = dir.equals(FsPaths.ROOT) ? "/" : dir + "/";
        return entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }
}
