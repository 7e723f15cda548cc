package dev.strata.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.strata.source.InputException;
import dev.strata.workspace.Workspace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** A scenario is parsed and, when it parses, played on the tour sample. */
class ScenarioFuzzTest {
    private static final Workspace TOUR = tour();

    @FuzzTest(maxDuration = FuzzLimits.DURATION)
    @Timeout(value = FuzzLimits.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void parsesAndPlaysAnyTextOrSaysWhatIsWrong(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            TOUR.withScenario(new Workspace.Text("fuzz.strata", text)).play();
        } catch (InputException expected) {
            // Bad input is reported, which is all this target asks.
        }
    }

    private static Workspace tour() {
        try {
            return Workspace.sample("tour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
