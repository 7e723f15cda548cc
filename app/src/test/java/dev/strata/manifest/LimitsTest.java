package dev.strata.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.strata.manifest.Inputs.assertFailsAt;
import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile or broken input stops early with a message at a position. */
class LimitsTest {
    /** Nine levels of nine aliases each: a billion "lol"s if anything expanded them. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [")
                .append("lol, ".repeat(8)).append("lol]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "*" : ", *").append(previous);
            }
            yaml.append("]\n");
            previous = level;
        }
        return yaml.toString();
    }

    @Test
    void aliasBombStopsFastWithAMessageAboutAliases() {
        String bomb = billionLaughs();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> load(bomb))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("too many aliases")
                .hasMessageStartingWith("m.yaml:7:"));
    }

    @Test
    void deepNestingStopsWithAMessageAboutDepth() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";

        assertThatThrownBy(() -> load(deep))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.yaml:1:")
                .hasMessageContaining("nested more than 100 levels deep");
    }

    @Test
    void fileOverEightMebibytesStopsBeforeParsing() {
        String huge = "big: " + "x".repeat(9 * 1024 * 1024) + "\n";

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> load(huge))
                .isInstanceOf(InputException.class)
                .hasMessage("m.yaml:1:1: the file is larger than 8 MiB;"
                        + " Strata reads manifests up to that"));
    }

    @Test
    void documentOverThreeMebibytesStops() {
        String huge = "apiVersion: v1\nkind: ConfigMap\ndata:\n  big: |\n"
                + ("    " + "x".repeat(59) + "\n").repeat(52_000);

        assertThatThrownBy(() -> load(huge))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a document is larger than 3 MiB");
    }

    @Test
    void documentsUnderTheLimitEachCountSeparately() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata:\n  big: |\n"
                + ("    " + "x".repeat(59) + "\n").repeat(30_000);

        Manifest manifest = load(doc.formatted("a") + "---\n" + doc.formatted("b") + "---\n"
                + doc.formatted("c"));

        assertThat(manifest.configMaps()).hasSize(3).allSatisfy(c -> assertThat(c.keys())
                .singleElement().extracting(DataKey::bytes).isEqualTo(30_000L * 60));
    }

    @Test
    void listThatContainsItselfThroughAnAliasStops() {
        String loop = """
                apiVersion: v1
                kind: List
                items: &items
                  - apiVersion: v1
                    kind: List
                    items: *items
                """;

        assertThatThrownBy(() -> load(loop))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("does a List contain itself");
    }

    @Test
    void yamlSyntaxErrorNamesTheProblemAtItsPosition() {
        assertFailsAt("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a: b
                """, 4, 10, "not valid YAML: mapping values are not allowed here");
    }

    @Test
    void unclosedQuoteIsASyntaxError() {
        assertThatThrownBy(() -> load("apiVersion: v1\nkind: \"Pod\nmetadata: {}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.yaml:")
                .hasMessageContaining("not valid YAML: found unexpected end of stream");
    }

    @Test
    void globalTagsAreRefusedBeforeAnythingIsConstructed() {
        assertFailsAt("""
                apiVersion: v1
                kind: !!javax.script.ScriptEngineManager [x]
                """, 2, 7, "Global tag is not allowed");
    }

    @Test
    void localTagsConstructNothingAndAreJustTheWrongType() {
        assertFailsAt("""
                apiVersion: v1
                kind: !pod [x]
                """, 2, 7, "kind: must be a string, found a list");
    }

    @Test
    void missingFileIsBadInputNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ManifestLoader.load(missing))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ":1:1: no such file");
    }

    @Test
    void fileThatIsNotUtf8IsBadInput(@TempDir Path dir) throws IOException {
        byte[] eAcuteInLatin1 = {'a', ':', ' ', (byte) 0xE9};
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), eAcuteInLatin1);

        assertThatThrownBy(() -> ManifestLoader.load(latin1))
                .isInstanceOf(InputException.class)
                .hasMessage(latin1 + ":1:1: is not UTF-8 text");
    }

    @Test
    void emptyFileIsAnEmptyManifest() {
        Manifest manifest = load("# nothing here\n");

        assertThat(manifest.workloads()).isEmpty();
        assertThat(manifest.claims()).isEmpty();
        assertThat(manifest.ignored()).isEmpty();
    }

    @Test
    void fiftyMegabyteFileStopsBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        String line = "- " + "x".repeat(97) + "\n";
        try (var out = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 500_000; i++) {
                out.write(line);
            }
        }

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThatThrownBy(
                () -> ManifestLoader.load(big))
                .isInstanceOf(InputException.class)
                .hasMessage(big + ":1:1: the file is larger than 8 MiB;"
                        + " Strata reads manifests up to that"));
    }

    @Test
    void binaryGarbageIsNotUtf8(@TempDir Path dir) throws IOException {
        byte[] garbage = new byte[4096];
        new Random(4).nextBytes(garbage);
        garbage[0] = (byte) 0x89;
        Path file = Files.write(dir.resolve("garbage.yaml"), garbage);

        assertThatThrownBy(() -> ManifestLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":1:1: is not UTF-8 text");
    }

    @Test
    void controlCharactersInUtf8TextFailWhereTheyAre() {
        assertFailsAt("apiVersion: v1\nkind: P\u0000od\n", 2, 8,
                "not valid YAML: the character U+0000 is not allowed in YAML");
    }

    @Test
    void tabsForIndentationFailAtTheTab() {
        assertFailsAt("""
                apiVersion: v1
                kind: Pod
                metadata:
                \tname: p
                """, 4, 1, "not valid YAML: a tab cannot indent YAML; indent with spaces");
    }
}
