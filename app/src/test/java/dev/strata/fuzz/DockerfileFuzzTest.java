package dev.strata.fuzz;

import java.util.concurrent.TimeUnit;

import dev.strata.dockerfile.Dockerfile;
import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.source.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

class DockerfileFuzzTest {
    @FuzzTest(maxDuration = FuzzLimits.DURATION)
    @Timeout(value = FuzzLimits.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void parsesAndPlansAnyBytesOrSaysWhatIsWrong(byte[] bytes) {
        try {
            Dockerfile dockerfile = DockerfileParser.parse(
                    DockerfileParser.decode(bytes, "Dockerfile"), "Dockerfile");
            LayerPlanner.plan(dockerfile, PlanOptions.defaults());
        } catch (InputException expected) {
            // Bad input is reported, which is all this target asks.
        }
    }
}
