package dev.strata.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest as short lines a person can write by hand from the file: one per workload,
 * container, mount, volume and object, then the warnings with their positions.
 */
final class Summaries {
    private Summaries() {
    }

    static List<String> of(Manifest manifest) {
        List<String> lines = new ArrayList<>();
        manifest.workloads().forEach(w -> workload(w, lines));
        manifest.claims().forEach(c -> lines.add("claim " + claim(c)));
        manifest.persistentVolumes().forEach(v -> lines.add("persistentVolume " + v.name()
                + " " + modes(v.accessModes()) + " " + v.capacity() + " " + v.source().type()));
        manifest.storageClasses().forEach(c -> lines.add("storageClass " + c.name() + " "
                + c.provisioner() + " " + c.volumeBindingMode() + " line="
                + c.position().line()));
        manifest.configMaps().forEach(c -> lines.add("configMap " + c.name() + keys(c.keys())));
        manifest.secrets().forEach(s -> lines.add("secret " + s.name() + keys(s.keys())));
        manifest.ignored().forEach(i -> lines.add("ignored " + i.kind() + " " + i.name()
                + " line=" + i.position().line()));
        manifest.warnings().forEach(w -> lines.add("warning " + w.position().line() + ":"
                + w.position().column() + " " + w.message()));
        return lines;
    }

    private static void workload(Workload workload, List<String> lines) {
        String replicas = workload.onePerNode() ? "per-node" : "" + workload.replicas();
        String strategy = workload.strategy().map(s -> " strategy=" + strategy(s)).orElse("");
        String retention = workload.claimRetention().map(r -> " retention="
                + r.whenDeleted().manifestName() + "/" + r.whenScaled().manifestName())
                .orElse("");
        lines.add(workload.kind() + " " + workload.name() + " replicas=" + replicas
                + " line=" + workload.position().line() + strategy + retention);
        for (ContainerSpec container : workload.pod().allContainers()) {
            String role = container.role() == ContainerRole.APP ? ""
                    : container.role().name().toLowerCase() + " ";
            lines.add("  " + role + "container " + container.name() + " " + container.image()
                    + (container.readOnlyRootFilesystem() ? " read-only-root" : ""));
            container.mounts().forEach(m -> lines.add("    " + m.mountPath() + " <- "
                    + m.volume() + (m.subPath().isEmpty() ? "" : "/" + m.subPath())
                    + (m.readOnly() ? " (ro)" : "")));
        }
        workload.pod().volumes().forEach(v -> lines.add("  " + volume(v)));
    }

    private static String strategy(DeploymentStrategy strategy) {
        if (strategy instanceof DeploymentStrategy.RollingUpdate rolling) {
            return "RollingUpdate " + rolling.maxSurge() + "/" + rolling.maxUnavailable();
        }
        return strategy.type();
    }

    private static String volume(VolumeSpec volume) {
        VolumeSource source = volume.source();
        if (source instanceof VolumeSource.ClaimTemplate template) {
            return "claimTemplate " + claim(template.template());
        }
        return "volume " + volume.name() + ": " + source.type() + detail(source);
    }

    private static String detail(VolumeSource source) {
        if (source instanceof VolumeSource.Claim claim) {
            return " " + claim.claimName() + (claim.readOnly() ? " (ro)" : "");
        }
        if (source instanceof VolumeSource.ConfigMap map) {
            return " " + map.name();
        }
        if (source instanceof VolumeSource.Secret secret) {
            return " " + secret.secretName();
        }
        if (source instanceof VolumeSource.HostPath host) {
            return " " + host.path();
        }
        if (source instanceof VolumeSource.EmptyDir dir) {
            return (dir.medium().isEmpty() ? "" : " " + dir.medium())
                    + (dir.sizeLimit().isEmpty() ? "" : " " + dir.sizeLimit());
        }
        return "";
    }

    private static String claim(ClaimSpec claim) {
        return claim.name() + " " + modes(claim.accessModes()) + " " + claim.storage();
    }

    private static String modes(List<AccessMode> modes) {
        return modes.stream().map(AccessMode::shortName).collect(Collectors.joining(","));
    }

    private static String keys(List<DataKey> keys) {
        return keys.stream().map(k -> " " + k.key() + "=" + k.bytes() + "B")
                .collect(Collectors.joining());
    }
}
