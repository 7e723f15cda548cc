package dev.strata.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.image.Image;
import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerRole;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;
import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.NodeState;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.source.InputException;

/**
 * A simulated cluster running the workloads of a manifest on the image of a Dockerfile.
 *
 * <p>Deterministic and free of I/O: the same steps always give the same outcomes. Pods are
 * placed round-robin by replica index, and a replaced pod returns to its index's node.
 */
public final class Simulation {
    private static final String POD_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    /** Enough for any lesson; past it the picture and the explanations stop being useful. */
    public static final int MAX_PODS = 1000;

    private final int nodeCount;
    private final ImageLayers image;
    private final Manifest manifest;
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, Pod>> pods = new LinkedHashMap<>();
    private final Map<String, VolumeInstance> shared = new LinkedHashMap<>();
    private final Map<String, Integer> generations = new TreeMap<>();
    private final Map<String, ClaimSpec> claimSpecs = new LinkedHashMap<>();
    private final Set<String> writtenAtRuntime = new HashSet<>();
    private final Map<String, ImageLayers> otherImages = new LinkedHashMap<>();
    private final String mainImageName;
    private final FileOps files;
    private final Lifecycle lifecycle;

    private Simulation(ImageLayers image, Manifest manifest, int nodeCount) {
        this.nodeCount = nodeCount;
        this.image = image;
        this.manifest = manifest;
        this.mainImageName = manifest.workloads().stream()
                .flatMap(w -> w.pod().containers().stream()).map(ContainerSpec::image)
                .findFirst().orElse("");
        manifest.claims().forEach(c -> claimSpecs.put(c.name(), c));
        this.files = new FileOps(this);
        this.lifecycle = new Lifecycle(this);
    }

    /** Starts a cluster of {@code nodes} nodes with every workload's pods scheduled. */
    public static Simulation start(ImagePlan plan, Manifest manifest, int nodes) {
        return start(ImageLayers.fromPlan(plan), manifest, nodes);
    }

    /**
     * Starts a cluster on a real image: reads are served from its true layers, and the
     * layers the Dockerfile made (when one is given) carry its instructions.
     */
    public static Simulation start(Image image, Optional<ImagePlan> plan, Manifest manifest,
            int nodes) {
        return start(ImageLayers.fromImage(image, plan), manifest, nodes);
    }

