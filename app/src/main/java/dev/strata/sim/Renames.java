package dev.strata.sim;

import java.util.List;
import java.util.Optional;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.FsTree.Node;

/** rename(2) inside one container's view. */
final class Renames {
    private final Simulation sim;

    Renames(Simulation sim) {
        this.sim = sim;
    }

    /**
     * rename(2) follows the links in the folders of both paths but not their last names: a
     * link is renamed, not what it points to (path_resolution(7)).
     */
    Outcome rename(Step step, Target target) {
        Container container = target.container();
        Symlinks.Resolution fromPath = Symlinks.resolve(container, step.path(), false);
        Symlinks.Resolution toPath = Symlinks.resolve(container, step.to(), false);
        if (!(fromPath instanceof Symlinks.Resolved from)) {
            return FileOps.unresolved(step, target, fromPath);
        }
        if (!(toPath instanceof Symlinks.Resolved to)) {
            return FileOps.unresolved(step, target, toPath);
        }
        String preface = from.preface(step.path()) + to.preface(step.to());
        boolean slashed = Symlinks.endsInSlash(step.path()) || Symlinks.endsInSlash(step.to());
        if (slashed && FileOps.nodeAt(container, from.path())
                .filter(n -> !n.isDirectory()).isPresent()) {
            // A trailing slash names a directory (path_resolution(7)); a file or a link is not.
            return Outcomes.prefaced(FileOps.refused(step, target, Result.ENOTDIR,
                    Place.NOWHERE, "a path ends in a slash, which names a folder, but "
                    + step.path() + " is not one", Sources.PATH_RESOLUTION), preface);
        }
        return Outcomes.prefaced(rename(step, target, from.path(), to.path()), preface);
    }

    private Outcome rename(Step step, Target target, String from, String to) {
        Container container = target.container();
        Optional<Container.Mount> source = container.mountFor(from);
        Optional<Container.Mount> destination = container.mountFor(to);
        if (!source.equals(destination)) {
            return FileOps.refused(step, target, Result.EXDEV, Place.NOWHERE, from + " and "
                    + to + " are on different filesystems (" + where(source) + " and "
                    + where(destination) + "); rename(2) cannot cross them, mv would copy"
                    + " and delete instead", Sources.VOLUMES);
        }
        if (!from.equals(to) && FsPaths.isUnder(to, from)) {
            return FileOps.refused(step, target, Result.EINVAL, Place.NOWHERE, "a directory"
                    + " cannot be moved into itself", Sources.RENAME);
        }
        return source.isPresent()
                ? inVolume(step, target, from, to, source.get())
                : inRoot(step, target, from, to);
    }

