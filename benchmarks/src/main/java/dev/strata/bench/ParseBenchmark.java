package dev.strata.bench;

import java.util.concurrent.TimeUnit;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the user's files: a 10,000-line Dockerfile parsed and planned (goal under 50 ms)
 * and a 6,000-line, 50-document manifest loaded and validated (goal under 300 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    private String dockerfile;
    private String manifest;

    @Setup
    public void generate() {
        dockerfile = Inputs.dockerfile(10_000);
        manifest = Inputs.manifest(50, 6_000);
        ImagePlan plan = parseAndPlanDockerfile();
        Manifest loaded = loadManifest();
        System.out.printf("%nDockerfile: %d lines, %d layers; manifest: %d lines, %d workloads,"
                + " %d warnings%n", Inputs.lines(dockerfile), plan.layers().size(),
                Inputs.lines(manifest), loaded.workloads().size(), loaded.warnings().size());
    }

    @Benchmark
    public ImagePlan parseAndPlanDockerfile() {
        return LayerPlanner.plan(DockerfileParser.parse(dockerfile, "Dockerfile"),
                PlanOptions.defaults());
    }

    @Benchmark
    public Manifest loadManifest() {
        return ManifestLoader.load(manifest, "big.yaml");
    }
}
