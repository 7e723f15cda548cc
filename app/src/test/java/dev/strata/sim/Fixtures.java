package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dockerfile.HistoryEntry;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.PlannedFile;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.image.Image;
import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.PodSpec;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;
import dev.strata.source.SourcePosition;

/** Small hand-built inputs in the shape of the bundled sample. */
final class Fixtures {
    static final SourcePosition HERE = SourcePosition.startOf("test");

    private Fixtures() {
    }

    /** The sample's plan: WORKDIR /app, COPY requirements.txt, RUN pip, COPY app.py. */
    static ImagePlan samplePlan() {
        List<PlannedLayer> layers = List.of(
                new PlannedLayer(1, 9, "WORKDIR", "WORKDIR /app", "0",
                        List.of(new PlannedFile("/app", 0, true)), true),
                new PlannedLayer(2, 11, "COPY", "COPY requirements.txt .", "0",
                        List.of(new PlannedFile("/app/requirements.txt", 14, false)), true),
                new PlannedLayer(3, 12, "RUN", "RUN pip install --no-cache-dir -r"
                        + " requirements.txt", "0", List.of(), false),
                new PlannedLayer(4, 15, "COPY", "COPY app.py .", "0",
                        List.of(new PlannedFile("/app/app.py", 1290, false),
                                new PlannedFile("/app/static", 0, true),
                                new PlannedFile("/app/static/site.css", 300, false)), true));
        return new ImagePlan("python:3.12-slim", layers,
                List.of(new HistoryEntry(17, "CMD", "CMD [\"python\", \"app.py\"]", true)));
    }

    static Manifest deployment(int replicas, List<MountSpec> mounts, List<VolumeSpec> volumes,
            List<ClaimSpec> claims) {
        ContainerSpec web = new ContainerSpec("web", "web:1", mounts, false, HERE);
        return manifest(new Workload("Deployment", "web", replicas,
                new PodSpec(List.of(web), volumes), HERE), claims);
    }

    static Manifest manifest(Workload workload, List<ClaimSpec> claims) {
        return new Manifest("test.yaml", List.of(workload), claims, List.of());
    }

    static MountSpec mount(String volume, String path) {
        return new MountSpec(volume, path, "", false, HERE);
    }

    static VolumeSpec emptyDir(String name) {
        return new VolumeSpec(name, new VolumeSource.EmptyDir("", ""), HERE);
    }

    static VolumeSpec claimVolume(String name, String claim) {
        return new VolumeSpec(name, new VolumeSource.Claim(claim, false), HERE);
    }

    static ClaimSpec claim(String name, AccessMode mode) {
        return new ClaimSpec(name, List.of(mode), "1Gi", HERE);
    }

    /** The tour: an emptyDir at /var/log/app and a claim at /data. */
    static Manifest tour(AccessMode mode) {
        return deployment(3,
                List.of(mount("logs", "/var/log/app"), mount("data", "/data")),
                List.of(emptyDir("logs"), claimVolume("data", "web-data")),
                List.of(claim("web-data", mode)));
    }

    /** Builds steps fluently; numbers them in order. */
    static final class Steps {
        private final List<Step> steps = new ArrayList<>();

        Steps write(int replica, String path, long size) {
            return add(Op.WRITE, path, "", replica, 0, size);
        }

        Steps append(int replica, String path, long size) {
            return add(Op.APPEND, path, "", replica, 0, size);
        }

        Steps read(int replica, String path) {
            return add(Op.READ, path, "", replica, 0, 0);
        }

        Steps delete(int replica, String path) {
            return add(Op.DELETE, path, "", replica, 0, 0);
        }

        Steps mkdir(int replica, String path) {
            return add(Op.MKDIR, path, "", replica, 0, 0);
        }

        Steps chmod(int replica, String path) {
            return add(Op.CHMOD, path, "", replica, 0, 0);
        }

        Steps rename(int replica, String path, String to) {
            return add(Op.RENAME, path, to, replica, 0, 0);
        }

        Steps restart(int replica) {
            return add(Op.RESTART, "", "", replica, 0, 0);
        }

        Steps deletePod(int replica) {
            return add(Op.DELETE_POD, "", "", replica, 0, 0);
        }

        Steps rollout() {
            return add(Op.ROLLOUT, "", "", 1, 0, 0);
        }

        Steps scale(int count) {
            return add(Op.SCALE, "", "", 1, count, 0);
        }

        Steps container(String name) {
            Step last = steps.remove(steps.size() - 1);
            steps.add(new Step(last.number(), last.op(), last.path(), last.to(), last.replica(),
                    last.count(), name, last.workload(), last.size(), last.say(),
                    last.position()));
            return this;
        }

        private Steps add(Op op, String path, String to, int replica, int count, long size) {
            steps.add(new Step(steps.size() + 1, op, path, to, replica, count, "", "", size,
                    "", new SourcePosition("test.strata", steps.size() + 3, 5)));
            return this;
        }

        Scenario on(int nodes) {
            return new Scenario("test", nodes, steps);
        }
    }

    static Steps steps() {
        return new Steps();
    }

    /** Runs the steps on a real image and returns the outcome of each, in order. */
    static List<Outcome> play(Image image, ImagePlan plan, Scenario scenario) {
        Manifest two = deployment(2, List.of(), List.of(), List.of());
        return Simulator.run(image, Optional.of(plan), two, scenario).frames().stream().skip(1)
                .map(f -> f.outcome().orElseThrow()).toList();
    }

    /** Runs the steps and returns the outcome of each, in order. */
    static List<Outcome> play(ImagePlan plan, Manifest manifest, Scenario scenario) {
        return Simulator.run(plan, manifest, scenario).frames().stream().skip(1)
                .map(f -> f.outcome().orElseThrow()).toList();
    }
}
