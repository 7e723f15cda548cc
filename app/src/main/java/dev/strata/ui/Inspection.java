package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.LayerState;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.NodeState;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Lands;

/**
 * What the inspector shows for a selection in one cluster state: a heading and the lines.
 * Built without the FX toolkit.
 *
 * @param heading e.g. {@code Layer 2 · COPY requirements.txt .}
 * @param lines the properties, grouped by category
 */
record Inspection(String heading, List<Info> lines) {
    private static final int MAX_FILES = 40;

    Inspection {
        lines = List.copyOf(lines);
    }

    /** The value of the first line with that name, or an empty string. */
    String value(String name) {
        return lines.stream().filter(i -> i.name().equals(name)).map(Info::value).findFirst()
                .orElse("");
    }

    /**
     * Inspects the selection in the state.
     *
     * @param layerLines the Dockerfile line of each planned layer, by layer index
     */
    static Inspection of(Selected selected, ClusterState state, Map<Integer, Integer> layerLines) {
        if (selected == null) {
            return absent(null);
        }
        return find(selected, state, layerLines).orElseGet(() -> absent(selected));
    }

    private static Optional<Inspection> find(
            Selected selected, ClusterState state, Map<Integer, Integer> layerLines) {
        if (selected instanceof Selected.Layer layer) {
            return layer(state, layer).map(l -> ofLayer(layer.node(), l, layerLines));
        }
        if (selected instanceof Selected.Replica replica) {
            return pod(state, replica).map(p -> ofReplica(state, p));
        }
        if (selected instanceof Selected.Volume volume) {
            return state.volume(volume.volumeId()).map(v -> ofVolume(state, v));
        }
        return FileInspection.of((Selected.File) selected, state);
    }

    private static Inspection absent(Selected selected) {
        if (selected == null) {
            return new Inspection("Nothing selected", List.of(new Info("Selection", "Hint",
                    "click a layer, a replica, a volume or a file in the picture")));
        }
        return new Inspection("Not in this step", List.of(new Info("Selection", "Selected",
                describe(selected))));
    }

    static String describe(Selected selected) {
        if (selected instanceof Selected.Layer l) {
            return "layer " + l.layer() + " on node " + l.node();
        }
        if (selected instanceof Selected.Replica r) {
            return "replica " + r.replica() + " of " + r.workload();
        }
        if (selected instanceof Selected.Volume v) {
            return "volume " + v.volumeId();
        }
        Selected.File f = (Selected.File) selected;
        return f.path() + " in " + describe(f.holder());
    }

    static Optional<LayerState> layer(ClusterState state, Selected.Layer layer) {
        return state.nodes().stream()
                .filter(n -> n.index() == layer.node())
                .flatMap(n -> n.layers().stream())
                .filter(l -> l.index() == layer.layer())
                .findFirst();
    }

    static Optional<PodState> pod(ClusterState state, Selected.Replica replica) {
        return state.pods().stream()
                .filter(p -> p.workload().equals(replica.workload()))
                .filter(p -> p.replica() == replica.replica())
                .findFirst();
    }

    private static Inspection ofLayer(int node, LayerState layer, Map<Integer, Integer> lines) {
        List<Info> info = new ArrayList<>();
        info.add(new Info("Layer", "Index", layer.index() == 0 ? "0 (base image)"
                : String.valueOf(layer.index())));
        info.add(new Info("Layer", "Instruction", LayerStackSkin.instruction(layer)));
        Integer line = lines.get(layer.index());
        info.add(new Info("Layer", "Line", line == null ? "—" : line.toString()));
        info.add(new Info("Layer", "Size", layer.contentKnown() ? FileRows.size(layer.size())
                : "unknown until the image is loaded"));
        layer.changes().ifPresent(c -> info.add(new Info("Layer", "Changes", c.added()
                + " added, " + c.modified() + " modified, " + c.removed() + " removed")));
        info.add(new Info("Layer", "Pulled on", "node " + node + ", shared read-only by its"
                + " replicas"));
        addFiles(info, "Files", layer.files(), "");
        String keyword = layer.instruction().isEmpty() ? "" : " · " + layer.instruction();
        return new Inspection("Layer " + layer.index() + keyword, info);
    }

    private static Inspection ofReplica(ClusterState state, PodState pod) {
        List<Info> info = new ArrayList<>();
        info.add(new Info("Pod", "Name", pod.name()));
        info.add(new Info("Pod", "Workload", pod.workload()));
        info.add(new Info("Pod", "Replica", String.valueOf(pod.replica())));
        info.add(new Info("Pod", "Node", nodeName(state, pod.node())));
        info.add(new Info("Pod", "Phase", phase(pod)));
        for (ContainerState container : pod.containers()) {
            addContainer(info, container);
        }
        return new Inspection("Replica " + pod.replica() + " · " + pod.name(), info);
    }

