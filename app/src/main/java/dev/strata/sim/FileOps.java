package dev.strata.sim;

import java.util.List;
import java.util.Optional;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.FsTree.Node;

/** The file operations of a scenario, carried out in one container's view. */
final class FileOps {
    private final Simulation sim;

    FileOps(Simulation sim) {
        this.sim = sim;
    }

    /** Where an operation goes once its path is known: into a volume or the root. */
    private interface InVolume {
        Outcome apply(Step step, Target target, String path, Container.Mount mount);
    }

    private interface InRoot {
        Outcome apply(Step step, Target target, String path);
    }

    /** write, append, mkdir and chmod. */
    Outcome change(Step step, Target target) {
        return route(step, target, this::changeInVolume, this::changeInRoot);
    }

    Outcome read(Step step, Target target) {
        return route(step, target, this::readInVolume, this::readInRoot);
    }

    /** A mount point, or a directory holding one, cannot be removed from inside: EBUSY. */
    Outcome delete(Step step, Target target) {
        return route(step, target,
                (st, t, path, mount) -> busy(st, t, path)
                        .orElseGet(() -> deleteInVolume(st, t, path, mount)),
                (st, t, path) -> busy(st, t, path).orElseGet(() -> deleteInRoot(st, t, path)));
    }

    /** The mount with the longest path that holds the path serves it; else the root does. */
    private Outcome route(Step step, Target target, InVolume inVolume, InRoot inRoot) {
        Optional<Outcome> stopped = stopped(step, target);
        if (stopped.isPresent()) {
            return stopped.get();
        }
        boolean followLast = step.op() != Op.MKDIR && step.op() != Op.DELETE;
        Symlinks.Resolution resolution = Symlinks.resolve(target.container(), step.path(),
                followLast || Symlinks.endsInSlash(step.path()) && step.op() != Op.DELETE);
        if (!(resolution instanceof Symlinks.Resolved resolved)) {
            return unresolved(step, target, resolution);
        }
        String path = resolved.path();
        Optional<Result> slash = slashConflict(step, target.container(), path);
        if (slash.isPresent()) {
            return Outcomes.prefaced(refused(step, target, slash.get(), Place.NOWHERE,
                    slashText(slash.get(), step.path()), Sources.PATH_RESOLUTION),
                    resolved.preface(step.path()));
        }
        Optional<Container.Mount> mount = target.container().mountFor(path);
        Outcome outcome = mount.isPresent()
                ? inVolume.apply(step, target, path, mount.get())
                : inRoot.apply(step, target, path);
        return Outcomes.prefaced(outcome, resolved.preface(step.path()));
    }

    /**
     * A path written with a trailing slash names a directory: the kernel follows a link there
     * and refuses anything else (path_resolution(7), trailing slashes): ENOTDIR for a file or,
     * for unlink and rmdir, a link; EISDIR for open with O_CREAT, which cannot make a folder.
     */
    static Optional<Result> slashConflict(Step step, Container container, String path) {
        if (!Symlinks.endsInSlash(step.path()) || step.op() == Op.MKDIR) {
            return Optional.empty();
        }
        Optional<Node> node = nodeAt(container, path);
        boolean directory = node.map(Node::isDirectory).orElse(false);
        if (step.op() == Op.WRITE || step.op() == Op.APPEND) {
            return node.isEmpty() ? Optional.of(Result.EISDIR) : directory ? Optional.empty()
                    : Optional.of(Result.ENOTDIR);
        }
        return node.isPresent() && !directory ? Optional.of(Result.ENOTDIR) : Optional.empty();
    }

    /** What a container sees at a resolved path: in the volume mounted there, or its root. */
    static Optional<Node> nodeAt(Container container, String path) {
        Optional<Container.Mount> mount = container.mountFor(path);
        if (mount.isEmpty()) {
            return Overlay.lookup(container.upper(), container.image(), path)
                    .map(Overlay.Hit::node);
        }
        String inVolume = mount.get().inVolume(path);
        Optional<Node> node = mount.get().volume().files().get(inVolume);
        return node.isEmpty() && inVolume.equals(mount.get().subPath())
                ? Optional.of(new Node(EntryKind.DIRECTORY, 0, false)) : node;
    }

