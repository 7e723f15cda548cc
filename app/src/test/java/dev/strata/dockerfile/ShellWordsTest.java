package dev.strata.dockerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.strata.SharedFiles;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShellWordsTest {
    private static final Path LEXER =
            SharedFiles.resolve("conformance", "dockerfile-buildkit", "shell-lexer");
    private static final SourcePosition HERE = new SourcePosition("Dockerfile", 3, 1);
    private static final ShellWords SHELL = ShellWords.withEscape('\\');
    private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "");

    private static String word(String input) {
        return SHELL.word(input, ENV, HERE);
    }

    @Test
    void plainAndBracedVariablesExpand() {
        assertThat(word("$SET-${SET}_$UNSET.")).isEqualTo("value-value_.");
    }

    @Test
    void colonDashUsesDefaultWhenUnsetOrEmpty() {
        assertThat(word("${UNSET:-d} ${EMPTY:-d} ${SET:-d}")).isEqualTo("d d value");
    }

    @Test
    void dashUsesDefaultOnlyWhenUnset() {
        assertThat(word("${UNSET-d}|${EMPTY-d}|${SET-d}")).isEqualTo("d||value");
    }

    @Test
    void colonPlusUsesAlternativeWhenSetAndNotEmpty() {
        assertThat(word("${UNSET:+a}|${EMPTY:+a}|${SET:+a}")).isEqualTo("||a");
    }

    @Test
    void plusUsesAlternativeWhenSetEvenIfEmpty() {
        assertThat(word("${UNSET+a}|${EMPTY+a}|${SET+a}")).isEqualTo("|a|a");
    }

    @Test
    void bracketsInPatternsHoldLiteralMembersAndRanges() {
        assertThat(word("${SET#[&v]}|${SET#[a-v]}|${SET%[!]x]}|${SET%[]e]}"))
                .isEqualTo("alue|alue|valu|valu");
    }

    @Test
    void aRangeWrittenBackwardsIsBadInput() {
        assertThatThrownBy(() -> word("${SET#[z-a]}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad pattern `[z-a]`");
    }

    @Test
    void aPatternThatWouldBacktrackForeverIsBadInputNotAHang() {
        String runaway = "*a*a*a*a*a*a*a*a*a*a*a*a*b";
        Map<String, String> env = Map.of("V", "a".repeat(50));
        for (String expansion : List.of("${V%%" + runaway + "}", "${V#" + runaway + "}",
                "${V//" + runaway + "/x}")) {
            assertThatThrownBy(() -> SHELL.word(expansion, env, HERE))
                    .as(expansion).isInstanceOf(InputException.class)
                    .hasMessageContaining("pattern `" + runaway + "` needs too much"
                            + " backtracking");
        }
    }

    @Test
    void longValuesStillTrimWithinTheirBudget() {
        String path = "/" + "segment/".repeat(500) + "file.tar.gz";
        Map<String, String> env = Map.of("P", path);

        assertThat(SHELL.word("${P##*/}|${P%%.*}|${P//s*t/x}", env, HERE))
                .isEqualTo("file.tar.gz|" + path.substring(0, path.indexOf('.')) + "|"
                        + path.replaceAll("s.*t", "x"));
    }

    @Test
    void singleQuotesKeepDollarsAndEscapes() {
        assertThat(word("'$SET \\n'")).isEqualTo("$SET \\n");
    }

    @Test
    void doubleQuotesExpandAndEscapeOnlyQuoteDollarAndEscape() {
        assertThat(word("\"$SET \\$SET \\\" \\n\"")).isEqualTo("value $SET \" \\n");
    }

    @Test
    void escapeOutsideQuotesTakesTheNextCharacterLiterally() {
        assertThat(word("a\\ b\\$SET")).isEqualTo("a b$SET");
    }

    @Test
    void backtickEscapeLeavesBackslashAlone() {
        String result = ShellWords.withEscape('`').word("C:\\dir `$SET", ENV, HERE);

        assertThat(result).isEqualTo("C:\\dir $SET");
    }

    @Test
    void wordsSplitOnUnquotedBlanksAndUnquotedValues() {
        List<String> words = SHELL.words("a \"b c\" $V", Map.of("V", "d e"), HERE);

        assertThat(words).containsExactly("a", "b c", "d", "e");
    }

    @Test
    void unmatchedQuoteIsAnErrorAtTheGivenPosition() {
        assertThatThrownBy(() -> word("\"abc"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("Dockerfile:3:1: failed to process \"\\\"abc\": ");
    }

    @Test
    void questionMarkFailsForAnUnsetVariable() {
        assertThatThrownBy(() -> word("${UNSET:?must be set}"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("UNSET: must be set");
    }

    static Stream<Arguments> envVarCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(LEXER.resolve("envVarTest"))) {
            String[] fields = line.split("\\|", -1);
            if (line.isBlank() || line.startsWith("#") || fields[0].trim().equals("W")) {
                continue;
            }
            cases.add(Arguments.of(fields[1].trim(), fields[2].trim()));
        }
        return cases.stream();
    }

    /** BuildKit's shell/envVarTest on Unix, with its environment. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("envVarCases")
    void expandsAsBuildKitDoes(String input, String expected) {
        Map<String, String> env = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어",
                "NULL", "");

        if (expected.equals("error")) {
            assertThatThrownBy(() -> SHELL.word(input, env, HERE))
                    .isInstanceOf(InputException.class);
        } else {
            assertThat(SHELL.word(input, env, HERE)).isEqualTo(expected);
        }
    }

    static Stream<Arguments> wordsCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LEXER.resolve("wordsTest"))) {
            if (line.startsWith("ENV ")) {
                String[] kv = line.substring(3).stripLeading().split("=", 2);
                env.put(kv[0], kv[1]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\\|", 2);
                List<String> expected = Arrays.asList(fields[1].stripLeading().split(",", -1));
                cases.add(Arguments.of(fields[0].trim(), expected, Map.copyOf(env)));
            }
        }
        return cases.stream();
    }

    /** BuildKit's shell/wordsTest, where ENV lines add to the environment of later lines. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("wordsCases")
    void splitsWordsAsBuildKitDoes(String input, List<String> expected, Map<String, String> env) {
        List<String> words;
        try {
            words = SHELL.words(input, env, HERE);
        } catch (InputException e) {
            words = List.of("error");
        }
        assertThat(words).isEqualTo(expected);
    }
}
