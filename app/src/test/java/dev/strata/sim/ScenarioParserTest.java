package dev.strata.sim;

import java.io.IOException;
import java.nio.file.Path;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioParserTest {
    private static final Path SAMPLES = Path.of("..", "assets", "samples");

    @ParameterizedTest
    @ValueSource(strings = {"no-volumes", "emptydir-logs", "shared-pvc", "rwo-pvc", "tour"})
    void everyBundledScenarioParses(String name) throws IOException {
        Scenario scenario = ScenarioParser.parse(SAMPLES.resolve(name + ".strata"));

        assertThat(scenario.nodes()).isEqualTo(2);
        assertThat(scenario.steps()).isNotEmpty();
        assertThat(scenario.title()).isNotBlank();
    }

    @Test
    void tourStartsWithWritesIntoUpperEmptyDirAndClaim() throws IOException {
        Scenario tour = ScenarioParser.parse(SAMPLES.resolve("tour.strata"));

        assertThat(tour.steps()).extracting(Step::op).startsWith(Op.WRITE, Op.WRITE, Op.WRITE);
        assertThat(tour.steps()).extracting(Step::path).startsWith("/app/cache/session.txt",
                "/var/log/app/app.log", "/data/uploads/photo.jpg");
        assertThat(tour.steps().get(0).size()).isEqualTo(4096);
        assertThat(tour.steps().get(2).replica()).isEqualTo(2);
    }

    @Test
    void stepsTakeTheirArgumentsAndDefaults() {
        Scenario scenario = ScenarioParser.parse("""
                steps:
                  - write: /a
                  - rename: /a
                    to: /b
                    replica: 2
                  - restart: 3
                  - scale: 5
                  - rollout:
                  - say: Look.
                """, "s.strata");

        assertThat(scenario.title()).isEqualTo("Scenario");
        assertThat(scenario.nodes()).isEqualTo(Scenario.DEFAULT_NODES);
        assertThat(scenario.steps()).extracting(Step::op).containsExactly(
                Op.WRITE, Op.RENAME, Op.RESTART, Op.SCALE, Op.ROLLOUT, Op.SAY);
        assertThat(scenario.steps().get(0).size()).isEqualTo(Step.DEFAULT_SIZE);
        assertThat(scenario.steps().get(1).to()).isEqualTo("/b");
        assertThat(scenario.steps().get(2).replica()).isEqualTo(3);
        assertThat(scenario.steps().get(3).count()).isEqualTo(5);
        assertThat(scenario.steps().get(5).say()).isEqualTo("Look.");
        assertThat(scenario.steps().get(1).position().line()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"512, 512", "4KiB, 4096", "2Ki, 2048", "2KB, 2000", "1MiB, 1048576",
            "3GB, 3000000000", "1.5KiB, 1536", "1TiB, 1099511627776",
            "1PiB, 1125899906842624", "1PB, 1000000000000000"})
    void sizesAcceptBytesAndQuantities(String size, long bytes) {
        Scenario scenario = ScenarioParser.parse("steps:\n  - write: /a\n    size: " + size,
                "s.strata");

        assertThat(scenario.steps().get(0).size()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "steps:\\n  - write: /a\\n    colour: red|s.strata:3:5: unknown key `colour`",
        "steps:\\n  - write: /a\\n    read: /b|s.strata:3:5: a step has exactly one op",
        "steps:\\n  - rename: /a|s.strata:2:5: rename needs `to`",
        "steps:\\n  - write: a.txt|s.strata:2:12: write needs an absolute path",
        "steps:\\n  - write: /a\\n    size: lots|s.strata:3:11: size must be bytes",
        "nodes: 0\\nsteps: []|s.strata:1:8: nodes must be between 1 and 100",
        "steps:\\n  - replica: 2|s.strata:2:5: a step needs one op",
        "steps: {write: /a}|s.strata:1:8: steps must be a list",
        "title: a\\ntitle: b|s.strata:2:1: `title` is given twice",
        "steps:\\n  - write: [/a|s.strata:2:15: expected ',' or ']'",
        "steps:\\n  - read: /a\\n    size: 1|s.strata:2:5: `size` belongs to write and append",
        "steps:\\n  - say: hi\\n    size: 1|s.strata:2:5: `size` belongs to write and append",
        "steps:\\n  - write: /a\\n    size: 2EiB|s.strata:3:11: size must be bytes",
        "steps:\\n  - write: /a\\n    size: 2PiB|s.strata:3:11: size must be at most 1PiB",
        "steps:\\n  - write: /a\\n    size: 2000TiB|s.strata:3:11: size must be at most 1PiB"
    })
    void mistakesNameTheirLineAndColumn(String text, String message) {
        assertThatThrownBy(() -> ScenarioParser.parse(text.replace("\\n", "\n"), "s.strata"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void anEmptyFileIsBadInput() {
        assertThatThrownBy(() -> ScenarioParser.parse("", "e.strata"))
                .isInstanceOf(InputException.class)
                .hasMessage("e.strata:1:1: the scenario is empty");
    }

    @Test
    void aPathWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> ScenarioParser.parse("steps:\n  - write: \"/a\\0b\"\n",
                "s.strata"))
                .isInstanceOf(InputException.class)
                .hasMessage("s.strata:2:12: write holds a control character, which no path can");
    }
}
