package dev.strata.manifest;

import java.util.List;
import java.util.Optional;

/**
 * What kubectl accepts but a cluster would not run the way the user may think: volumes
 * naming ConfigMaps, Secrets or claims the file does not define, hostPath shared by
 * replicas, StatefulSets without their own storage. Each is a warning at the volume,
 * mount or workload concerned.
 */
final class References {
    private final Manifest manifest;
    private final Source source;

    private References(Manifest manifest, Source source) {
        this.manifest = manifest;
        this.source = source;
    }

    /** Adds the warnings about {@code manifest} to {@code source}. */
    static void warn(Manifest manifest, Source source) {
        References references = new References(manifest, source);
        manifest.workloads().forEach(references::check);
    }

    private void check(Workload workload) {
        for (VolumeSpec volume : workload.pod().volumes()) {
            checkVolume(workload, volume);
        }
        for (ContainerSpec container : workload.pod().allContainers()) {
            container.mounts().forEach(m -> checkMount(workload, m));
        }
        if (workload.kind().equals("StatefulSet") && workload.pod().volumes().stream()
                .noneMatch(v -> v.source() instanceof VolumeSource.ClaimTemplate)) {
            source.warn(workload.position(), "StatefulSet \"" + workload.name() + "\" has no"
                    + " volumeClaimTemplates: its replicas get no storage of their own, and"
                    + " what they write outside volumes is lost with each pod");
        }
    }

    private void checkVolume(Workload workload, VolumeSpec volume) {
        VolumeSource volumeSource = volume.source();
        if (volumeSource instanceof VolumeSource.ConfigMap map && !map.optional()) {
            checkConfigMap(volume, map.name(), map.items());
        } else if (volumeSource instanceof VolumeSource.Secret secret && !secret.optional()) {
            checkSecret(volume, secret.secretName(), secret.items());
        } else if (volumeSource instanceof VolumeSource.Projected projected) {
            projected.sources().stream().filter(p -> !p.optional())
                    .forEach(p -> checkProjection(volume, p));
        } else if (volumeSource instanceof VolumeSource.Claim claim) {
            checkClaim(volume, claim.claimName());
        } else if (volumeSource instanceof VolumeSource.HostPath
                && !workload.onePerNode() && workload.replicas() > 1) {
            source.warn(volume.position(), "hostPath volume \"" + volume.name() + "\" in a"
                    + " workload of " + workload.replicas() + " replicas: replicas on"
                    + " different nodes see different files");
        }
    }

    private void checkProjection(VolumeSpec volume, VolumeSource.Projection projection) {
        if (projection.type().equals("configMap")) {
            checkConfigMap(volume, projection.name(), projection.items());
        } else if (projection.type().equals("secret")) {
            checkSecret(volume, projection.name(), projection.items());
        }
    }

    private void checkConfigMap(VolumeSpec volume, String name, List<KeyToPath> items) {
        Optional<ConfigMapSpec> map = manifest.configMap(name);
        if (map.isEmpty()) {
            warnMissing(volume, "ConfigMap", name);
            return;
        }
        items.stream().filter(i -> map.get().key(i.key()).isEmpty())
                .forEach(i -> warnMissingKey(i, "ConfigMap", name));
    }

    private void checkSecret(VolumeSpec volume, String name, List<KeyToPath> items) {
        Optional<SecretSpec> secret = manifest.secret(name);
        if (secret.isEmpty()) {
            warnMissing(volume, "Secret", name);
            return;
        }
        items.stream().filter(i -> secret.get().key(i.key()).isEmpty())
                .forEach(i -> warnMissingKey(i, "Secret", name));
    }

    private void warnMissing(VolumeSpec volume, String kind, String name) {
        source.warn(volume.position(), kind + " \"" + name + "\" of volume \"" + volume.name()
                + "\" is not in this file: Kubernetes keeps the pod in ContainerCreating until"
                + " it exists (unless optional: true); Strata shows the volume empty");
    }

    private void warnMissingKey(KeyToPath item, String kind, String name) {
        source.warn(item.position(), kind + " \"" + name + "\" has no key \"" + item.key()
                + "\": Kubernetes cannot mount the volume and keeps the pod in"
                + " ContainerCreating (unless optional: true)");
    }

    private void checkClaim(VolumeSpec volume, String claimName) {
        if (manifest.claim(claimName).isEmpty()) {
            source.warn(volume.position(), "PersistentVolumeClaim \"" + claimName + "\" of"
                    + " volume \"" + volume.name() + "\" is not in this file; Strata assumes"
                    + " ReadWriteOnce");
        }
    }

    private void checkMount(Workload workload, MountSpec mount) {
        Optional<VolumeSpec> volume = workload.pod().volume(mount.volume());
        boolean readOnlyClaim = volume.map(VolumeSpec::source)
                .filter(s -> s instanceof VolumeSource.Claim claim && claim.readOnly())
                .isPresent();
        if (readOnlyClaim && !mount.readOnly()) {
            source.warn(mount.position(), "volume \"" + mount.volume() + "\" is a read-only"
                    + " claim, so this mount is read-only although it does not say"
                    + " readOnly: true");
        }
    }
}
