package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Commands about a manifest alone. */
@Command(name = "manifest", mixinStandardHelpOptions = true,
        description = "Reads a Kubernetes manifest.",
        subcommands = {ManifestCommand.Summary.class})
final class ManifestCommand {
    /** Workloads, replicas, containers, mounts, volumes and claims. */
    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "Lists workloads, replicas, containers, mounts, volumes and claims.")
    static final class Summary implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the manifest")
        Path file;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Manifest manifest = ManifestLoader.load(Inputs.read(file), file.toString());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            manifest.warnings().forEach(w -> err.println(w.position() + ": warning: "
                    + w.message()));
            out.print(json ? json(manifest) + "\n" : text(manifest));
            out.flush();
            return 0;
        }
    }

    static String text(Manifest manifest) {
        StringBuilder out = new StringBuilder();
        for (Workload workload : manifest.workloads()) {
            String replicas = workload.onePerNode() ? "one per node"
                    : workload.replicas() + (workload.replicas() == 1 ? " replica" : " replicas");
            out.append(workload.kind()).append(' ').append(workload.name()).append(": ")
                    .append(replicas).append('\n');
            for (ContainerSpec container : workload.pod().containers()) {
                out.append("  container ").append(container.name()).append(" (")
                        .append(container.image()).append(")")
                        .append(container.readOnlyRootFilesystem() ? " read-only root" : "")
                        .append('\n');
                for (MountSpec mount : container.mounts()) {
                    out.append("    ").append(mount.mountPath()).append(" <- ")
                            .append(mount.volume())
                            .append(mount.subPath().isEmpty() ? "" : " subPath " + mount.subPath())
                            .append(mount.readOnly() ? " (read-only)" : "").append('\n');
                }
            }
            for (VolumeSpec volume : workload.pod().volumes()) {
                out.append("  volume ").append(volume.name()).append(": ")
                        .append(describe(volume.source())).append('\n');
            }
        }
        for (ClaimSpec claim : manifest.claims()) {
            out.append("PersistentVolumeClaim ").append(claim.name()).append(": ")
                    .append(modes(claim.accessModes())).append(' ').append(claim.storage())
                    .append('\n');
        }
        manifest.ignored().forEach(i -> out.append("ignored ").append(i.kind()).append(' ')
                .append(i.name()).append('\n'));
        return out.toString();
    }

    private static String describe(VolumeSource source) {
        if (source instanceof VolumeSource.EmptyDir dir) {
            return "emptyDir" + (dir.inMemory() ? " (memory)" : "")
                    + (dir.sizeLimit().isEmpty() ? "" : " sizeLimit " + dir.sizeLimit());
        }
        if (source instanceof VolumeSource.Claim claim) {
            return "persistentVolumeClaim " + claim.claimName()
                    + (claim.readOnly() ? " (read-only)" : "");
        }
        if (source instanceof VolumeSource.ClaimTemplate template) {
            return "volumeClaimTemplate " + template.template().name() + " "
                    + modes(template.template().accessModes()) + ", one claim per replica";
        }
        if (source instanceof VolumeSource.HostPath host) {
            return "hostPath " + host.path();
        }
        return source.type();
    }

    private static String modes(List<AccessMode> modes) {
        return modes.stream().map(AccessMode::shortName).collect(Collectors.joining(","));
    }

    static String json(Manifest manifest) {
        String workloads = manifest.workloads().stream().map(ManifestCommand::workloadJson)
                .collect(Collectors.joining(",", "[", "]"));
        String claims = manifest.claims().stream().map(c -> "{\"name\":"
                + OutcomeJson.string(c.name()) + ",\"accessModes\":" + modesJson(c.accessModes())
                + ",\"storage\":" + OutcomeJson.string(c.storage()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String ignored = manifest.ignored().stream().map(i -> "{\"kind\":"
                + OutcomeJson.string(i.kind()) + ",\"name\":" + OutcomeJson.string(i.name())
                + "}").collect(Collectors.joining(",", "[", "]"));
        return "{\"workloads\":" + workloads + ",\"claims\":" + claims + ",\"ignored\":"
                + ignored + "}";
    }

    private static String workloadJson(Workload workload) {
        String containers = workload.pod().containers().stream().map(c -> "{\"name\":"
                + OutcomeJson.string(c.name()) + ",\"image\":" + OutcomeJson.string(c.image())
                + ",\"readOnlyRootFilesystem\":" + c.readOnlyRootFilesystem()
                + ",\"mounts\":" + c.mounts().stream().map(m -> "{\"volume\":"
                        + OutcomeJson.string(m.volume()) + ",\"mountPath\":"
                        + OutcomeJson.string(m.mountPath()) + ",\"subPath\":"
                        + OutcomeJson.string(m.subPath()) + ",\"readOnly\":" + m.readOnly() + "}")
                        .collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String volumes = workload.pod().volumes().stream().map(v -> "{\"name\":"
                + OutcomeJson.string(v.name()) + ",\"type\":" + OutcomeJson.string(v.source().type())
                + ",\"describe\":" + OutcomeJson.string(describe(v.source())) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"kind\":" + OutcomeJson.string(workload.kind()) + ",\"name\":"
                + OutcomeJson.string(workload.name()) + ",\"replicas\":" + workload.replicas()
                + ",\"onePerNode\":" + workload.onePerNode() + ",\"containers\":" + containers
                + ",\"volumes\":" + volumes + "}";
    }

    private static String modesJson(List<AccessMode> modes) {
        return modes.stream().map(m -> OutcomeJson.string(m.manifestName()))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
