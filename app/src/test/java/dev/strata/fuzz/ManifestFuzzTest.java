package dev.strata.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.strata.manifest.ManifestLoader;
import dev.strata.source.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

class ManifestFuzzTest {
    @FuzzTest(maxDuration = FuzzLimits.DURATION)
    @Timeout(value = FuzzLimits.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void loadsAnyTextOrSaysWhatIsWrong(byte[] bytes) {
        try {
            ManifestLoader.load(new String(bytes, StandardCharsets.UTF_8), "fuzz.yaml");
        } catch (InputException expected) {
            // Bad input is reported, which is all this target asks.
        }
    }
}
