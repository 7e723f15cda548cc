package dev.strata.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.PlannedFile;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.Workload;
import dev.strata.source.SourcePosition;

/**
 * The scenario Strata plays when the user gives none: each replica (up to four) writes once
 * into each place it has (its writable layer and every mount it may write), then replica 1
 * reads an image file, another replica deletes it, and replica 1's container restarts.
 */
public final class DefaultScenario {
    /** More writers only repeat the same lesson and make the scenario long. */
    private static final int MAX_WRITERS = 4;

    private DefaultScenario() {
    }

    public static Scenario of(ImagePlan plan, Manifest manifest, int nodes) {
        SourcePosition here = SourcePosition.startOf("(default scenario)");
        Optional<Workload> workload = manifest.workloads().stream()
                .filter(w -> (w.replicas() > 0 || w.onePerNode())
                        && !w.pod().containers().isEmpty())
                .findFirst();
        if (workload.isEmpty()) {
            return new Scenario("Nothing runs", nodes, List.of(new Step(1, Op.SAY, "", "", 1, 0,
                    "", "", 0, "The manifest has no workload that runs pods.", here)));
        }
        List<Step> steps = new ArrayList<>();
        Workload chosen = workload.get();
        ContainerSpec container = chosen.pod().containers().get(0);
        int pods = chosen.onePerNode() ? nodes : chosen.replicas();
        for (int replica = 1; replica <= Math.min(pods, MAX_WRITERS); replica++) {
            add(steps, Op.WRITE, "/tmp/scratch-" + replica + ".txt", replica, "Replica "
                    + replica + " writes a scratch file outside any volume.", here);
            for (MountSpec mount : distinctVolumes(container.mounts())) {
                add(steps, Op.WRITE, mount.mountPath() + "/from-replica-" + replica + ".txt",
                        replica, "Replica " + replica + " writes into the volume \""
                                + mount.volume() + "\".", here);
            }
        }
        imageFile(plan).ifPresent(path -> {
            add(steps, Op.READ, path, 1, "Replica 1 reads a file of the image.", here);
            int other = Math.min(2, pods);
            add(steps, Op.DELETE, path, other, "Replica " + other + " deletes it.", here);
        });
        add(steps, Op.RESTART, "", 1, "The container of replica 1 restarts.", here);
        return new Scenario("Where do writes land?", nodes, steps);
    }

    private static List<MountSpec> distinctVolumes(List<MountSpec> mounts) {
        Map<String, MountSpec> byVolume = new LinkedHashMap<>();
        mounts.stream().filter(m -> !m.readOnly())
                .forEach(m -> byVolume.putIfAbsent(m.volume(), m));
        return List.copyOf(byVolume.values());
    }

    private static Optional<String> imageFile(ImagePlan plan) {
        for (int i = plan.layers().size() - 1; i >= 0; i--) {
            PlannedLayer layer = plan.layers().get(i);
            Optional<String> file = layer.files().stream().filter(f -> !f.directory())
                    .map(PlannedFile::path).findFirst();
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    private static void add(List<Step> steps, Op op, String path, int replica, String say,
            SourcePosition here) {
        steps.add(new Step(steps.size() + 1, op, path, "", replica, 0, "", "",
                Step.DEFAULT_SIZE, say, here));
    }
}
