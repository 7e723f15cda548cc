package dev.strata.manifest;

import java.util.List;
import java.util.Optional;

/**
 * Everything Strata reads from a manifest file: the workloads that run pods, the claims
 * they may mount, and the objects it does not model.
 */
public record Manifest(
        String file, List<Workload> workloads, List<ClaimSpec> claims, List<IgnoredObject> ignored) {
    public Manifest {
        workloads = List.copyOf(workloads);
        claims = List.copyOf(claims);
        ignored = List.copyOf(ignored);
    }

    /** The claim of that name, if the manifest defines it. */
    public Optional<ClaimSpec> claim(String name) {
        return claims.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
