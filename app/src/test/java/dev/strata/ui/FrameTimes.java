package dev.strata.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints frame times of the tour with 12 and 100 replicas: {@code -Dstrata.probe=true}.
 * Reports only; timing depends on the machine, so nothing is asserted.
 */
@EnabledIfSystemProperty(named = "strata.probe", matches = "true")
class FrameTimes {
    @Test
    void twelveAndAHundredReplicas() throws Exception {
        for (int size : new int[] {1280, 1920}) {
            int height = size == 1280 ? 720 : 1080;
            System.out.println(FrameTimeProbe.run("12 replicas at " + size,
                    SampleTimelines.scaled(12, 3), size, height, 1));
            System.out.println(FrameTimeProbe.run("100 replicas at " + size,
                    SampleTimelines.scaled(100, 4), size, height, 1));
        }
    }
}