    private static String phase(PodState pod) {
        String phase = pod.phase() == ClusterState.Phase.RUNNING ? "Running" : "Pending";
        return pod.reason().isBlank() ? phase : phase + " (" + pod.reason() + ")";
    }

    private static void addContainer(List<Info> info, ContainerState container) {
        String category = "Container " + container.name();
        info.add(new Info(category, "Restarts", String.valueOf(container.restarts())));
        info.add(new Info(category, "Root", container.readOnlyRoot()
                ? "read-only (readOnlyRootFilesystem)" : "writable layer on the image"));
        info.add(new Info(category, "Upper", container.upper().isEmpty() ? "empty"
                : FileRows.visible(container.upper()).size() + " entries"));
        for (MountState mount : container.mounts()) {
            info.add(new Info(category, mount.volume(), mountText(mount)));
        }
    }

    private static String mountText(MountState mount) {
        String text = "mounted at " + mount.mountPath();
        if (!mount.subPath().isBlank()) {
            text += " (subPath " + mount.subPath() + ")";
        }
        return text + (mount.readOnly() ? " · read-only" : " · read-write");
    }

    private static Inspection ofVolume(ClusterState state, VolumeState volume) {
        List<Info> info = new ArrayList<>();
        info.add(new Info("Volume", "Name", volume.name()));
        info.add(new Info("Volume", "Kind", volume.kind().jsonName()));
        info.add(new Info("Volume", "Scope", scope(volume.kind())));
        if (volume.kind() == Lands.PVC) {
            info.add(new Info("Volume", "Access mode", volume.detail().split(" ")[0]));
        }
        info.add(new Info("Volume", "Read-only", volume.readOnly() ? "yes" : "no"));
        info.add(new Info("Volume", "Mounted by", mounters(state, volume)));
        info.add(new Info("Volume", "Attached on", volume.nodes().isEmpty() ? "no node"
                : "node " + join(volume.nodes())));
        addFiles(info, "Files", volume.files(), "");
        return new Inspection("Volume " + volume.name() + " · " + volume.detail(), info);
    }

    static String scope(Lands kind) {
        return switch (kind) {
            case EMPTY_DIR -> "one pod: created with it, deleted with it";
            case PVC -> "the claim: outlives pods; shared as its access mode allows";
            case HOST_PATH -> "one node: pods elsewhere see other files";
            case CONFIG_MAP, SECRET, PROJECTED, DOWNWARD_API -> "one pod, always read-only";
            default -> "one pod";
        };
    }

    private static String mounters(ClusterState state, VolumeState volume) {
        List<String> names = state.pods().stream()
                .filter(p -> p.containers().stream().flatMap(c -> c.mounts().stream())
                        .anyMatch(m -> m.volumeId().equals(volume.id())))
                .map(p -> "replica " + p.replica()
                        + (volume.replicas().contains(p.replica()) ? "" : " (waiting)"))
                .toList();
        return names.isEmpty() ? "no running pod" : String.join(", ", names);
    }

    private static void addFiles(List<Info> info, String category, List<FileEntry> entries,
            String prefix) {
        List<FileEntry> shown = FileRows.visible(entries);
        if (shown.isEmpty()) {
            info.add(new Info(category, "(none)", "no files"));
            return;
        }
        for (FileEntry entry : shown.subList(0, Math.min(MAX_FILES, shown.size()))) {
            String path = prefix + entry.path();
            String value = entry.kind() == EntryKind.SYMLINK ? path + " → " + entry.target()
                    : path;
            // The path goes in the value, which wraps, rather than in the narrow name column.
            info.add(new Info(category, FileRows.tagText(entry), value));
        }
        if (shown.size() > MAX_FILES) {
            info.add(new Info(category, "…", (shown.size() - MAX_FILES) + " more"));
        }
    }

    static String entryText(FileEntry entry) {
        return switch (entry.kind()) {
            case WHITEOUT -> "whiteout: hides the image's file";
            case OPAQUE_DIRECTORY -> "opaque directory: hides the image's contents";
            case DIRECTORY -> "directory";
            case SYMLINK -> "symbolic link to " + entry.target();
            case FILE -> FileRows.size(entry.size()) + (entry.copiedUp() ? ", copied up" : "");
        };
    }

    static String nodeName(ClusterState state, int node) {
        return state.nodes().stream().filter(n -> n.index() == node).map(NodeState::name)
                .findFirst().map(name -> node + " · " + name).orElse(String.valueOf(node));
    }

    static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
