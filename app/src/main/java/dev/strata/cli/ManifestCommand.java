package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerRole;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.DataKey;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.manifest.ManifestWarning;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.PersistentVolumeSpec;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
            for (ContainerSpec container : workload.pod().allContainers()) {
                out.append("  ").append(role(container)).append(container.name()).append(" (")
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
        manifest.persistentVolumes().forEach(v -> out.append("PersistentVolume ")
                .append(v.name()).append(": ").append(modes(v.accessModes())).append(' ')
                .append(v.capacity()).append(' ').append(v.source().type()).append('\n'));
        manifest.storageClasses().forEach(c -> out.append("StorageClass ").append(c.name())
                .append(": ").append(c.provisioner()).append(", ")
                .append(c.volumeBindingMode()).append('\n'));
        manifest.configMaps().forEach(c -> out.append("ConfigMap ").append(c.name())
                .append(": ").append(keys(c.keys())).append('\n'));
        manifest.secrets().forEach(c -> out.append("Secret ").append(c.name())
                .append(": ").append(keys(c.keys())).append('\n'));
        manifest.ignored().forEach(i -> out.append("ignored ").append(i.kind()).append(' ')
                .append(i.name()).append('\n'));
        return out.toString();
    }

    private static String keys(List<DataKey> keys) {
        return keys.stream().map(k -> k.key() + " (" + k.bytes() + " B)")
                .collect(Collectors.joining(", "));
    }

    private static String role(ContainerSpec container) {
        return switch (container.role()) {
            case APP -> "container ";
            case INIT -> "init container ";
            case SIDECAR -> "sidecar container ";
        };
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
        if (source instanceof VolumeSource.ConfigMap map) {
            return "configMap " + map.name() + (map.optional() ? " (optional)" : "");
        }
        if (source instanceof VolumeSource.Secret secret) {
            return "secret " + secret.secretName() + (secret.optional() ? " (optional)" : "");
        }
        if (source instanceof VolumeSource.Nfs nfs) {
            return "nfs " + nfs.server() + ":" + nfs.path();
        }
        return source.type();
    }

    private static String modes(List<AccessMode> modes) {
        return modes.stream().map(AccessMode::shortName).collect(Collectors.joining(","));
    }

    /**
     * The summary as one JSON object: workloads (with containers, init ones first, mounts,
     * volumes and claim templates), claims, ignored objects and warnings, then the
     * PersistentVolumes, StorageClasses, ConfigMaps and Secrets.
     */
    static String json(Manifest manifest) {
        return "{\"workloads\":" + array(manifest.workloads(), ManifestCommand::workloadJson)
                + ",\"claims\":" + array(manifest.claims(), ManifestCommand::claimJson)
                + ",\"ignored\":" + array(manifest.ignored(), i -> "{\"kind\":"
                        + OutcomeJson.string(i.kind()) + ",\"name\":"
                        + OutcomeJson.string(i.name()) + "}")
                + ",\"warnings\":" + array(manifest.warnings(), ManifestCommand::warningJson)
                + ",\"persistentVolumes\":" + array(manifest.persistentVolumes(),
                        ManifestCommand::persistentVolumeJson)
                + ",\"storageClasses\":" + array(manifest.storageClasses(), c -> "{\"name\":"
                        + OutcomeJson.string(c.name()) + ",\"provisioner\":"
                        + OutcomeJson.string(c.provisioner()) + ",\"volumeBindingMode\":"
                        + OutcomeJson.string(c.volumeBindingMode()) + "}")
                + ",\"configMaps\":" + array(manifest.configMaps(),
                        c -> dataJson(c.name(), c.keys()))
                + ",\"secrets\":" + array(manifest.secrets(), s -> dataJson(s.name(), s.keys()))
                + "}";
    }

    private static <T> String array(List<T> items, Function<T, String> json) {
        return items.stream().map(json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String workloadJson(Workload workload) {
        String replicas = workload.onePerNode() ? "null" : String.valueOf(workload.replicas());
        List<VolumeSpec> volumes = workload.pod().volumes();
        return "{\"kind\":" + OutcomeJson.string(workload.kind())
                + ",\"name\":" + OutcomeJson.string(workload.name())
                + ",\"replicas\":" + replicas
                + ",\"line\":" + workload.position().line()
                + ",\"containers\":" + array(workload.pod().allContainers(),
                        ManifestCommand::containerJson)
                + ",\"volumes\":" + array(volumes.stream()
                        .filter(v -> !(v.source() instanceof VolumeSource.ClaimTemplate))
                        .toList(), ManifestCommand::volumeJson)
                + ",\"claimTemplates\":" + array(volumes.stream()
                        .map(VolumeSpec::source)
                        .flatMap(s -> s instanceof VolumeSource.ClaimTemplate t
                                ? Stream.of(t.template()) : Stream.empty())
                        .toList(), ManifestCommand::claimJson)
                + "}";
    }

    private static String containerJson(ContainerSpec container) {
        return "{\"name\":" + OutcomeJson.string(container.name())
                + ",\"init\":" + container.role().init()
                + ",\"readOnlyRootFilesystem\":" + container.readOnlyRootFilesystem()
                + ",\"mounts\":" + array(container.mounts(), m -> "{\"path\":"
                        + OutcomeJson.string(m.mountPath()) + ",\"volume\":"
                        + OutcomeJson.string(m.volume()) + ",\"readOnly\":" + m.readOnly()
                        + ",\"subPath\":" + OutcomeJson.string(m.subPath()) + "}")
                + ",\"image\":" + OutcomeJson.string(container.image())
                + ",\"sidecar\":" + (container.role() == ContainerRole.SIDECAR)
                + ",\"ephemeralStorageLimit\":" + container.ephemeralStorageLimit()
                        .map(q -> OutcomeJson.string(q.text())).orElse("null")
                + "}";
    }

    private static String volumeJson(VolumeSpec volume) {
        VolumeSource source = volume.source();
        String extra = "";
        if (source instanceof VolumeSource.Claim claim) {
            extra = ",\"claim\":" + OutcomeJson.string(claim.claimName())
                    + ",\"readOnly\":" + claim.readOnly();
        } else if (source instanceof VolumeSource.ConfigMap map) {
            extra = ",\"configMap\":" + OutcomeJson.string(map.name());
        } else if (source instanceof VolumeSource.Secret secret) {
            extra = ",\"secret\":" + OutcomeJson.string(secret.secretName());
        }
        return "{\"name\":" + OutcomeJson.string(volume.name()) + ",\"type\":"
                + OutcomeJson.string(source.type()) + extra + ",\"describe\":"
                + OutcomeJson.string(describe(source)) + "}";
    }

    private static String claimJson(ClaimSpec claim) {
        return "{\"name\":" + OutcomeJson.string(claim.name()) + ",\"accessModes\":"
                + modesJson(claim.accessModes()) + ",\"storage\":"
                + OutcomeJson.string(claim.storage()) + "}";
    }

    private static String warningJson(ManifestWarning warning) {
        return "{\"line\":" + warning.position().line() + ",\"column\":"
                + warning.position().column() + ",\"message\":"
                + OutcomeJson.string(warning.message()) + "}";
    }

    private static String persistentVolumeJson(PersistentVolumeSpec volume) {
        return "{\"name\":" + OutcomeJson.string(volume.name()) + ",\"accessModes\":"
                + modesJson(volume.accessModes()) + ",\"capacity\":"
                + OutcomeJson.string(volume.capacity()) + ",\"source\":"
                + OutcomeJson.string(volume.source().type()) + "}";
    }

    private static String dataJson(String name, List<DataKey> keys) {
        return "{\"name\":" + OutcomeJson.string(name) + ",\"keys\":" + array(keys,
                k -> "{\"key\":" + OutcomeJson.string(k.key()) + ",\"bytes\":" + k.bytes()
                        + "}") + "}";
    }

    private static String modesJson(List<AccessMode> modes) {
        return modes.stream().map(m -> OutcomeJson.string(m.manifestName()))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
