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
 * The scenario Strata plays when the user gives none: replica 1 writes once into each kind
 * of place it has (its writable layer and every mount), then reads and deletes an image file
 * and restarts.
 */
public final class DefaultScenario {
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
        ContainerSpec container = workload.get().pod().containers().get(0);
        add(steps, Op.WRITE, "/tmp/scratch.txt", 1, "Replica 1 writes a scratch file.", here);
        for (MountSpec mount : distinctVolumes(container.mounts())) {
            add(steps, Op.WRITE, mount.mountPath() + "/hello.txt", 1,
                    "Replica 1 writes into the volume \"" + mount.volume() + "\".", here);
        }
        imageFile(plan).ifPresent(path -> {
            add(steps, Op.READ, path, 1, "Replica 1 reads a file of the image.", here);
            int pods = workload.get().onePerNode() ? nodes : workload.get().replicas();
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
