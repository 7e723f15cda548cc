package dev.strata.manifest;

import java.util.List;
import java.util.Optional;

/**
 * Everything Strata reads from a manifest file: the workloads that run pods, the claims
 * they may mount, the objects it does not model, and what kubectl would only warn about.
 */
public record Manifest(
        String file,
        List<Workload> workloads,
        List<ClaimSpec> claims,
        List<IgnoredObject> ignored,
        List<ManifestWarning> warnings) {
    public Manifest {
        workloads = List.copyOf(workloads);
        claims = List.copyOf(claims);
        ignored = List.copyOf(ignored);
        warnings = List.copyOf(warnings);
    }

    /** A manifest without warnings. */
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
}
