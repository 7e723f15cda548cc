package dev.strata.sim;

import java.util.List;
import java.util.Optional;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.FsTree.Node;

/** rename(2) inside one container's view. */
final class Renames {
    private final Simulation sim;
    private final FileOps ops;

    Renames(Simulation sim, FileOps ops) {
        this.sim = sim;
        this.ops = ops;
    }

    Outcome rename(Step step, Target target) {
        String from = FsPaths.normalize(step.path());
        String to = FsPaths.normalize(step.to());
        Container container = target.container();
        Optional<Container.Mount> source = container.mountFor(from);
        Optional<Container.Mount> destination = container.mountFor(to);
        if (!source.equals(destination)) {
            return FileOps.refused(step, target, Result.EXDEV, Place.NOWHERE, from + " and "
                    + to + " are on different filesystems (" + where(source) + " and "
                    + where(destination) + "); rename(2) cannot cross them, mv would copy"
                    + " and delete instead", Sources.VOLUMES);
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
        FsTree tree = mount.volume().files();
        String source = mount.inVolume(from);
        String target0 = mount.inVolume(to);
        Optional<Result> problem = problem(tree.get(source), tree.get(target0),
                tree.fileAncestor(target0).isPresent());
        if (problem.isPresent()) {
            return FileOps.refused(step, target, problem.get(), FileOps.placeOf(mount),
                    FileOps.conflictText(problem.get(), problem.get() == Result.ENOENT
                            ? from : to), Sources.VOLUMES);
        }
        tree.ensureParents(target0, false);
        tree.move(source, target0);
        List<Integer> seeing = sim.replicasSeeing(target.pod().workload(), to,
                new Storage.InVolume(mount.volume(), target0));
        return new Outcome.Landed(step, target.actor(), FileOps.placeOf(mount), seeing,
                "Renamed inside " + mount.volume().describe() + "; "
                        + Simulation.replicasText(seeing) + " see the new name.",
                FileOps.sourceOf(mount.volume()));
    }

    private Outcome inRoot(Step step, Target target, String from, String to) {
        Container container = target.container();
        if (container.readOnlyRoot()) {
            return FileOps.refused(step, target, Result.EROFS, Place.NOWHERE, "container "
                    + container.name() + " has readOnlyRootFilesystem", Sources.SECURITY_CONTEXT);
        }
        FsTree upper = container.upper();
        ImageLayers image = sim.image();
        Optional<Overlay.Hit> source = Overlay.lookup(upper, image, from);
        Optional<Overlay.Hit> existing = Overlay.lookup(upper, image, to);
        boolean badParent = FsPaths.ancestors(to).stream().map(d -> Overlay.lookup(upper, image, d))
                .anyMatch(h -> h.isPresent() && !h.get().node().isDirectory());
        Optional<Result> problem = problem(source.map(Overlay.Hit::node),
                existing.map(Overlay.Hit::node), badParent);
        if (problem.isPresent()) {
            return FileOps.refused(step, target, problem.get(), Place.UPPER,
                    FileOps.conflictText(problem.get(), problem.get() == Result.ENOENT
                            ? from : to), Sources.OVERLAYFS);
        }
        Optional<ImageLayers.Hit> lower = Overlay.lower(upper, image, from);
        if (source.get().node().isDirectory() && lower.isPresent()) {
            return FileOps.refused(step, target, Result.EXDEV, Place.UPPER, from
                    + " is a directory from image layer " + lower.get().layer()
                    + "; overlayfs refuses to rename it unless redirect_dir is on, and"
                    + " container runtimes leave it off, so mv copies it instead",
                    Sources.OVERLAYFS_RENAME);
        }
        return moveInUpper(step, target, from, to, source.get(), lower);
    }

    private Outcome moveInUpper(Step step, Target target, String from, String to,
            Overlay.Hit source, Optional<ImageLayers.Hit> lower) {
        FsTree upper = target.container().upper();
        for (String dir : FsPaths.ancestors(to)) {
            if (upper.get(dir).isEmpty()) {
                boolean fromImage = Overlay.lower(upper, sim.image(), dir).isPresent();
                upper.put(dir, new Node(EntryKind.DIRECTORY, 0, fromImage));
            }
        }
        List<Integer> self = List.of(target.pod().replica());
        if (lower.isEmpty()) {
            upper.move(from, to);
            return new Outcome.Landed(step, target.actor(), Place.UPPER, self, "Renamed inside "
                    + target.who() + "'s writable layer.", Sources.OVERLAYFS);
        }
        upper.removeTree(to);
        upper.put(to, new Node(source.node().kind(), source.node().size(), true));
        upper.put(from, new Node(EntryKind.WHITEOUT, 0, false));
        int layer = lower.get().layer();
        return new Outcome.CopiedUp(step, target.actor(), layer, self, "Renamed by copying up:"
                + " " + from + " came from read-only layer " + layer + ", so the whole file was"
                + " copied into " + target.who() + "'s writable layer under its new name and a"
                + " whiteout hides the old name.", Sources.OVERLAYFS);
    }

    private static Optional<Result> problem(Optional<Node> source, Optional<Node> target,
            boolean badParent) {
        if (source.isEmpty()) {
            return Optional.of(Result.ENOENT);
        }
        if (badParent) {
            return Optional.of(Result.ENOTDIR);
        }
        if (target.isPresent() && target.get().isDirectory() && !source.get().isDirectory()) {
            return Optional.of(Result.EISDIR);
        }
        if (target.isPresent() && !target.get().isDirectory() && source.get().isDirectory()) {
            return Optional.of(Result.ENOTDIR);
        }
        return Optional.empty();
    }

    private static String where(Optional<Container.Mount> mount) {
        return mount.map(m -> m.volume().describe()).orElse("the container's root filesystem");
    }
}
