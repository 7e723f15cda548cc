package dev.strata.dockerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.strata.source.InputException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan sees the build context BuildKit sends: without what .dockerignore excludes
 * (docs.docker.com/build/concepts/context/#dockerignore-files), and with the Dockerfile's
 * own {@code NAME.dockerignore} taking precedence (BuildKit's dockerui reads
 * {@code filename + ".dockerignore"} beside the Dockerfile before the context's file).
 */
class DockerIgnorePlanTest {
    @TempDir
    Path dir;

    private Path context;

    @BeforeEach
    void lay() throws IOException {
        context = Files.createDirectories(dir.resolve("ctx"));
        write("app.py", "print(1)\n");
        write("prod.env", "KEY=1\n");
        write("docs/README.md", "# read me\n");
        write("docs/guide.md", "## guide\n");
        write("node_modules/pad/index.js", "module.exports = 1;\n");
    }

    private void write(String relative, String content) throws IOException {
        Path file = context.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private ImagePlan plan(String dockerfile) {
        return plan(dockerfile, "Dockerfile");
    }

    private ImagePlan plan(String dockerfile, String name) {
        return LayerPlanner.plan(DockerfileParser.parse(dockerfile, name),
                PlanOptions.defaults().withContext(context));
    }

    private static String[] paths(ImagePlan plan, int layer) {
        return plan.layers().get(layer).files().stream().map(PlannedFile::path)
                .toArray(String[]::new);
    }

    @Test
    void copyAllLeavesOutWhatTheIgnoreFileExcludes() throws IOException {
        write(".dockerignore", "# local only\n*.env\nnode_modules\n");

        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).containsExactlyInAnyOrder("/app", "/app/.dockerignore",
                "/app/app.py", "/app/docs", "/app/docs/README.md", "/app/docs/guide.md");
    }

    @Test
    void withoutAnIgnoreFileEverythingIsCopied() {
        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).contains("/app/prod.env", "/app/node_modules/pad/index.js");
    }

    @Test
    void exceptionBringsBackOneFileOfAnExcludedDirectory() throws IOException {
        write(".dockerignore", "docs\n!docs/README.md\n");

        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).contains("/app/docs", "/app/docs/README.md")
                .doesNotContain("/app/docs/guide.md");
    }

    @Test
    void excludedDirectoryHoldingAnExceptionCanStillBeCopied() throws IOException {
        write(".dockerignore", "docs\n!docs/README.md\n");

        ImagePlan plan = plan("FROM a\nCOPY docs /d\n");

        assertThat(plan.layers().get(0).files()).containsExactly(
                new PlannedFile("/d", 0, true), new PlannedFile("/d/README.md", 10, false));
    }

    /** fsutil filter_test.go TestWalkerExclude: foo*, !foo/bar2. */
    @Test
    void excludedDirectoryIsSentOnlyWithWhatIsReincluded() throws IOException {
        write("bar", "");
        write("foo/bar2", "");
        write("foo/other", "");
        write("foo2", "");
        write(".dockerignore", "foo*\n!foo/bar2\n");

        ImagePlan plan = plan("FROM a\nCOPY . /\n");

        assertThat(paths(plan, 0)).contains("/bar", "/foo", "/foo/bar2")
                .doesNotContain("/foo2", "/foo/other");
    }

    @Test
    void copyOfAnExcludedFileIsNotFoundAtTheInstruction() throws IOException {
        write(".dockerignore", "*.env\n");

        assertThatThrownBy(() -> plan("FROM a\n\n  COPY prod.env /etc/app.env\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:3:3: file not found in build context: prod.env");
    }

    @Test
    void copyOfAFileInAnExcludedDirectoryIsNotFound() throws IOException {
        write(".dockerignore", "node_modules\n");

        assertThatThrownBy(() -> plan("FROM a\nADD node_modules/pad/index.js /x\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: file not found in build context:"
                        + " node_modules/pad/index.js");
    }

    @Test
    void excludedDirectoryWithNothingBroughtBackIsNotFound() throws IOException {
        write(".dockerignore", "docs\n!other\n");

        assertThatThrownBy(() -> plan("FROM a\nCOPY docs /d\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: file not found in build context: docs");
    }

    @Test
    void globSourceSkipsExcludedMatches() throws IOException {
        write("test_app.py", "assert True\n");
        write(".dockerignore", "test_*.py\n");

        ImagePlan plan = plan("FROM a\nCOPY *.py /app/\n");

        assertThat(paths(plan, 0)).containsExactly("/app/app.py");
    }

    @Test
    void globSourceWhoseMatchesAreAllExcludedMatchesNothing() throws IOException {
        write(".dockerignore", "*.env\n");

        assertThatThrownBy(() -> plan("FROM a\nCOPY *.env /etc/\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: no file in build context matches *.env");
    }

    /** The docs: an ignore file may exclude the Dockerfile and itself from COPY. */
    @Test
    void ignoreFileCanExcludeTheDockerfileAndItself() throws IOException {
        write("Dockerfile", "FROM a\n");
        write(".dockerignore", "Dockerfile\n.dockerignore\n");

        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).doesNotContain("/app/Dockerfile", "/app/.dockerignore")
                .contains("/app/app.py");
    }

    @Test
    void dockerfilesOwnIgnoreFileBesideItWinsOverTheContexts() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("build"));
        Path dockerfile = Files.writeString(elsewhere.resolve("web.Dockerfile"),
                "FROM a\nCOPY . /app\n");
        Files.writeString(elsewhere.resolve("web.Dockerfile.dockerignore"), "docs\n");
        write(".dockerignore", "*.py\n");

        ImagePlan plan = plan(Files.readString(dockerfile), dockerfile.toString());

        assertThat(paths(plan, 0)).contains("/app/app.py").doesNotContain("/app/docs");
    }

    @Test
    void contextsIgnoreFileAppliesWhenTheDockerfileHasNoneOfItsOwn() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("build"));
        Path dockerfile = Files.writeString(elsewhere.resolve("web.Dockerfile"),
                "FROM a\nCOPY . /app\n");
        Files.writeString(elsewhere.resolve("other.Dockerfile.dockerignore"), "docs\n");
        write(".dockerignore", "*.py\n");

        ImagePlan plan = plan(Files.readString(dockerfile), dockerfile.toString());

        assertThat(paths(plan, 0)).contains("/app/docs").doesNotContain("/app/app.py");
    }

    /** Text that is not a file on disk is taken for a Dockerfile at the context root. */
    @Test
    void ownIgnoreFileOfADockerfileNotOnDiskIsLookedForInTheContext() throws IOException {
        write("Dockerfile.dockerignore", "docs\n");
        write(".dockerignore", "*.py\n");

        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).contains("/app/app.py").doesNotContain("/app/docs");
    }

    @Test
    void emptyOwnIgnoreFileStillTakesPrecedence() throws IOException {
        write("Dockerfile.dockerignore", "");
        write(".dockerignore", "*.py\n");

        ImagePlan plan = plan("FROM a\nCOPY . /app\n");

        assertThat(paths(plan, 0)).contains("/app/app.py");
    }

    @Test
    void badPatternIsAnErrorAtItsLineAndColumn() throws IOException {
        write(".dockerignore", "# build output\n  out/[abc\n");

        assertThatThrownBy(() -> plan("FROM a\nRUN true\n"))
                .isInstanceOf(InputException.class)
                .hasMessage(context.resolve(".dockerignore") + ":2:7: bad pattern"
                        + " \"out/[abc\": [ is never closed with ]");
    }

    @Test
    void badPatternInTheDockerfilesOwnIgnoreFileNamesThatFile() throws IOException {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM a\n");
        Files.writeString(dir.resolve("Dockerfile.dockerignore"), "ok\n!\n");

        assertThatThrownBy(() -> plan("FROM a\n", dockerfile.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage(dockerfile + ".dockerignore:2:1: a lone ! excepts nothing:"
                        + " write the pattern to re-include after it");
    }

    @Test
    void ignoreFileIsNotReadWithoutAContext() throws IOException {
        write(".dockerignore", "[\n");

        ImagePlan plan = LayerPlanner.plan(DockerfileParser.parse("FROM a\nCOPY . /app\n",
                "Dockerfile"), PlanOptions.defaults());

        assertThat(plan.layers().get(0).contentKnown()).isFalse();
    }

    @Test
    void symbolicLinkInPlaceOfTheIgnoreFileIsNotFollowed() throws IOException {
        Path outside = Files.writeString(dir.resolve("patterns"), "*.py\n");
        Files.createSymbolicLink(context.resolve(".dockerignore"), outside);

        assertThatThrownBy(() -> plan("FROM a\nCOPY . /app\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(context.resolve(".dockerignore") + ":1:1: a symbolic"
                        + " link, which Strata does not follow");
    }
}