    private static String slashText(Result result, String asWritten) {
        return result == Result.EISDIR ? asWritten + " ends in a slash, which names a folder;"
                + " a file cannot be written there"
                : asWritten + " ends in a slash, which names a folder, but it is not one";
    }

    static Outcome unresolved(Step step, Target target, Symlinks.Resolution resolution) {
        if (resolution instanceof Symlinks.Looped looped) {
            return refused(step, target, Result.ELOOP, Place.NOWHERE, "more than "
                    + Symlinks.MAX_LINKS + " symbolic links on the way, at " + looped.at()
                    + (looped.circle() ? "; the links go round in a circle"
                    : "; Linux follows at most " + Symlinks.MAX_LINKS + " in one path"),
                    Sources.PATH_RESOLUTION);
        }
        Symlinks.Empty empty = (Symlinks.Empty) resolution;
        return refused(step, target, Result.ENOENT, Place.NOWHERE, empty.at()
                + " is a symbolic link with an empty target", Sources.PATH_RESOLUTION);
    }

    private static Optional<Outcome> busy(Step step, Target target, String path) {
        return target.container().mounts().stream()
                .filter(m -> FsPaths.isUnder(m.mountPath(), path)).findFirst()
                .map(m -> refused(step, target, Result.EBUSY, placeOf(m), path
                        + " is or holds the mount point of " + m.volume().describe()
                        + ", which cannot be removed from inside the container",
                        Sources.VOLUMES));
    }

    Outcome rename(Step step, Target target) {
        Optional<Outcome> stopped = stopped(step, target);
        return stopped.orElseGet(() -> new Renames(sim).rename(step, target));
    }

    /** A pod that does not run, or a path Linux refuses before looking at it. */
    private Optional<Outcome> stopped(Step step, Target target) {
        if (!target.pod().running()) {
            return Optional.of(blocked(step, target));
        }
        for (String path : List.of(step.path(), step.to())) {
            if (FsPaths.tooLong(path)) {
                return Optional.of(refused(step, target, Result.ENAMETOOLONG, Place.NOWHERE,
                        "a name is longer than 255 bytes or the path longer than 4095",
                        Sources.PATH_LIMITS));
            }
        }
        return Optional.empty();
    }

