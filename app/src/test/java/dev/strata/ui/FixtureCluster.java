package dev.strata.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.strata.sim.Actor;
import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.LayerState;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.NodeState;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Lands;
import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.Place;
import dev.strata.sim.Step;
import dev.strata.source.SourcePosition;

/**
 * A hand-made stand-in for the simulator, just enough to play the bundled samples: the web
 * Deployment of assets/samples, replicas spread round-robin over the nodes.
 */
final class FixtureCluster {
    static final String OVERLAY = "https://docs.kernel.org/filesystems/overlayfs.html";
    static final String VOLUMES = "https://kubernetes.io/docs/concepts/storage/volumes/";
    static final String EMPTY_DIR = VOLUMES + "#emptydir";
    static final String ACCESS_MODES =
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes";

    private static final String WORKLOAD = "web";
    private static final List<LayerState> LAYERS = List.of(
            new LayerState(0, "FROM", "python:3.12-slim", 0, false, List.of()),
            new LayerState(1, "WORKDIR", "/app", 0, true,
                    List.of(new FileEntry("/app", 0, EntryKind.DIRECTORY, false))),
            new LayerState(2, "COPY", "requirements.txt .", 13, true,
                    List.of(file("/app/requirements.txt", 13))),
            new LayerState(3, "RUN", "pip install --no-cache-dir -r requirements.txt", 0,
                    false, List.of()),
            new LayerState(4, "COPY", "app.py .", 1306, true, List.of(file("/app/app.py", 1306))));

    private final int nodes;
    private final List<Pod> pods = new ArrayList<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final String file;
    private boolean emptyDirLogs;
    private String claimMode = "";
    private int podsMade;
    private int steps;

    private FixtureCluster(String file, int nodes) {
        this.file = file;
        this.nodes = nodes;
    }

    /** Three replicas; {@code claimMode} RWX, RWO or empty for no claim at /data. */
    static FixtureCluster web(String file, boolean emptyDirLogs, String claimMode) {
        FixtureCluster cluster = new FixtureCluster(file, 2);
        cluster.emptyDirLogs = emptyDirLogs;
        cluster.claimMode = claimMode;
        if (!claimMode.isEmpty()) {
            cluster.volumes.put("pvc/web-data", new Volume("pvc/web-data", "web-data", Lands.PVC,
                    claimMode + " claim"));
        }
        for (int replica = 1; replica <= 3; replica++) {
            cluster.addPod(replica);
        }
        return cluster;
    }

    private static final class Pod {
        final int replica;
        final int node;
        String name;
        Phase phase = Phase.RUNNING;
        String reason = "";
        int restarts;
        final Map<String, FileEntry> upper = new LinkedHashMap<>();
        final List<MountState> mounts = new ArrayList<>();

        Pod(int replica, int node, String name) {
            this.replica = replica;
            this.node = node;
            this.name = name;
        }
    }

    private static final class Volume {
        final String id;
        final String name;
        final Lands kind;
        final String detail;
        final Map<String, FileEntry> files = new LinkedHashMap<>();

