package dev.strata.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.Manifest;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.tour;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for any scenario, checked over seeded random ones so that a
 * failure can be replayed from its seed.
 */
class RandomScenarioPropertiesTest {
    private static final List<String> PATHS = List.of("/app/app.py", "/app/requirements.txt",
            "/app/cache/a", "/tmp/b", "/var/log/app/app.log", "/var/log/app/x", "/data/u/p",
            "/data/q", "/app/static/site.css", "/app/static");
    private static final Op[] OPS = {Op.WRITE, Op.APPEND, Op.READ, Op.DELETE, Op.CHMOD,
        Op.MKDIR, Op.RESTART, Op.DELETE_POD, Op.RENAME};
    private static final SourcePosition HERE = SourcePosition.startOf("random");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void writesAreVisibleExactlyWhereTheyLand(long seed) {
        for (AccessMode mode : AccessMode.values()) {
            Manifest manifest = tour(mode);
            Timeline timeline = Simulator.run(samplePlan(), manifest, random(seed, 60));
            for (Frame frame : timeline.frames().subList(1, timeline.frames().size())) {
                checkVisibility(frame);
            }
        }
    }

    @Test
    void aReadReturnsTheSizeOfTheLastWriteThatTheReaderCanSee() {
        Model model = new Model();
        for (long seed = 21; seed <= 120; seed++) {
            Timeline timeline = Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                    random(seed, 80));
            model.reset();
            for (Frame frame : timeline.frames().subList(1, timeline.frames().size())) {
                model.check(frame.outcome().orElseThrow());
            }
        }

        assertThat(model.compared).as("reads checked against the model").isGreaterThan(80);
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void twoRunsOfARandomScenarioAreIdentical(long seed) {
        Scenario scenario = random(seed, 100);

        assertThat(Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE), scenario))
                .isEqualTo(Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE),
                        scenario));
    }

    /** After a write, the writer sees it, and others only through a volume they share. */
    private static void checkVisibility(Frame frame) {
        Outcome outcome = frame.outcome().orElseThrow();
        if (!(outcome instanceof Outcome.Landed || outcome instanceof Outcome.CopiedUp)
                || outcome.step().op() == Op.RENAME) {
            return;
        }
        int writer = outcome.actor().orElseThrow().replica();
        assertThat(outcome.visibleTo()).contains(writer);
        Lands lands = outcome.place().lands();
        if (lands == Lands.UPPER || lands == Lands.EMPTY_DIR) {
            assertThat(outcome.visibleTo()).containsExactly(writer);
        }
        if (lands == Lands.PVC) {
            ClusterState.VolumeState claim = frame.state().volume(outcome.place().volumeId())
                    .orElseThrow();
            assertThat(outcome.visibleTo()).isSubsetOf(claim.replicas());
        }
    }

    /**
     * A reference model of what each replica should read: the last size written at a path it
     * shares, forgotten on restart (upper), pod replacement (upper, emptyDir) and delete.
     */
    private static final class Model {
        private final Map<String, Long> sizes = new HashMap<>();
        private int compared;

        void reset() {
            sizes.clear();
        }

        void check(Outcome outcome) {
            Step step = outcome.step();
            switch (step.op()) {
                case WRITE, APPEND -> remember(outcome, step);
                case READ -> compare(outcome, step);
                case DELETE, MKDIR -> forget(outcome, step.path());
                case RENAME -> move(outcome, step);
                case CHMOD -> {
                    if (outcome.copyUp()) {
                        sizes.put(key(outcome, step.path()), imageSize(outcome, step.path()));
                    }
                }
                case RESTART -> forgetScope("upper:" + step.replica());
                case DELETE_POD -> {
                    forgetScope("upper:" + step.replica());
                    forgetScope("emptyDir:" + step.replica());
                }
                default -> {
                }
            }
        }

        private void remember(Outcome outcome, Step step) {
            if (outcome.result() != Result.OK) {
                return;
            }
            String key = key(outcome, step.path());
            long before = step.op() == Op.APPEND ? sizes.getOrDefault(key, imageSize(outcome,
                    step.path())) : 0;
            sizes.put(key, before + step.size());
        }

        private void compare(Outcome outcome, Step step) {
            if (outcome instanceof Outcome.Served served && served.place().lands() != Lands.IMAGE) {
                compared++;
                assertThat(served.size()).as("read of %s at step %d", step.path(),
                        step.number()).isEqualTo(sizes.get(key(outcome, step.path())));
            }
        }

        private void forget(Outcome outcome, String path) {
            if (outcome.result() == Result.OK) {
                String key = key(outcome, path);
                sizes.keySet().removeIf(k -> k.equals(key) || k.startsWith(key + "/"));
            }
        }

        private void move(Outcome outcome, Step step) {
            if (outcome.result() != Result.OK) {
                return;
            }
            String scope = key(outcome, "");
            Map<String, Long> moved = new HashMap<>();
            sizes.entrySet().removeIf(e -> {
                String path = e.getKey().substring(scope.length());
                boolean under = e.getKey().startsWith(scope) && (path.equals(step.path())
                        || path.startsWith(step.path() + "/"));
                if (under) {
                    moved.put(scope + step.to() + path.substring(step.path().length()),
                            e.getValue());
                }
                return under;
            });
            forget(outcome, step.to());
            if (outcome.copyUp()) {
                moved.put(scope + step.to(), imageSize(outcome, step.path()));
            }
            sizes.putAll(moved);
        }

        private void forgetScope(String scope) {
            sizes.keySet().removeIf(k -> k.startsWith(scope + "|"));
        }

        private static long imageSize(Outcome outcome, String path) {
            return switch (path) {
                case "/app/app.py" -> 1290;
                case "/app/requirements.txt" -> 14;
                case "/app/static/site.css" -> 300;
                default -> 0;
            };
        }

        private static String key(Outcome outcome, String path) {
            int replica = outcome.actor().orElseThrow().replica();
            return switch (outcome.place().lands()) {
                case PVC -> "pvc|" + path;
                case EMPTY_DIR -> "emptyDir:" + replica + "|" + path;
                default -> "upper:" + replica + "|" + path;
            };
        }
    }

    private static Scenario random(long seed, int count) {
        Random random = new Random(seed);
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Op op = OPS[random.nextInt(OPS.length)];
            String path = PATHS.get(random.nextInt(PATHS.size()));
            String to = op == Op.RENAME ? PATHS.get(random.nextInt(PATHS.size())) : "";
            steps.add(new Step(i, op, op.takesPath() ? path : "", to, 1 + random.nextInt(3), 0,
                    "", "", 1 + random.nextInt(5000), "", HERE));
        }
        return new Scenario("random " + seed, 1 + random.nextInt(3), steps);
    }
}
