package dev.strata.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Ignore-file rules from the Docker docs (docs.docker.com/build/concepts/context/
 * #dockerignore-files) and the reference implementation they describe: moby/patternmatcher
 * (ignorefile.ReadAll, New, compile, MatchesUsingParentResults) as tonistiigi/fsutil's walk
 * uses it when BuildKit sends the context.
 */
class DockerIgnoreTest {
    private static DockerIgnore rules(String text) {
        return DockerIgnore.parse(text.getBytes(StandardCharsets.UTF_8), ".dockerignore");
    }

    private static boolean excluded(String text, String path) {
        return rules(text).test(path).excluded();
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> rules(text)).isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    /** One pattern, one path: patternmatcher_test.go TestMatches, walked as fsutil walks. */
    static Stream<Arguments> patternmatcherTable() {
        return Stream.of(
                arguments("**", "file", true),
                arguments("**", "dir/file", true),
                arguments("**/", "dir/file", true),
                arguments("**/**", "dir/file", true),
                arguments("dir/**", "dir/file", true),
                arguments("dir/**", "dir/dir2/file", true),
                arguments("**/dir", "dir", true),
                arguments("**/dir", "dir/file", true),
                arguments("**/dir2/*", "dir/dir2/file", true),
                arguments("**/dir2/**", "dir/dir2/dir3/file", true),
                arguments("**file", "file", true),
                arguments("**file", "dir/file", true),
                arguments("**/file", "dir/file", true),
                arguments("**file", "dir/dir/file", true),
                arguments("**/file*", "dir/dir/file.txt", true),
                arguments("**/file*txt", "dir/dir/file.txt", true),
                arguments("**/file*.txt*", "dir/dir/file.txt", true),
                arguments("**/**/*.txt", "dir/dir/file.txt", true),
                arguments("**/**/*.txt2", "dir/dir/file.txt", false),
                arguments("**/*.txt", "file.txt", true),
                arguments("**/**/*.txt", "file.txt", true),
                arguments("a**/*.txt", "a/file.txt", true),
                arguments("a**/*.txt", "a/dir/dir/file.txt", true),
                arguments("a/*.txt", "a/dir/file.txt", false),
                arguments("a/*.txt", "a/file.txt", true),
                arguments("a/*.txt**", "a/file.txt", true),
                arguments("a[b-d]e", "ae", false),
                arguments("a[b-d]e", "ace", true),
                arguments("a[b-d]e", "aae", false),
                arguments("a[^b-d]e", "aze", true),
                arguments(".*", ".foo", true),
                arguments(".*", "foo", false),
                arguments("abc.def", "abcdef", false),
                arguments("abc.def", "abc.def", true),
                arguments("abc.def", "abcZdef", false),
                arguments("abc?def", "abcZdef", true),
                arguments("abc?def", "abcdef", false),
                arguments("a\\\\", "a\\", true),
                arguments("**/foo/bar", "foo/bar", true),
                arguments("**/foo/bar", "dir/foo/bar", true),
                arguments("**/foo/bar", "dir/dir2/foo/bar", true),
                arguments("abc/**", "abc", false),
                arguments("abc/**", "abc/def", true),
                arguments("abc/**", "abc/def/ghi", true),
                arguments("**/.foo", ".foo", true),
                arguments("**/.foo", "bar.foo", false),
                arguments("a(b)c/def", "a(b)c/def", true),
                arguments("a(b)c/def", "a(b)c/xyz", false),
                arguments("a.|)$(}+{bc", "a.|)$(}+{bc", true),
                arguments("dist/*.whl",
                        "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true),
                arguments("a\\*b", "a*b", true),
                arguments("a\\*b", "axb", false));
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @MethodSource("patternmatcherTable")
    void patternExcludesAsPatternmatcherDoes(String pattern, String path, boolean expected) {
        assertThat(excluded(pattern, path)).isEqualTo(expected);
    }

    /** The docs' example file: "# comment", "*&#47;temp*", "*&#47;*&#47;temp*", "temp?". */
    static Stream<Arguments> docsExample() {
        return Stream.of(
                arguments("somedir/temporary.txt", true),
                arguments("somedir/temp", true),
                arguments("somedir/temp/inside", true),
                arguments("temporary.txt", false),
                arguments("somedir/subdir/temporary.txt", true),
                arguments("a/b/c/temporary.txt", false),
                arguments("tempa", true),
                arguments("tempb", true),
                arguments("temp", false),
                arguments("tempab", false),
                arguments("# comment", false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("docsExample")
    void docsExampleFile(String path, boolean expected) {
        String file = "# comment\n*/temp*\n*/*/temp*\ntemp?\n";

        assertThat(excluded(file, path)).isEqualTo(expected);
    }

    @Test
    void docsRootIsBothWorkingAndRootDirectory() {
        assertThat(excluded("/foo/bar", "foo/bar")).isTrue();
        assertThat(excluded("foo/bar", "foo/bar")).isTrue();
        assertThat(excluded("foo/bar", "x/foo/bar")).isFalse();
    }

    @Test
    void docsDoubleStarMatchesAnyNumberOfDirectoriesIncludingNone() {
        assertThat(excluded("**/*.go", "main.go")).isTrue();
        assertThat(excluded("**/*.go", "cmd/tool/main.go")).isTrue();
        assertThat(excluded("**/*.go", "main.golang")).isFalse();
    }

    @Test
    void docsExceptionKeepsReadme() {
        String file = "*.md\n!README.md\n";

        assertThat(excluded(file, "CHANGES.md")).isTrue();
        assertThat(excluded(file, "README.md")).isFalse();
    }

    @Test
    void docsLastMatchingLineWinsSecretExcluded() {
        String file = "*.md\n!README*.md\nREADME-secret.md\n";

        assertThat(excluded(file, "README-secret.md")).isTrue();
        assertThat(excluded(file, "README-public.md")).isFalse();
        assertThat(excluded(file, "NOTES.md")).isTrue();
    }

    @Test
    void docsLastMatchingLineWinsSecretIncluded() {
        String file = "*.md\nREADME-secret.md\n!README*.md\n";

        assertThat(excluded(file, "README-secret.md")).isFalse();
    }

    @Test
    void docsStarThenExceptionsListWhatToInclude() {
        String file = "*\n!src\n!go.mod\n";

        assertThat(excluded(file, "src/main.go")).isFalse();
        assertThat(excluded(file, "go.mod")).isFalse();
        assertThat(excluded(file, "secrets/key")).isTrue();
    }

    @Test
    void excludedDirectoryExcludesEverythingInIt() {
        assertThat(excluded("node_modules", "node_modules/left-pad/index.js")).isTrue();
        assertThat(excluded("node_modules/", "node_modules/left-pad/index.js")).isTrue();
        assertThat(excluded("node_modules", "src/node_modules/x")).isFalse();
    }

    /** patternmatcher TestMatches, multiPatternTests. */
    @Test
    void exceptionBelowAnExcludedTreeReincludesOnlyWhatItNames() {
        String file = "**\n!util/docker/web\n";

        assertThat(excluded(file, "util/docker/web/foo")).isFalse();
        assertThat(excluded(file, "util/docker/other")).isTrue();
        assertThat(excluded(file + "util/docker/web/foo\n", "util/docker/web/foo")).isTrue();
        assertThat(excluded("**\n!dist/*.whl\n", "dist/a-1.0-py3-none-any.whl")).isFalse();
    }

    /** fsutil filter_test.go TestFilteredOpenInvert. */
    @Test
    void exceptionsAndExclusionsNestInTurn() {
        String file = "foo\n!foo/bar\nfoo/bar/baz\n!foo/bar/baz/x\n";

        assertThat(excluded(file, "foo/bar/baz/x")).isFalse();
        assertThat(excluded(file, "foo/bar/baz/y")).isTrue();
        assertThat(excluded(file, "foo/bar/other")).isFalse();
        assertThat(excluded(file, "foo/other")).isTrue();
    }

    /**
     * MatchesUsingParentResults, which fsutil's walk calls, records for a directory only the
     * patterns it evaluated; {@code !a} is skipped at {@code a}, which nothing excluded yet,
     * and below it is tested against {@code a/x} alone. MatchesOrParentMatches would have
     * kept {@code a/x}; what BuildKit sends is what the walk decides.
     */
    @Test
    void exceptionOfAParentListedLaterDoesNotReachBackAsTheWalkSeesIt() {
        assertThat(excluded("a/x\n!a\n", "a/x")).isTrue();
        assertThat(excluded("a/x\n!a\n", "a/y")).isFalse();
    }

    /** compile's suffixMatch: a pattern starting with ** and plain after is a suffix test. */
    @Test
    void leadingDoubleStarWithPlainRestIsASuffixTest() {
        assertThat(excluded("**.log", "build.log")).isTrue();
        assertThat(excluded("**.log", "a/b/build.log")).isTrue();
        assertThat(excluded("**file", "dir/myfile")).isTrue();
        assertThat(excluded("**/file", "dir/myfile")).isFalse();
    }

    /** compile passes [ and ] through to Go's regexp, whose POSIX classes therefore work. */
    @Test
    void classesAreReadAsGoRegexpReadsThem() {
        assertThat(excluded("[[:digit:]]*.txt", "1st.txt")).isTrue();
        assertThat(excluded("[[:digit:]]*.txt", "first.txt")).isFalse();
        assertThat(excluded("log[0-9]", "log7")).isTrue();
        assertThat(excluded("log[!0-9]", "log!")).isTrue();
        assertThat(excluded("log[!0-9]", "logx")).isFalse();
        assertThat(excluded("a[?]", "a?")).isFalse();
        assertThat(excluded("a[?]", "a^]")).isTrue();
    }

    /** compile keeps a backslash and the letter after it, which Go's regexp then reads. */
    @Test
    void escapedLettersAreGoRegexpEscapes() {
        assertThat(excluded("log\\d", "log5")).isTrue();
        assertThat(excluded("log\\d", "logd")).isFalse();
        assertThat(excluded("\\pL\\pN", "\u00e97")).isTrue();
        assertThat(excluded("\\pL\\pN", "77")).isFalse();
        assertThat(excluded("a\\x2ab", "a*b")).isTrue();
        assertThat(excluded("a\\*b", "a*b")).isTrue();
    }

    /** fsutil filter.go: an excluded directory is walked only if an exception could reach in. */
    @Test
    void excludedDirectoryIsEnteredOnlyIfAnExceptionCouldReachInside() {
        DockerIgnore named = rules("node_modules\ndocs\n!docs/README.md\n!doc/x\n");
        DockerIgnore wild = rules("node_modules\n!**/keep\n");

        assertThat(named.mayReincludeBelow("docs")).isTrue();
        assertThat(named.mayReincludeBelow("node_modules")).isFalse();
        assertThat(named.mayReincludeBelow("do")).isFalse();
        assertThat(rules("out\n!out/keep/**\n").mayReincludeBelow("out/keep")).isTrue();
        assertThat(rules("out\n").mayReincludeBelow("out")).isFalse();
        assertThat(wild.mayReincludeBelow("node_modules")).isTrue();
    }

    @Test
    void starAndQuestionMarkStopAtSlash() {
        assertThat(excluded("a*", "ab/c")).isTrue();
        assertThat(excluded("a*/b", "a/c/b")).isFalse();
        assertThat(excluded("a?c", "a/c")).isFalse();
    }

    @Test
    void commentOnlyWhenHashIsInColumnOne() {
        assertThat(excluded("# a.txt\n", "a.txt")).isFalse();
        assertThat(excluded("# a.txt\n", "# a.txt")).isFalse();
        assertThat(excluded("  #a.txt\n", "#a.txt")).isTrue();
    }

    @Test
    void linesAreTrimmedCleanedAndStrippedOfLeadingSlash() {
        assertThat(excluded("  build/  \n", "build/out")).isTrue();
        assertThat(excluded("./build//out/../out/\n", "build/out")).isTrue();
        assertThat(excluded("//build\n", "build")).isTrue();
        assertThat(excluded("\t\n   \n", "anything")).isFalse();
    }

    @Test
    void bomCarriageReturnsAndAMissingFinalNewlineAreRead() {
        assertThat(excluded("\uFEFFa.txt\r\nb.txt", "a.txt")).isTrue();
        assertThat(excluded("\uFEFFa.txt\r\nb.txt", "b.txt")).isTrue();
        assertThat(excluded("x\n\uFEFFa.txt\n", "a.txt")).isFalse();
    }

    /** Cleaning "/ /" leaves a blank, which patternmatcher.New trims away and skips. */
    @Test
    void patternLeftBlankByCleaningIsSkipped() {
        assertThat(excluded("/ /\n", ".")).isFalse();
        refused("!/ /\n", ".dockerignore:1:1: a lone ! excepts nothing:"
                + " write the pattern to re-include after it");
    }

    @Test
    void spaceAfterTheExclamationMarkIsTrimmed() {
        assertThat(excluded("*.md\n!   README.md\n", "README.md")).isFalse();
    }

    @Test
    void contextRootIsNeverExcluded() {
        assertThat(rules("**\n*\n.\n").test("").excluded()).isFalse();
    }

    @Test
    void unclosedClassIsRefusedAtItsBracket() {
        refused("ok\n  src/[abc\n",
                ".dockerignore:2:7: bad pattern \"src/[abc\": [ is never closed with ]");
    }

    @Test
    void emptyClassAndOpenRangeAreRefused() {
        refused("a[]\n", ".dockerignore:1:3: bad pattern \"a[]\": "
                + "a character class [] must hold a character");
        refused("a[b-]\n", ".dockerignore:1:5: bad pattern \"a[b-]\": "
                + "a range must end with a character before ]");
        refused("a[-b]\n", ".dockerignore:1:3: bad pattern \"a[-b]\": "
                + "- must follow a character in a character class");
    }

    @Test
    void trailingBackslashIsRefused() {
        refused("dir/a\\\n", ".dockerignore:1:6: bad pattern \"dir/a\\\\\": "
                + "\\ at the end escapes nothing");
    }

    @Test
    void loneExclamationMarkIsRefused() {
        refused("a\n\n   !  \n", ".dockerignore:3:4: a lone ! excepts nothing:"
                + " write the pattern to re-include after it");
        refused("!/\n", ".dockerignore:1:1: a lone ! excepts nothing:"
                + " write the pattern to re-include after it");
    }

    /** Go's regexp, not filepath.Match, refuses these, when BuildKit first matches a path. */
    @Test
    void whatGoRegexpRefusesIsRefusedToo() {
        refused("log[9-0]\n", ".dockerignore:1:5: bad pattern \"log[9-0]\": "
                + "the range 9-0 goes backwards");
        refused("x/[[:nope:]]\n", ".dockerignore:1:4: bad pattern \"x/[[:nope:]]\": "
                + "there is no character class [:nope:]");
        refused("a\\yb\n", ".dockerignore:1:2: bad pattern \"a\\\\yb\": "
                + "Go does not know the escape \\y");
    }

    @Test
    void positionPointsIntoTheLineWhereTheCleanedPatternIsFound() {
        refused("  ./x/../[\n", ".dockerignore:1:10: bad pattern \"[\": "
                + "[ is never closed with ]");
    }

    @Test
    void positionFallsBackToTheLineStartWhenCleaningChangedThePattern() {
        refused("  a//[\n", ".dockerignore:1:3: bad pattern \"a/[\": "
                + "[ is never closed with ]");
    }

    @Test
    void lineTooLongForBuildKitsScannerIsRefused() {
        String file = "a\n" + "b".repeat(70_000) + "\n";

        refused(file, ".dockerignore:2:1: a line longer than 64 KiB, which BuildKit's"
                + " scanner refuses");
    }

    /** Whatever the bytes, the file is read or refused with a position; nothing else. */
    @Test
    void randomPatternsAreReadOrRefusedWithAPosition() {
        Random random = new Random(20240611);
        String alphabet = "ab/.*?[]^!-\\:{}()$+|#pPdxQE0 \t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                DockerIgnore read = rules(line.toString());
                read.test("a/b.c/" + line);
            } catch (InputException refused) {
                assertThat(refused.position().file()).isEqualTo(".dockerignore");
                assertThat(refused.position().line()).isEqualTo(1);
            }
        }
    }

    @Test
    void aPatternThatWouldBacktrackForeverIsStoppedAtItsLine() {
        DockerIgnore runaway = rules("# caches\n  *a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n");

        assertThatThrownBy(() -> runaway.test("a".repeat(60)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(".dockerignore:2:3: pattern "
                        + "\"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\" needs too much backtracking");
    }

    @Test
    void realPatternsTestVeryLongPathsWithinTheirBudget() {
        String deep = ("d".repeat(99) + "/").repeat(40) + "main_test.go";
        DockerIgnore rules = rules("**/*.go\n*/temp*\n**/node_modules/**\n"
                + "!**/d*/**/*_test.go\nd?d*/**/x[0-9]*\n");

        assertThat(rules.test(deep).excluded()).isFalse();
        assertThat(rules.test(deep.replace("main_test.go", "main.go")).excluded()).isTrue();
    }
}