        Volume(String id, String name, Lands kind, String detail) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.detail = detail;
        }
    }

    private void addPod(int replica) {
        podsMade++;
        Pod pod = new Pod(replica, (replica - 1) % nodes + 1, WORKLOAD + "-" + podsMade);
        if (emptyDirLogs) {
            String id = "emptyDir/" + pod.name + "/logs";
            volumes.put(id, new Volume(id, "logs", Lands.EMPTY_DIR, "emptyDir of " + pod.name));
            pod.mounts.add(new MountState("logs", id, "/var/log/app", "", false));
        }
        if (!claimMode.isEmpty()) {
            pod.mounts.add(new MountState("data", "pvc/web-data", "/data", "", false));
            if (claimMode.equals("RWO") && pod.node != 1) {
                pod.phase = Phase.PENDING;
                pod.reason = "Multi-Attach error: web-data is attached to node 1 (RWO)";
            }
        }
        pods.removeIf(p -> p.replica == replica);
        pods.add(pod);
        pods.sort((a, b) -> Integer.compare(a.replica, b.replica));
    }

    ClusterState state() {
        List<NodeState> nodeStates = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            int index = n;
            List<PodState> onNode = pods.stream().filter(p -> p.node == index)
                    .map(this::podState).toList();
            nodeStates.add(new NodeState(n, "node-" + n, LAYERS, onNode));
        }
        return new ClusterState(nodeStates, volumes.values().stream().map(this::volumeState)
                .toList());
    }

    private PodState podState(Pod pod) {
        ContainerState container = new ContainerState(WORKLOAD, pod.restarts, false,
                List.copyOf(pod.upper.values()), pod.mounts);
        return new PodState(WORKLOAD, pod.replica, pod.name, pod.node, pod.phase, pod.reason,
                List.of(container));
    }

    private VolumeState volumeState(Volume volume) {
        List<Pod> users = mounters(volume.id);
        return new VolumeState(volume.id, volume.name, volume.kind, volume.detail, false,
                List.copyOf(volume.files.values()),
                users.stream().map(p -> p.replica).toList(),
                users.stream().map(p -> p.node).distinct().sorted().toList());
    }

    private List<Pod> mounters(String volumeId) {
        return pods.stream()
                .filter(p -> p.phase == Phase.RUNNING)
                .filter(p -> p.mounts.stream().anyMatch(m -> m.volumeId().equals(volumeId)))
                .toList();
    }

    Outcome write(int replica, String path, long size, String say) {
        Step step = step(Op.WRITE, path, replica, size, say);
        Pod pod = pod(replica);
        if (pod.phase == Phase.PENDING) {
            return new Outcome.Blocked(step, actor(pod), pod.reason,
                    "The pod never started: " + pod.reason + ".", ACCESS_MODES);
        }
        Optional<MountState> mount = mountFor(pod, path);
        if (mount.isPresent()) {
            return writeVolume(step, pod, mount.get(), path, size);
        }
        return writeUpper(step, pod, path, size);
    }

    private Outcome writeVolume(Step step, Pod pod, MountState mount, String path, long size) {
        Volume volume = volumes.get(mount.volumeId());
        String inside = path.substring(mount.mountPath().length());
        long before = volume.files.containsKey(inside) ? volume.files.get(inside).size() : 0;
        long total = step.op() == Op.APPEND ? before + size : size;
        volume.files.put(inside, file(inside, total));
        List<Integer> seen = mounters(volume.id).stream().map(p -> p.replica).toList();
        return new Outcome.Landed(step, actor(pod), Place.volume(volume.kind, mount.volume(),
                volume.id), seen, "The path is under the " + volume.kind.jsonName() + " mounted at "
                + mount.mountPath() + ", so the bytes go to that volume.",
                volume.kind == Lands.PVC ? ACCESS_MODES : EMPTY_DIR);
    }

    private Outcome writeUpper(Step step, Pod pod, String path, long size) {
        Optional<LayerState> layer = imageLayerOf(path);
        pod.upper.put(path, new FileEntry(path, size, EntryKind.FILE, layer.isPresent()));
        if (layer.isPresent()) {
            return new Outcome.CopiedUp(step, actor(pod), layer.get().index(),
                    List.of(pod.replica), "The file lives in read-only layer "
                    + layer.get().index() + "; the whole file is copied into the writable layer"
                    + " before the write.", OVERLAY);
        }
        return new Outcome.Landed(step, actor(pod), Place.UPPER, List.of(pod.replica),
                "No volume covers this path, so it lands in this container's own writable "
                + "layer.", OVERLAY);
    }

    Outcome append(int replica, String path, long size, String say) {
        Step step = step(Op.APPEND, path, replica, size, say);
        Pod pod = pod(replica);
        return writeVolume(step, pod, mountFor(pod, path).orElseThrow(), path, size);
    }

    Outcome read(int replica, String path, String say) {
        Step step = step(Op.READ, path, replica, 0, say);
        Pod pod = pod(replica);
        Optional<MountState> mount = mountFor(pod, path);
        if (mount.isPresent()) {
            Volume volume = volumes.get(mount.get().volumeId());
            FileEntry found = volume.files.get(path.substring(mount.get().mountPath().length()));
            Place place = Place.volume(volume.kind, mount.get().volume(), volume.id);
            return found == null ? missing(step, pod, place) : served(step, pod, place, found);
        }
        if (pod.upper.containsKey(path)) {
            return served(step, pod, Place.UPPER, pod.upper.get(path));
        }
        return imageLayerOf(path)
                .map(l -> served(step, pod, Place.image(l.index()), file(path, l.size())))
                .orElseGet(() -> missing(step, pod, Place.UPPER));
    }

    private Outcome served(Step step, Pod pod, Place place, FileEntry found) {
        return new Outcome.Served(step, actor(pod), place, found.size(), List.of(pod.replica),
                "The file is served from " + place.lands().jsonName() + ".", OVERLAY);
    }

    private Outcome missing(Step step, Pod pod, Place place) {
        return new Outcome.Refused(step, actor(pod), dev.strata.sim.Result.ENOENT, place,
                "This replica has no such file: what others wrote is not in its places.",
                place.lands() == Lands.EMPTY_DIR ? EMPTY_DIR : OVERLAY);
    }

    Outcome delete(int replica, String path, String say) {
        Step step = step(Op.DELETE, path, replica, 0, say);
        Pod pod = pod(replica);
        LayerState layer = imageLayerOf(path).orElseThrow();
        pod.upper.put(path, new FileEntry(path, 0, EntryKind.WHITEOUT, false));
        return new Outcome.WhitedOut(step, actor(pod), layer.index(), List.of(pod.replica),
                "A whiteout in the writable layer hides the file; its bytes stay in layer "
                + layer.index() + ".", OVERLAY);
    }

    Outcome restart(int replica, String say) {
        Step step = step(Op.RESTART, "", replica, 0, say);
        Pod pod = pod(replica);
        pod.restarts++;
        pod.upper.clear();
        return new Outcome.Lifecycle(step, Optional.of(actor(pod)),
                "A restarted container gets a new, empty writable layer; the pod's volumes keep"
                + " their data.", VOLUMES);
    }

    Outcome deletePod(int replica, String say) {
        Step step = step(Op.DELETE_POD, "", replica, 0, say);
        Pod old = pod(replica);
        volumes.remove("emptyDir/" + old.name + "/logs");
        addPod(replica);
        return new Outcome.Lifecycle(step, Optional.of(actor(old)),
                "The replacement pod " + pod(replica).name + " starts with a new writable layer"
                + " and new emptyDirs; claims keep their data.", EMPTY_DIR);
    }

    private Step step(Op op, String path, int replica, long size, String say) {
        steps++;
        return new Step(steps, op, path, "", replica, 0, "", "", size, say,
                SourcePosition.startOf(file));
    }

    private Pod pod(int replica) {
        return pods.stream().filter(p -> p.replica == replica).findFirst().orElseThrow();
    }

    private static Actor actor(Pod pod) {
        return new Actor(WORKLOAD, pod.replica, WORKLOAD, pod.node);
    }

    private static Optional<MountState> mountFor(Pod pod, String path) {
        return pod.mounts.stream().filter(m -> path.startsWith(m.mountPath() + "/")).findFirst();
    }

    private static Optional<LayerState> imageLayerOf(String path) {
        return LAYERS.stream()
                .filter(l -> l.files().stream().anyMatch(f -> f.path().equals(path)))
                .reduce((first, second) -> second);
    }

    private static FileEntry file(String path, long size) {
        return new FileEntry(path, size, EntryKind.FILE, false);
    }
}