    private Outcome inVolume(Step step, Target target, String from, String to,
            Container.Mount mount) {
        if (!mount.writable()) {
            return FileOps.refused(step, target, Result.EROFS, FileOps.placeOf(mount),
                    FileOps.readOnlyReason(mount), Sources.VOLUMES);
        }
        if (from.equals(mount.mountPath()) || to.equals(mount.mountPath())) {
            return FileOps.refused(step, target, Result.EBUSY, FileOps.placeOf(mount), from
                    + " or " + to + " is a mount point", Sources.VOLUMES);
        }
        FsTree tree = mount.volume().files();
        String source = mount.inVolume(from);
        String target0 = mount.inVolume(to);
        String parent = FsPaths.parent(target0);
        boolean parentThere = FsPaths.isUnder(mount.subPath(), parent)
                || tree.get(parent).filter(Node::isDirectory).isPresent();
        Optional<Result> problem = problem(tree.get(source), tree.get(target0),
                tree.fileAncestor(target0).isPresent(), parentThere);
        if (problem.isPresent()) {
            return FileOps.refused(step, target, problem.get(), FileOps.placeOf(mount),
                    text(problem.get(), from, to), Sources.RENAME);
        }
        tree.move(source, target0);
        sim.noteWritten(to);
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), to,
                new Storage.InVolume(mount.volume(), target0));
        return new Outcome.Landed(step, target.actor(), FileOps.placeOf(mount), seeing,
                "Renamed inside " + mount.volume().describe() + "; "
                        + Simulation.seeing(seeing) + " under its new name.",
                FileOps.sourceOf(mount.volume()));
    }

    private Outcome inRoot(Step step, Target target, String from, String to) {
        Container container = target.container();
        if (container.readOnlyRoot()) {
            return FileOps.refused(step, target, Result.EROFS, Place.NOWHERE, "container "
                    + container.name() + " has readOnlyRootFilesystem", Sources.SECURITY_CONTEXT);
        }
        FsTree upper = container.upper();
        Optional<Overlay.Hit> source = lookup(container, from);
        Optional<Overlay.Hit> existing = lookup(container, to);
        Optional<Overlay.Hit> parent = lookup(container, FsPaths.parent(to));
        boolean unseen = source.isEmpty() && sim.mayBeUnseen(container, from)
                || parent.isEmpty() && sim.mayBeUnseen(container, FsPaths.parent(to));
        if (unseen) {
            return FileOps.uncertain(step, target, source.isEmpty() ? from : FsPaths.parent(to),
                    "the rename can go ahead", "it fails with ENOENT");
        }
        boolean badParent = FsPaths.ancestors(to).stream().map(d -> lookup(container, d))
                .anyMatch(h -> h.isPresent() && !h.get().node().isDirectory());
        Optional<Result> problem = problem(source.map(Overlay.Hit::node),
                existing.map(Overlay.Hit::node), badParent, parent.isPresent());
        if (problem.isPresent()) {
            return FileOps.refused(step, target, problem.get(), Place.UPPER,
                    text(problem.get(), from, to), Sources.RENAME);
        }
        Optional<ImageLayers.Hit> lower = Overlay.lower(upper, container.image(), from);
        boolean merged = !upper.get(from).map(Node::kind)
                .filter(k -> k == EntryKind.OPAQUE_DIRECTORY).isPresent();
        if (source.get().node().isDirectory() && lower.isPresent() && merged) {
            return FileOps.refused(step, target, Result.EXDEV, Place.UPPER, from
                    + " is a directory from image layer " + lower.get().layer()
                    + "; overlayfs refuses to rename it unless redirect_dir is on, and"
                    + " container runtimes leave it off, so mv copies it instead",
                    Sources.OVERLAYFS_RENAME);
        }
        return moveInUpper(step, target, from, to, source.get(), lower);
    }

    private static Optional<Overlay.Hit> lookup(Container container, String path) {
        return Overlay.lookup(container.upper(), container.image(), path);
    }

    /**
     * Moves within the upper layer. A name that also exists below is copied up first (a
     * file) and the old name gets a whiteout, so the lower entry does not show through.
     */
    private Outcome moveInUpper(Step step, Target target, String from, String to,
            Overlay.Hit source, Optional<ImageLayers.Hit> lower) {
        FsTree upper = target.container().upper();
        copyUpParents(target.container(), to);
        sim.noteWritten(to);
        List<Integer> self = List.of(target.pod().replica());
        upper.removeTree(to);
        if (source.inUpper()) {
            upper.move(from, to);
        } else {
            Node node = source.node();
            upper.put(to, new Node(node.kind(), node.size(), true, node.target()));
        }
        if (lower.isEmpty()) {
            return new Outcome.Landed(step, target.actor(), Place.UPPER, self, "Renamed inside "
                    + target.upperName() + ".", Sources.OVERLAYFS);
        }
        upper.put(from, new Node(EntryKind.WHITEOUT, 0, false));
        int layer = lower.get().layer();
        if (source.inUpper()) {
            return new Outcome.Landed(step, target.actor(), Place.UPPER, self, "Renamed inside "
                    + target.upperName() + "; a whiteout at " + from + " keeps layer " + layer
                    + "'s entry of that name hidden.", Sources.OVERLAYFS);
        }
        String what = source.node().kind() == EntryKind.SYMLINK ? "the link"
                : "the whole file";
        return new Outcome.CopiedUp(step, target.actor(), layer, self, "Renamed by copying up:"
                + " " + from + " came from read-only layer " + layer + ", so " + what + " was"
                + " copied into " + target.upperName() + " under its new name and a whiteout"
                + " hides the old name.", Sources.OVERLAYFS);
    }

    private static void copyUpParents(Container container, String path) {
        FsTree upper = container.upper();
        for (String dir : FsPaths.ancestors(path)) {
            if (upper.get(dir).isEmpty()) {
                boolean fromImage = Overlay.lower(upper, container.image(), dir).isPresent();
                upper.put(dir, new Node(EntryKind.DIRECTORY, 0, fromImage));
            }
        }
    }

    private static Optional<Result> problem(Optional<Node> source, Optional<Node> target,
            boolean badParent, boolean parentThere) {
        if (source.isEmpty()) {
            return Optional.of(Result.ENOENT);
        }
        if (badParent) {
            return Optional.of(Result.ENOTDIR);
        }
        if (!parentThere) {
            return Optional.of(Result.ENOENT);
        }
        if (target.isPresent() && target.get().isDirectory() && !source.get().isDirectory()) {
            return Optional.of(Result.EISDIR);
        }
        if (target.isPresent() && !target.get().isDirectory() && source.get().isDirectory()) {
            return Optional.of(Result.ENOTDIR);
        }
        return Optional.empty();
    }

    private static String text(Result problem, String from, String to) {
        if (problem == Result.ENOENT) {
            return from + " or the folder of " + to + " does not exist; rename(2) makes no"
                    + " missing folders";
        }
        return FileOps.conflictText(problem, to);
    }

    private static String where(Optional<Container.Mount> mount) {
        return mount.map(m -> m.volume().describe()).orElse("the container's root filesystem");
    }
}
