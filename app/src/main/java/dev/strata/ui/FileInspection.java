package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.LayerState;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;

/** Where a selected file comes from and which replicas can read it. */
final class FileInspection {
    private FileInspection() {
    }

    static Optional<Inspection> of(Selected.File file, ClusterState state) {
        Selected holder = file.holder();
        if (holder instanceof Selected.Layer layer) {
            return Inspection.layer(state, layer)
                    .flatMap(l -> entry(l.files(), file.path())
                            .map(e -> inLayer(state, layer.node(), l, e)));
        }
        if (holder instanceof Selected.Replica replica) {
            return Inspection.pod(state, replica)
                    .flatMap(p -> inUpper(p, file.container(), file.path()));
        }
        String volumeId = ((Selected.Volume) holder).volumeId();
        return state.volume(volumeId)
                .flatMap(v -> entry(v.files(), file.path()).map(e -> inVolume(state, v, e)));
    }

    private static Optional<FileEntry> entry(List<FileEntry> entries, String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    private static Inspection inLayer(ClusterState state, int node, LayerState layer,
            FileEntry entry) {
        List<Info> info = basics(entry, entry.path());
        info.add(new Info("Where", "Comes from", "image layer " + layer.index() + " ("
                + LayerStackSkin.instruction(layer) + "), read-only, pulled once on node "
                + node));
        info.add(new Info("Where", "Seen by", seenFromLayer(state, node, entry.path())));
        return new Inspection(entry.path(), info);
    }

    private static String seenFromLayer(ClusterState state, int node, String path) {
        List<String> seeing = new ArrayList<>();
        for (PodState pod : state.pods()) {
            if (pod.node() == node && pod.phase() == Phase.RUNNING) {
                hiddenFrom(pod, path).ifPresentOrElse(
                        why -> seeing.add("not replica " + pod.replica() + " (" + why + ")"),
                        () -> seeing.add("replica " + pod.replica()));
            }
        }
        return seeing.isEmpty() ? "no running replica on this node" : String.join(", ", seeing);
    }

    /** Why a pod does not read a path from the image, if it does not. */
    private static Optional<String> hiddenFrom(PodState pod, String path) {
        for (ContainerState container : pod.containers()) {
            for (MountState mount : container.mounts()) {
                if (covers(mount.mountPath(), path)) {
                    return Optional.of("a volume is mounted at " + mount.mountPath());
                }
            }
            Optional<FileEntry> upper = entry(container.upper(), path);
            if (upper.isPresent()) {
                return Optional.of(upper.get().kind() == EntryKind.WHITEOUT ? "deleted it"
                        : "has its own copy");
            }
        }
        return Optional.empty();
    }

    static boolean covers(String mountPath, String path) {
        String dir = mountPath.endsWith("/") ? mountPath : mountPath + "/";
        return path.equals(mountPath) || path.startsWith(dir);
    }

    private static Optional<Inspection> inUpper(PodState pod, String container, String path) {
        return pod.containers().stream()
                .filter(c -> container.isEmpty() || c.name().equals(container))
                .flatMap(c -> entry(c.upper(), path).stream()
                        .map(e -> upperInspection(pod, c, e)))
                .findFirst();
    }

    private static Inspection upperInspection(PodState pod, ContainerState c, FileEntry e) {
        List<Info> info = basics(e, e.path());
        String from = "writable layer of replica " + pod.replica() + " (container " + c.name()
                + ")";
        if (e.copiedUp()) {
            from += ", copied up from an image layer on its first write";
        }
        info.add(new Info("Where", "Comes from", from));
        info.add(new Info("Where", "Seen by", "replica " + pod.replica() + " only; gone when"
                + " the container restarts"));
        return new Inspection(e.path(), info);
    }

    private static Inspection inVolume(ClusterState state, VolumeState volume, FileEntry e) {
        String mount = state.pods().stream()
                .map(p -> ReplicaColumnSkin.mountPath(p, volume.id()))
                .filter(m -> !m.isEmpty())
                .findFirst().orElse("");
        String full = mount.isEmpty() ? e.path() : mount + e.path();
        List<Info> info = basics(e, full);
        info.add(new Info("Where", "Comes from", volume.kind().jsonName() + " "
                + volume.name() + " (" + volume.detail() + ")"));
        info.add(new Info("Where", "Seen by", volume.replicas().isEmpty() ? "no running replica"
                : "replica " + Inspection.join(volume.replicas())));
        info.add(new Info("Where", "Lifetime", Inspection.scope(volume.kind())));
        return new Inspection(full, info);
    }

    private static List<Info> basics(FileEntry entry, String path) {
        List<Info> info = new ArrayList<>();
        info.add(new Info("File", "Path", path));
        info.add(new Info("File", "What", Inspection.entryText(entry)));
        return info;
    }
}