    private Outcome changeInVolume(Step step, Target target, String path, Container.Mount mount) {
        VolumeInstance volume = mount.volume();
        Place place = placeOf(mount);
        if (!mount.writable()) {
            return refused(step, target, Result.EROFS, place, readOnlyReason(mount),
                    readOnlySource(volume));
        }
        FsTree tree = volume.files();
        String inVolume = mount.inVolume(path);
        Optional<Result> conflict = conflict(step.op(), tree, inVolume, mount.subPath());
        if (conflict.isPresent()) {
            return refused(step, target, conflict.get(), place,
                    conflictText(conflict.get(), path), Sources.VOLUMES);
        }
        Node written = changed(step, tree.get(inVolume), false);
        long after = tree.totalSize() - tree.get(inVolume).map(Node::size).orElse(0L)
                + written.size();
        if (volume.capacity().isPresent() && after > volume.capacity().getAsLong()) {
            return refused(step, target, Result.ENOSPC, place, volume.describe() + " holds at"
                    + " most " + Sizes.text(volume.capacity().getAsLong()) + "; this write would"
                    + " make it " + Sizes.text(after), sourceOf(volume));
        }
        tree.ensureParents(inVolume, false);
        tree.put(inVolume, written);
        sim.noteWritten(path);
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), path,
                new Storage.InVolume(volume, inVolume));
        Outcome landed = new Outcome.Landed(step, target.actor(), place, seeing,
                landedInVolume(step, target, volume, seeing), sourceOf(volume));
        return sim.evictIfOverLimits(step, target, landed);
    }

    private Outcome changeInRoot(Step step, Target target, String path) {
        Container container = target.container();
        if (container.readOnlyRoot()) {
            return refused(step, target, Result.EROFS, Place.NOWHERE, "container "
                    + container.name() + " has readOnlyRootFilesystem, and no volume is"
                    + " mounted at " + path, Sources.SECURITY_CONTEXT);
        }
        ImageLayers image = container.image();
        Optional<Overlay.Hit> hit = Overlay.lookup(container.upper(), image, path);
        boolean unseen = hit.isEmpty() && sim.mayBeUnseen(container, path);
        if (unseen && step.op() != Op.WRITE) {
            return uncertain(step, target, path, step.op() == Op.MKDIR
                    ? "mkdir fails with EEXIST" : "it is copied up into " + target.upperName()
                    + " first", step.op() == Op.CHMOD ? "chmod fails with ENOENT"
                    : "it lands in " + target.upperName());
        }
        Optional<Result> conflict = rootConflict(step.op(), container, path, hit);
        if (conflict.isPresent()) {
            return refused(step, target, conflict.get(), Place.UPPER,
                    conflictText(conflict.get(), path), Sources.OVERLAYFS);
        }
        copyUpParents(container, path);
        sim.noteWritten(path);
        boolean copyUp = hit.isPresent() && !hit.get().inUpper();
        Node before = hit.map(Overlay.Hit::node).orElse(null);
        container.upper().put(path, changedInRoot(step, container, path, before, copyUp));
        List<Integer> seeing = List.of(target.pod().replica());
        if (copyUp) {
            int layer = hit.get().layer();
            return sim.evictIfOverLimits(step, target, new Outcome.CopiedUp(step,
                    target.actor(), layer, seeing, copiedUpText(target, path, layer, before),
                    Sources.OVERLAYFS));
        }
        if (container.upper().get(path).map(Node::kind)
                .filter(k -> k == EntryKind.OPAQUE_DIRECTORY).isPresent()) {
            return new Outcome.Landed(step, target.actor(), Place.UPPER, seeing, "Made an opaque"
                    + " directory in " + target.upperName() + ": the image's directory of the"
                    + " same name was deleted, and the opaque mark keeps its old contents"
                    + " hidden.", Sources.OVERLAYFS);
        }
        return sim.evictIfOverLimits(step, target, landedInRoot(step, target, path, unseen,
                seeing));
    }

    private Outcome landedInRoot(Step step, Target target, String path, boolean unseen,
            List<Integer> seeing) {
        String hedge = unseen ? " (Had the base image or a RUN layer held " + path + ", it"
                + " would have been copied up first; the image archive would tell.)" : "";
        return new Outcome.Landed(step, target.actor(), Place.UPPER, seeing,
                landedInUpperText(step, target, path) + hedge, Sources.OVERLAYFS);
    }

    private Node changedInRoot(Step step, Container container, String path, Node before,
            boolean copyUp) {
        FsTree upper = container.upper();
        if (step.op() == Op.MKDIR && before == null && upper.get(path).isPresent()) {
            Optional<ImageLayers.Hit> lower = Overlay.lower(upper, container.image(), path);
            if (lower.isPresent() && lower.get().node().isDirectory()) {
                // A directory made where a lower one was deleted must not show the old
                // contents again: overlayfs makes it opaque.
                return new Node(EntryKind.OPAQUE_DIRECTORY, 0, false);
            }
        }
        return changed(step, Optional.ofNullable(before), copyUp);
    }

    private static Node changed(Step step, Optional<Node> before, boolean copyUp) {
        long old = before.map(Node::size).orElse(0L);
        return switch (step.op()) {
            case MKDIR -> new Node(EntryKind.DIRECTORY, 0, copyUp);
            case CHMOD -> new Node(before.orElseThrow().kind(), old, copyUp);
            case APPEND -> new Node(EntryKind.FILE, old + step.size(), copyUp);
            default -> new Node(EntryKind.FILE, step.size(), copyUp);
        };
    }

    /** Parent directories that come from the image are copied up with the file. */
    private static void copyUpParents(Container container, String path) {
        FsTree upper = container.upper();
        for (String dir : FsPaths.ancestors(path)) {
            if (upper.get(dir).isEmpty()) {
                boolean fromImage = Overlay.lower(upper, container.image(), dir).isPresent();
                upper.put(dir, new Node(EntryKind.DIRECTORY, 0, fromImage));
            }
        }
    }

    private static Optional<Result> conflict(Op op, FsTree tree, String path, String root) {
        if (tree.fileAncestor(path).isPresent()) {
            return Optional.of(Result.ENOTDIR);
        }
        Optional<Node> node = path.equals(root) && tree.get(path).isEmpty()
                ? Optional.of(new Node(EntryKind.DIRECTORY, 0, false)) : tree.get(path);
        return kindConflict(op, node);
    }

    private static Optional<Result> rootConflict(Op op, Container container, String path,
            Optional<Overlay.Hit> hit) {
        for (String dir : FsPaths.ancestors(path)) {
            Optional<Overlay.Hit> parent = Overlay.lookup(container.upper(), container.image(),
                    dir);
            if (parent.isPresent() && !parent.get().node().isDirectory()) {
                return Optional.of(Result.ENOTDIR);
            }
        }
        return kindConflict(op, hit.map(Overlay.Hit::node));
    }

    private static Optional<Result> kindConflict(Op op, Optional<Node> node) {
        boolean directory = node.isPresent() && node.get().isDirectory();
        return switch (op) {
            case WRITE, APPEND -> directory ? Optional.of(Result.EISDIR) : Optional.empty();
            case MKDIR -> node.isPresent() ? Optional.of(Result.EEXIST) : Optional.empty();
            case CHMOD -> node.isEmpty() ? Optional.of(Result.ENOENT) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Outcome readInVolume(Step step, Target target, String path, Container.Mount mount) {
        VolumeInstance volume = mount.volume();
        String inVolume = mount.inVolume(path);
        Optional<Node> node = volume.files().get(inVolume);
        boolean root = inVolume.equals(mount.subPath());
        if (node.isEmpty() || node.get().isDirectory()) {
            Result result = node.isEmpty() && !root ? Result.ENOENT : Result.EISDIR;
            return refused(step, target, result, placeOf(mount),
                    missingInVolumeText(result, target, path, mount), sourceOf(volume));
        }
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), path,
                new Storage.InVolume(volume, inVolume));
        String single = root ? " (a single file mounted with subPath, which never sees later"
                + " updates of the volume)" : "";
        return new Outcome.Served(step, target.actor(), placeOf(mount), node.get().size(), seeing,
                "Read from " + volume.describe() + ", mounted at " + mount.mountPath() + single
                        + "; " + Simulation.seeing(seeing) + ".", sourceOf(volume));
    }

    private Outcome readInRoot(Step step, Target target, String path) {
        Container container = target.container();
        Optional<Overlay.Hit> hit = Overlay.lookup(container.upper(), container.image(), path);
        if (hit.isEmpty() && sim.mayBeUnseen(container, path)) {
            return uncertain(step, target, path, "the read is served from that image layer",
                    "it fails with ENOENT");
        }
        if (hit.isEmpty() || hit.get().node().isDirectory()) {
            Result result = hit.isEmpty() ? Result.ENOENT : Result.EISDIR;
            return refused(step, target, result, Place.NOWHERE,
                    missingInRootText(result, target, path), Sources.OVERLAYFS);
        }
        int layer = hit.get().layer();
        Storage storage = hit.get().inUpper()
                ? new Storage.InUpper(container) : new Storage.InImage(container.image(), layer);
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), path, storage);
        if (hit.get().inUpper()) {
            return new Outcome.Served(step, target.actor(), Place.UPPER, hit.get().node().size(),
                    seeing, "Read from " + target.upperName() + "; no other replica has this"
                            + " copy.", Sources.OVERLAYFS);
        }
        return new Outcome.Served(step, target.actor(), Place.image(layer),
                hit.get().node().size(), seeing, "Read from image layer " + layer + " ("
                        + layerName(container, layer) + "): read-only, pulled once per node and"
                        + " shared"
                        + " by the replicas there; " + Simulation.seeing(seeing) + ".",
                Sources.IMAGES);
    }

    private Outcome deleteInVolume(Step step, Target target, String path, Container.Mount mount) {
        VolumeInstance volume = mount.volume();
        if (!mount.writable()) {
            return refused(step, target, Result.EROFS, placeOf(mount), readOnlyReason(mount),
                    readOnlySource(volume));
        }
        String inVolume = mount.inVolume(path);
        if (volume.files().get(inVolume).isEmpty()) {
            return refused(step, target, Result.ENOENT, placeOf(mount),
                    missingInVolumeText(Result.ENOENT, target, path, mount), sourceOf(volume));
        }
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), path,
                new Storage.InVolume(volume, inVolume));
        volume.files().removeTree(inVolume);
        return new Outcome.Removed(step, target.actor(), placeOf(mount), seeing,
                "Removed from " + volume.describe() + "; " + Simulation.replicasText(seeing)
                        + (seeing.size() == 1 ? " no longer sees it." : " no longer see it."),
                sourceOf(volume));
    }

    private Outcome deleteInRoot(Step step, Target target, String path) {
        Container container = target.container();
        if (container.readOnlyRoot()) {
            return refused(step, target, Result.EROFS, Place.NOWHERE, "container "
                    + container.name() + " has readOnlyRootFilesystem", Sources.SECURITY_CONTEXT);
        }
        FsTree upper = container.upper();
        if (Overlay.lookup(upper, container.image(), path).isEmpty()
                && sim.mayBeUnseen(container, path)) {
            return uncertain(step, target, path, "a whiteout in " + target.upperName()
                    + " hides it", "the delete fails with ENOENT");
        }
        if (Overlay.lookup(upper, container.image(), path).isEmpty()) {
            return refused(step, target, Result.ENOENT, Place.NOWHERE,
                    missingInRootText(Result.ENOENT, target, path), Sources.OVERLAYFS);
        }
        Optional<ImageLayers.Hit> lower = Overlay.lower(upper, container.image(), path);
        upper.removeTree(path);
        List<Integer> self = List.of(target.pod().replica());
        if (lower.isEmpty()) {
            return new Outcome.Removed(step, target.actor(), Place.UPPER, self, "Removed from "
                    + target.upperName() + ", where it was the only copy.", Sources.OVERLAYFS);
        }
        upper.put(path, new Node(EntryKind.WHITEOUT, 0, false));
        int layer = lower.get().layer();
        String what = lower.get().node().isDirectory() ? "directory"
                : lower.get().node().kind() == EntryKind.SYMLINK ? "link" : "file";
        return new Outcome.WhitedOut(step, target.actor(), layer, self, "Hidden, not deleted: "
                + target.upperName() + " now holds a whiteout for " + path + ". The bytes"
                + " stay in read-only layer " + layer + " and still take space; the other"
                + " replicas still see the " + what + ".", Sources.OCI_WHITEOUTS);
    }


    static Outcome uncertain(Step step, Target target, String path, String ifThere,
            String ifNot) {
        return new Outcome.Uncertain(step, target.actor(), "Unknown without the built image: "
                + path + " is in no layer Strata can see, but the base image or a RUN layer may"
                + " hold it. If it does, " + ifThere + "; if not, " + ifNot + ". Load the image"
                + " archive (--image) to know.", Sources.OVERLAYFS);
    }

    static Outcome blocked(Step step, Target target) {
        return new Outcome.Blocked(step, target.actor(), target.pod().reason(),
                "Replica " + target.pod().replica() + " is Pending, its containers waiting in"
                        + " ContainerCreating: " + target.pod().reason() + ".",
                Sources.ACCESS_MODES);
    }

    static Outcome refused(Step step, Target target, Result result, Place place, String why,
            String source) {
        return new Outcome.Refused(step, target.actor(), result, place,
                result.jsonName() + ": " + why + ".", source);
    }

    static Place placeOf(Container.Mount mount) {
        VolumeInstance volume = mount.volume();
        return Place.volume(volume.kind(), volume.name(), volume.id());
    }

    static String readOnlyReason(Container.Mount mount) {
        VolumeInstance volume = mount.volume();
        if (volume.readOnly()) {
            return volume.describe() + " at " + mount.mountPath() + " is always read-only";
        }
        if (mount.sourceReadOnly()) {
            return "the pod's volume \"" + mount.spec().volume() + "\" sets readOnly: true on"
                    + " its claim, so every mount of it in this pod is read-only";
        }
        return mount.mountPath() + " is mounted read-only (readOnly: true on this mount"
                + " only; the volume itself may be writable elsewhere)";
    }

    private static String readOnlySource(VolumeInstance volume) {
        return volume.readOnly() ? sourceOf(volume) : Sources.READ_ONLY_MOUNTS;
    }

    static String sourceOf(VolumeInstance volume) {
        return switch (volume.kind()) {
            case EMPTY_DIR -> Sources.EMPTY_DIR;
            case PVC -> Sources.ACCESS_MODES;
            case HOST_PATH -> Sources.HOST_PATH;
            case CONFIG_MAP -> Sources.CONFIG_MAP;
            case SECRET -> Sources.SECRET;
            default -> Sources.VOLUMES;
        };
    }

    static String conflictText(Result result, String path) {
        return switch (result) {
            case ENOTDIR -> "a parent of " + path + " is a file, not a directory";
            case EISDIR -> path + " is a directory";
            case EEXIST -> path + " already exists";
            case ENOENT -> path + " does not exist";
            default -> path;
        };
    }

    private String landedInVolume(Step step, Target target, VolumeInstance volume,
            List<Integer> seeing) {
        String verb = verb(step.op());
        return switch (volume.kind()) {
            case EMPTY_DIR -> verb + " the emptyDir \"" + volume.name() + "\" of "
                    + target.who() + "'s pod: its containers share it, it survives container"
                    + " restarts, and it is deleted with the pod." + (volume.inMemory()
                    ? " It is a tmpfs (medium: Memory): its files count against the writing"
                    + " container's memory limit, not its disk." : "");
            case PVC -> verb + " " + volume.describe() + ": " + Simulation.seeing(seeing)
                    + ", and it outlives the pods.";
            case HOST_PATH -> verb + " the hostPath of "
                    + Simulation.nodeName(target.pod().node()) + ": only pods on that node see"
                    + " it (" + Simulation.replicasText(seeing) + ").";
            default -> verb + " " + volume.describe() + "; " + Simulation.seeing(seeing) + ".";
        };
    }

    private static String landedInUpperText(Step step, Target target, String path) {
        String only = target.pod().containers().size() == 1 ? target.who()
                : "container " + target.container().name();
        return verb(step.op()) + " " + target.upperName() + ": no volume is mounted at "
                + FsPaths.parent(path) + ", so only " + only + " sees it, until its container"
                + " restarts.";
    }

    /** The instruction of a layer, or that a real image's layer came with its base. */
    private static String layerName(Container container, int layer) {
        ClusterState.LayerState state = container.image().state(layer);
        boolean fromBase = state.instruction().equals("FROM") && !state.text().startsWith("FROM");
        return fromBase ? "part of the base image"
                : state.text().strip().replaceAll("\\s+", " ");
    }

    private String copiedUpText(Target target, String path, int layer, Node before) {
        String what = before.isDirectory() ? "directory" : "whole file (" + before.size()
                + " bytes)";
        return "Copied up into " + target.upperName() + ": " + path
                + " came from layer " + layer + " (" + layerName(target.container(), layer)
                + "), which is read-only, so the " + what + " was copied up first. The other"
                + " replicas still see the original.";
    }

    private static String missingInVolumeText(Result result, Target target, String path,
            Container.Mount mount) {
        if (result == Result.EISDIR) {
            return conflictText(result, path);
        }
        String whose = mount.volume().kind() == Lands.EMPTY_DIR
                ? " of " + target.who() + "'s pod " + target.pod().name() : "";
        return path + " is not in " + mount.volume().describe() + whose + ", mounted at "
                + mount.mountPath() + "; the mount hides whatever the image has there";
    }

    private String missingInRootText(Result result, Target target, String path) {
        if (result == Result.EISDIR) {
            return conflictText(result, path);
        }
        Container container = target.container();
        FsTree upper = container.upper();
        Optional<ImageLayers.Hit> below = container.image().lookup(path);
        boolean deletedHere = upper.get(path).map(Node::kind).filter(k -> k == EntryKind.WHITEOUT)
                .isPresent() || ImageLayers.hidesBelow(upper, path);
        if (deletedHere && below.isPresent()) {
            return path + " was deleted in " + target.upperName() + ": its whiteout hides the"
                    + " copy in read-only layer " + below.get().layer() + ", which the other"
                    + " replicas still see";
        }
        Optional<ImageLayers.Hidden> hidden = container.image().hiddenBy(path);
        if (hidden.isPresent()) {
            int by = hidden.get().by();
            return path + " was deleted by layer " + by + " (" + layerName(container, by)
                    + "): its whiteout hides the copy in layer " + hidden.get().in()
                    + ", whose bytes still take space in the image";
        }
        String layers = container.image().complete() ? "the image layers"
                : "any image layer the Dockerfile shows";
        return path + " is in neither " + target.upperName() + " nor " + layers;
    }

    private static String verb(Op op) {
        return switch (op) {
            case APPEND -> "Appended to a file in";
            case MKDIR -> "Made a directory in";
            case CHMOD -> "Changed the mode in";
            default -> "Landed in";
        };
    }
}
