package dev.strata.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.Simulation;
import dev.strata.sim.Step;
import dev.strata.source.SourcePosition;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Simulator throughput on the tour's cluster: 3 replicas on 2 nodes, each with its writable
 * layer, an emptyDir and a shared claim. One invocation plays {@value #STEPS} writes and
 * reads spread over the replicas and the three places (goal at least 1,000,000 ops/s on one
 * core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulatorBenchmark {
    static final int STEPS = 1_200;
    private static final String[] PLACES = {"/app/cache", "/var/log/app/app.log", "/data/up"};

    private Simulation simulation;
    private Step[] steps;

    @Setup
    public void start() {
        simulation = Simulation.start(Scenes.samplePlan(), Scenes.tour(3), 2);
        List<Step> list = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            Op op = i % 2 == 0 ? Op.WRITE : Op.READ;
            String path = PLACES[(i / 2) % PLACES.length] + "-" + (i / 6) % 10;
            int replica = (i / 6) % 3 + 1;
            list.add(new Step(i + 1, op, path, "", replica, 0, "", "", 4096, "",
                    new SourcePosition("bench.strata", i + 1, 1)));
        }
        steps = list.toArray(Step[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public void writeAndRead(Blackhole sink) {
        for (Step step : steps) {
            Outcome outcome = simulation.apply(step);
            sink.consume(outcome);
        }
    }
}
