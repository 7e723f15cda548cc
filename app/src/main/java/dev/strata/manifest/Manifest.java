package dev.strata.manifest;

import java.util.List;
import java.util.Optional;

/**
 * Everything Strata reads from a manifest file: the workloads that run pods, the claims
 * they may mount, the volumes, classes, ConfigMaps and Secrets behind their volumes, the
 * objects it does not model, and what kubectl would only warn about.
 *
 * @param warnings in the order of their positions in the file
 */
public record Manifest(
        String file,
        List<Workload> workloads,
        List<ClaimSpec> claims,
        List<IgnoredObject> ignored,
        List<ManifestWarning> warnings,
        List<PersistentVolumeSpec> persistentVolumes,
        List<StorageClassSpec> storageClasses,
        List<ConfigMapSpec> configMaps,
        List<SecretSpec> secrets) {
    public Manifest {
        workloads = List.copyOf(workloads);
        claims = List.copyOf(claims);
        ignored = List.copyOf(ignored);
        warnings = List.copyOf(warnings);
        persistentVolumes = List.copyOf(persistentVolumes);
        storageClasses = List.copyOf(storageClasses);
        configMaps = List.copyOf(configMaps);
        secrets = List.copyOf(secrets);
    }

    /** A manifest of workloads and claims only. */
    public Manifest(
            String file, List<Workload> workloads, List<ClaimSpec> claims,
            List<IgnoredObject> ignored, List<ManifestWarning> warnings) {
        this(file, workloads, claims, ignored, warnings, List.of(), List.of(), List.of(),
                List.of());
    }

    /** A manifest of workloads and claims only, without warnings. */
    public Manifest(
            String file, List<Workload> workloads, List<ClaimSpec> claims,
            List<IgnoredObject> ignored) {
        this(file, workloads, claims, ignored, List.of());
    }

    /** The claim of that name, if the manifest defines it. */
    public Optional<ClaimSpec> claim(String name) {
        return claims.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The workload of that name, if the manifest defines one. */
    public Optional<Workload> workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The ConfigMap of that name, if the manifest defines it. */
    public Optional<ConfigMapSpec> configMap(String name) {
        return configMaps.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The Secret of that name, if the manifest defines it. */
    public Optional<SecretSpec> secret(String name) {
        return secrets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The PersistentVolume of that name, if the manifest defines it. */
    public Optional<PersistentVolumeSpec> persistentVolume(String name) {
        return persistentVolumes.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The StorageClass of that name, if the manifest defines it. */
    public Optional<StorageClassSpec> storageClass(String name) {
        return storageClasses.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