    private static Simulation start(ImageLayers layers, Manifest manifest, int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, got " + nodes);
        }
        Simulation sim = new Simulation(layers, manifest, nodes);
        for (Workload workload : manifest.workloads()) {
            if (sim.desiredReplicas(workload) > MAX_PODS) {
                throw new InputException(workload.position(), workload.kind() + " "
                        + workload.name() + " asks for " + sim.desiredReplicas(workload)
                        + " pods; Strata simulates at most " + MAX_PODS);
            }
            sim.workloads.put(workload.name(), workload);
            sim.pods.put(workload.name(), new TreeMap<>());
            for (int replica = 1; replica <= sim.desiredReplicas(workload); replica++) {
                sim.addPod(workload, replica);
            }
        }
        sim.reconcileClaims();
        return sim;
    }

    /** Carries out one step. A step that names what does not exist is bad input. */
    public Outcome apply(Step step) {
        return switch (step.op()) {
            case SAY -> new Outcome.Narration(step);
            case WRITE, APPEND, MKDIR, CHMOD -> files.change(step, target(step));
            case READ -> files.read(step, target(step));
            case DELETE -> files.delete(step, target(step));
            case RENAME -> files.rename(step, target(step));
            case RESTART -> lifecycle.restart(step, target(step));
            case DELETE_POD -> lifecycle.replace(step, target(step));
            case SCALE -> lifecycle.scale(step, workload(step));
            case ROLLOUT -> lifecycle.rollout(step, workload(step));
        };
    }

    /** The cluster as it stands, as immutable values. */
    public ClusterState snapshot() {
        List<NodeState> nodes = new ArrayList<>();
        for (int node = 1; node <= nodeCount; node++) {
            int index = node;
            List<PodState> onNode = allPods().stream()
                    .filter(p -> p.node() == index).map(this::podState).toList();
            nodes.add(new NodeState(node, nodeName(node), image.states(), onNode));
        }
        return new ClusterState(nodes, volumeStates());
    }

    /**
     * After a write: when the pod now uses more local storage than its limits allow, the
     * kubelet evicts it and its controller replaces it.
     */
    Outcome evictIfOverLimits(Step step, Target target, Outcome landed) {
        return Eviction.reason(target.pod())
                .<Outcome>map(why -> lifecycle.evict(step, target, landed.place(), why))
                .orElse(landed);
    }

    /** Remembers a path some container created or changed while the scenario ran. */
    void noteWritten(String path) {
        writtenAtRuntime.add(path);
    }

    /**
     * True when a path not found may still be in a layer whose contents are unknown (the
     * base image, a RUN): no layer or upper entry hides it, and it is not a file some
     * container made while the scenario ran (a question about that file is one of
     * visibility, which the unknown layers do not change).
     */
    boolean mayBeUnseen(Container container, String path) {
        FsTree upper = container.upper();
        return !container.image().complete() && upper.get(path).isEmpty()
                && !ImageLayers.hidesBelow(upper, path) && !writtenAtRuntime.contains(path);
    }

    static String nodeName(int node) {
        return "node-" + node;
    }

    int nodeCount() {
        return nodeCount;
    }

    ImageLayers image() {
        return image;
    }

    Workload workload(Step step) {
        if (step.workload().isEmpty()) {
            return workloads.values().stream().filter(w -> desiredReplicas(w) > 0).findFirst()
                    .or(() -> workloads.values().stream().findFirst())
                    .orElseThrow(() -> new InputException(step.position(),
                            "the manifest has no workload that runs pods"));
        }
        Workload workload = workloads.get(step.workload());
        if (workload == null) {
            throw new InputException(step.position(), "no workload named \""
                    + step.workload() + "\"; the manifest has " + workloads.keySet());
        }
        return workload;
    }

    Target target(Step step) {
        Workload workload = workload(step);
        Pod pod = pods.get(workload.name()).get(step.replica());
        if (pod == null) {
            throw new InputException(step.position(), "replica " + step.replica()
                    + " does not exist: " + workload.name() + " has "
                    + pods.get(workload.name()).size() + " replicas at step " + step.number());
        }
        String name = step.container().isEmpty()
                ? pod.containers().get(0).name() : step.container();
        Container container = pod.container(name).orElseThrow(() -> new InputException(
                step.position(), "pod " + pod.name() + " has no container \"" + name + "\""));
        return new Target(pod, container);
    }

    TreeMap<Integer, Pod> pods(Workload workload) {
        return pods.get(workload.name());
    }

    List<Pod> allPods() {
        return pods.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The running replicas of a workload whose view of {@code path} is {@code storage}. */
    List<Integer> replicasSeeing(String workload, String path, Storage storage) {
        List<Integer> seeing = new ArrayList<>();
        for (Pod pod : pods.get(workload).values()) {
            if (pod.running() && seesAs(pod, path, storage)) {
                seeing.add(pod.replica());
            }
        }
        return seeing;
    }

    private static boolean seesAs(Pod pod, String path, Storage storage) {
        for (Container container : pod.containers()) {
            if (Storage.resolve(container, path).filter(storage::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    int desiredReplicas(Workload workload) {
        return workload.onePerNode() ? nodeCount : workload.replicas();
    }

    /** Places replica {@code replica} round-robin and creates its pod-scoped volumes. */
    Pod addPod(Workload workload, int replica) {
        return addPodOn(workload, replica, workload.onePerNode() ? replica : nodeFor(replica));
    }

    /** The node the round-robin placement gives a replica index. */
    int nodeFor(int replica) {
        return (replica - 1) % nodeCount + 1;
    }

    /** Creates a pod for a replica index on a chosen node, as the scheduler would place it. */
    Pod addPodOn(Workload workload, int replica, int node) {
        String key = workload.name() + "/" + replica;
        int generation = generations.merge(key, 1, Integer::sum);
        String name = podName(workload, replica, generation);
        Map<String, VolumeInstance> podVolumes = new LinkedHashMap<>();
        List<Container> containers = new ArrayList<>();
        // App containers first (the default one a step acts on), then the sidecars, which
        // run beside them; plain init containers have finished before the app starts.
        List<ContainerSpec> running = new ArrayList<>(workload.pod().containers());
        workload.pod().initContainers().stream().filter(c -> c.role() == ContainerRole.SIDECAR)
                .forEach(running::add);
        for (ContainerSpec spec : running) {
            containers.add(container(workload, spec, new PodPlace(name, replica, node),
                    podVolumes));
        }
        Pod pod = new Pod(workload.name(), replica, name, node, containers, podVolumes);
        pods.get(workload.name()).put(replica, pod);
        return pod;
    }

    /** Removes a pod; its pod-scoped volumes go with it. */
    void removePod(Pod pod) {
        pods.get(pod.workload()).remove(pod.replica());
    }

    /** Where a new pod stands: its name, replica index and node. */
    private record PodPlace(String name, int replica, int node) {
    }

    private Container container(Workload workload, ContainerSpec spec, PodPlace place,
            Map<String, VolumeInstance> podVolumes) {
        List<Container.Mount> mounts = new ArrayList<>();
        for (MountSpec mount : spec.mounts()) {
            VolumeSpec volume = workload.pod().volume(mount.volume()).orElseThrow(
                    () -> new InputException(mount.position(), "volumeMount \""
                            + mount.volume() + "\" names no volume of the pod"));
            VolumeInstance instance = instance(workload, volume, place, podVolumes);
            boolean readOnly = mount.readOnly() || sourceReadOnly(volume);
            String subPath = mount.subPath().isEmpty()
                    ? FsPaths.ROOT : FsPaths.normalize("/" + mount.subPath());
            boolean keyed = instance.kind() == Lands.CONFIG_MAP || instance.kind() == Lands.SECRET
                    || instance.kind() == Lands.PROJECTED || instance.kind() == Lands.DOWNWARD_API;
            if (!mount.subPath().isEmpty() && keyed && instance.files().get(subPath).isEmpty()) {
                // A subPath into a configMap or secret names one of its keys: a single file.
                instance.files().put(subPath, new FsTree.Node(EntryKind.FILE, 0, false));
            }
            mounts.add(new Container.Mount(mount, FsPaths.normalize(mount.mountPath()),
                    subPath, readOnly, sourceReadOnly(volume), instance));
        }
        return new Container(spec.name(), spec.image(), imageFor(spec.image()),
                spec.readOnlyRootFilesystem(), mounts,
                spec.ephemeralStorageLimit().map(q -> OptionalLong.of(q.bytes()))
                        .orElse(OptionalLong.empty()));
    }

    /**
     * The layers a container stands on. The Dockerfile (or archive) builds one image: the
     * first container of the first workload runs it, and so does every container naming the
     * same image. Any other image is a base of unknown content.
     */
    private ImageLayers imageFor(String name) {
        return otherImages.computeIfAbsent(name, n -> n.equals(mainImageName) ? image
                : ImageLayers.fromPlan(new ImagePlan(n, List.of(), List.of())));
    }

    /** A claim volume marked readOnly makes every mount of it read-only. */
    private static boolean sourceReadOnly(VolumeSpec volume) {
        return volume.source() instanceof VolumeSource.Claim claim && claim.readOnly();
    }

    private VolumeInstance instance(Workload workload, VolumeSpec volume, PodPlace place,
            Map<String, VolumeInstance> podVolumes) {
        VolumeSource source = volume.source();
        int node = place.node();
        if (source instanceof VolumeSource.Claim claim) {
            return claimInstance(claim.claimName());
        }
        if (source instanceof VolumeSource.ClaimTemplate template) {
            // StatefulSet docs: each replica gets its own claim, template-statefulset-ordinal.
            String name = template.claimName(workload.name(), place.replica() - 1);
            claimSpecs.putIfAbsent(name, new ClaimSpec(name, template.template().accessModes(),
                    template.template().storage(), template.template().position()));
            return claimInstance(name);
        }
        if (source instanceof VolumeSource.HostPath host) {
            String id = "hostPath/" + nodeName(node) + host.path();
            return shared.computeIfAbsent(id, k -> new VolumeInstance(k, volume.name(),
                    Lands.HOST_PATH, host.path() + " on " + nodeName(node), false,
                    Optional.empty()));
        }
        if (source instanceof VolumeSource.Nfs nfs) {
            String id = "nfs/" + nfs.server() + ":" + nfs.path();
            return shared.computeIfAbsent(id, k -> new VolumeInstance(k, volume.name(),
                    Lands.NFS, "NFS " + nfs.server() + ":" + nfs.path(), nfs.readOnly(),
                    Optional.empty()));
        }
        VolumeInstance instance = podVolumes.computeIfAbsent(volume.name(),
                name -> podScoped(volume, place.name()));
        new KeyFiles(manifest).fill(instance, source);
        return instance;
    }

    private VolumeInstance claimInstance(String claimName) {
        Optional<AccessMode> mode = Optional.ofNullable(claimSpecs.get(claimName))
                .flatMap(c -> c.accessModes().stream().findFirst())
                .or(() -> Optional.of(AccessMode.READ_WRITE_ONCE));
        OptionalLong size = Optional.ofNullable(claimSpecs.get(claimName))
                .map(ClaimSpec::storageBytes).orElse(OptionalLong.empty());
        return shared.computeIfAbsent("pvc/" + claimName, id -> new VolumeInstance(id,
                claimName, Lands.PVC, mode.get().shortName() + " claim",
                mode.get() == AccessMode.READ_ONLY_MANY, mode).withCapacity(size));
    }

    private static VolumeInstance podScoped(VolumeSpec volume, String podName) {
        String id = volume.source().type() + "/" + podName + "/" + volume.name();
        VolumeSource source = volume.source();
        if (source instanceof VolumeSource.EmptyDir dir) {
            String where = dir.inMemory() ? " (in memory)" : "";
            VolumeInstance instance = new VolumeInstance(id, volume.name(), Lands.EMPTY_DIR,
                    "emptyDir of " + podName + where, false, Optional.empty());
            // kubernetes.io volumes, emptyDir: on disk, a sizeLimit is enforced by eviction;
            // in memory it sizes the tmpfs, which then fills up.
            return dir.inMemory() ? instance.inMemory(true).withCapacity(dir.sizeLimitBytes())
                    : instance.withEvictionAbove(dir.sizeLimitBytes());
        }
        Lands kind = switch (source.type()) {
            case "configMap" -> Lands.CONFIG_MAP;
            case "secret" -> Lands.SECRET;
            case "projected" -> Lands.PROJECTED;
            case "downwardAPI" -> Lands.DOWNWARD_API;
            case "ephemeral" -> Lands.EPHEMERAL;
            case "image" -> Lands.IMAGE_VOLUME;
            case "csi" -> Lands.CSI;
            // TODO(#5): the remaining in-tree types (iscsi, fc, ...) need their own scope.
            default -> Lands.NONE;
        };
        boolean readOnly = switch (kind) {
            case EPHEMERAL, NONE -> false;
            case CSI -> ((VolumeSource.Csi) source).readOnly();
            default -> true;
        };
        VolumeInstance instance = new VolumeInstance(id, volume.name(), kind,
                source.type() + " of " + podName, readOnly, Optional.empty());
        return source instanceof VolumeSource.Ephemeral ephemeral
                ? instance.withCapacity(ephemeral.storageBytes()) : instance;
    }

    /**
     * Attaches claims the way their access modes allow and marks the pods that cannot start
     * (kubernetes.io persistent-volumes, access modes). A ReadWriteOnce volume stays on the
     * node where it is attached while a running pod there uses it; a pod on another node
     * waits with a Multi-Attach error. Pods that ran before keep their volumes; new and
     * waiting pods are admitted after them, in replica order.
     */
    void reconcileClaims() {
        for (VolumeInstance claim : claims()) {
            claim.attachedNodes().retainAll(nodesUsing(claim));
        }
        List<Pod> order = new ArrayList<>(allPods());
        order.sort(Comparator.comparing((Pod p) -> !p.running()));
        List<Pod> admitted = new ArrayList<>();
        for (Pod pod : order) {
            if (admit(pod, admitted)) {
                admitted.add(pod);
            }
        }
    }

    private boolean admit(Pod pod, List<Pod> admitted) {
        for (Container.Mount mount : mounts(pod)) {
            if (mount.volume().kind() != Lands.PVC) {
                continue;
            }
            Optional<String> problem = attachProblem(pod, mount.volume(), admitted);
            if (problem.isPresent()) {
                pod.pending(problem.get());
                return false;
            }
        }
        pod.run();
        mounts(pod).stream().map(Container.Mount::volume)
                .filter(v -> v.kind() == Lands.PVC)
                .forEach(v -> v.attachedNodes().add(pod.node()));
        return true;
    }

    private Optional<String> attachProblem(Pod pod, VolumeInstance claim, List<Pod> admitted) {
        if (!claimSpecs.containsKey(claim.name())) {
            return Optional.of("persistentvolumeclaim \"" + claim.name() + "\" not found");
        }
        AccessMode mode = claim.accessMode().orElseThrow();
        if (mode == AccessMode.READ_WRITE_ONCE && !claim.attachedNodes().isEmpty()
                && !claim.attachedNodes().contains(pod.node())) {
            return Optional.of("Multi-Attach error for volume \"" + claim.name()
                    + "\": Volume is already exclusively attached to one node ("
                    + nodeName(claim.attachedNodes().iterator().next())
                    + ") and can't be attached to another");
        }
        if (mode == AccessMode.READ_WRITE_ONCE_POD) {
            Optional<Pod> holder = admitted.stream().filter(p -> uses(p, claim)).findFirst();
            if (holder.isPresent()) {
                return Optional.of("ReadWriteOncePod claim \"" + claim.name()
                        + "\" is in use by pod " + holder.get().name());
            }
        }
        return Optional.empty();
    }

    private List<Integer> nodesUsing(VolumeInstance volume) {
        return allPods().stream().filter(p -> p.running() && uses(p, volume))
                .map(Pod::node).distinct().toList();
    }

    private static boolean uses(Pod pod, VolumeInstance volume) {
        return mounts(pod).stream().anyMatch(m -> m.volume() == volume);
    }

    private static List<Container.Mount> mounts(Pod pod) {
        return pod.containers().stream().flatMap(c -> c.mounts().stream()).toList();
    }

    private List<VolumeInstance> claims() {
        return shared.values().stream().filter(v -> v.kind() == Lands.PVC).toList();
    }

    private PodState podState(Pod pod) {
        List<ContainerState> containers = pod.containers().stream().map(c -> new ContainerState(
                c.name(), c.restarts(), c.readOnlyRoot(), c.upper().entries(),
                c.mounts().stream().map(Simulation::mountState).toList(), c.imageName(),
                c.image() == image)).toList();
        return new PodState(pod.workload(), pod.replica(), pod.name(), pod.node(), pod.phase(),
                pod.reason(), containers);
    }

    private static MountState mountState(Container.Mount mount) {
        return new MountState(mount.spec().volume(), mount.volume().id(), mount.mountPath(),
                mount.spec().subPath(), !mount.writable());
    }

    private List<VolumeState> volumeStates() {
        List<VolumeState> states = new ArrayList<>();
        shared.values().forEach(v -> states.add(volumeState(v)));
        allPods().stream().sorted(Comparator.comparing(Pod::workload)
                        .thenComparingInt(Pod::replica))
                .flatMap(p -> p.podVolumes().values().stream())
                .forEach(v -> states.add(volumeState(v)));
        return states;
    }

    private VolumeState volumeState(VolumeInstance volume) {
        List<Pod> users = allPods().stream().filter(p -> uses(p, volume))
                .sorted(Comparator.comparingInt(Pod::replica)).toList();
        List<Integer> replicas = users.stream().filter(Pod::running).map(Pod::replica).toList();
        List<Integer> nodes = volume.kind() == Lands.PVC
                ? List.copyOf(volume.attachedNodes())
                : users.stream().map(Pod::node).distinct().sorted().toList();
        return new VolumeState(volume.id(), volume.name(), volume.kind(), volume.detail(),
                volume.readOnly(), volume.files().entries(), replicas, nodes);
    }

    private static String podName(Workload workload, int replica, int generation) {
        if (workload.kind().equals("Pod")) {
            return workload.name();
        }
        if (workload.kind().equals("StatefulSet")) {
            return workload.name() + "-" + (replica - 1);
        }
        long hash = (workload.name().hashCode() * 31L + replica) * 1_000_003L + generation;
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            hash = hash * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
            int index = (int) ((hash >>> 33) % POD_SUFFIX_ALPHABET.length());
            suffix.append(POD_SUFFIX_ALPHABET.charAt(index));
        }
        return workload.name() + "-" + suffix;
    }

    /** Who sees a file, as prose: "only replica 1 sees it", "replicas 1 and 3 see it". */
    static String seeing(List<Integer> replicas) {
        return switch (replicas.size()) {
            case 0 -> "no running replica sees it";
            case 1 -> "only replica " + replicas.get(0) + " sees it";
            default -> replicasText(replicas) + " see it";
        };
    }

    /** Replica numbers as prose: "replica 1", "replicas 1 and 3". */
    static String replicasText(List<Integer> replicas) {
        if (replicas.isEmpty()) {
            return "no replica";
        }
        if (replicas.size() == 1) {
            return "replica " + replicas.get(0);
        }
        String head = replicas.subList(0, replicas.size() - 1).stream()
                .map(String::valueOf).collect(Collectors.joining(", "));
        return "replicas " + head + " and " + replicas.get(replicas.size() - 1);
    }
}
