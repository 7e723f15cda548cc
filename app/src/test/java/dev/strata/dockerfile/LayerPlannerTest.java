package dev.strata.dockerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.strata.SharedFiles;
import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Layer rules from BuildKit's dockerfile2llb (RUN, COPY, ADD and WORKDIR other than
 * {@code /} make layers) and history from OCI image-spec config.md (empty_layer).
 */
class LayerPlannerTest {
    private static final Path SAMPLES = Path.of("..", "assets", "samples");

    @TempDir
    Path context;

    private static ImagePlan plan(String text, PlanOptions options) {
        return LayerPlanner.plan(DockerfileParser.parse(text, "Dockerfile"), options);
    }

    private static ImagePlan plan(String text) {
        return plan(text, PlanOptions.defaults());
    }

    private static ImagePlan planFile(Path file, PlanOptions options) throws IOException {
        Dockerfile df = DockerfileParser.parse(Files.readString(file), file.toString());
        return LayerPlanner.plan(df, options);
    }

    @Test
    void sampleMakesFourLayersOnItsSlimPythonBase() throws IOException {
        ImagePlan plan = planFile(SAMPLES.resolve("Dockerfile"),
                PlanOptions.defaults().withContext(SAMPLES));

        assertThat(plan.base()).isEqualTo("python:3.12-slim");
        assertThat(plan.layers()).extracting(PlannedLayer::index, PlannedLayer::line,
                PlannedLayer::instruction, PlannedLayer::stage)
                .containsExactly(tuple(1, 9, "WORKDIR", "0"), tuple(2, 11, "COPY", "0"),
                        tuple(3, 12, "RUN", "0"), tuple(4, 15, "COPY", "0"));
    }

    @Test
    void sampleCopiesRequirementsAndAppWithTheirRealSizes() throws IOException {
        ImagePlan plan = planFile(SAMPLES.resolve("Dockerfile"),
                PlanOptions.defaults().withContext(SAMPLES));

        assertThat(plan.layers().get(0).files())
                .containsExactly(new PlannedFile("/app", 0, true));
        assertThat(plan.layers().get(1).files()).containsExactly(new PlannedFile(
                "/app/requirements.txt", Files.size(SAMPLES.resolve("requirements.txt")), false));
        assertThat(plan.layers().get(3).files()).containsExactly(new PlannedFile(
                "/app/app.py", Files.size(SAMPLES.resolve("app.py")), false));
        assertThat(plan.layers().get(1).contentKnown()).isTrue();
    }

    @Test
    void sampleRunLayerIsUnknownAndCaptionedOnOneLine() throws IOException {
        PlannedLayer run = planFile(SAMPLES.resolve("Dockerfile"),
                PlanOptions.defaults().withContext(SAMPLES)).layers().get(2);

        assertThat(run.contentKnown()).isFalse();
        assertThat(run.files()).isEmpty();
        assertThat(run.text()).startsWith("RUN pip install --no-cache-dir ")
                .endsWith("-r requirements.txt").doesNotContain("\n", "\\");
    }

    @Test
    void sampleHistoryMarksEnvExposeAndCmdAsEmptyLayers() throws IOException {
        ImagePlan plan = planFile(SAMPLES.resolve("Dockerfile"),
                PlanOptions.defaults().withContext(SAMPLES));

        assertThat(plan.history()).extracting(HistoryEntry::instruction, HistoryEntry::emptyLayer)
                .containsExactly(tuple("ENV", true), tuple("WORKDIR", false),
                        tuple("COPY", false), tuple("RUN", false), tuple("COPY", false),
                        tuple("EXPOSE", true), tuple("CMD", true));
    }

    @Test
    void diveMinimalCopiesAPlaceholderOntoScratch() throws IOException {
        ImagePlan plan = planFile(SharedFiles.resolve("fixtures", "images", "dive",
                "Dockerfile.minimal"), PlanOptions.defaults());

        assertThat(plan.base()).isEqualTo("scratch");
        assertThat(plan.layers()).singleElement().satisfies(layer -> {
            assertThat(layer.files()).containsExactly(
                    new PlannedFile("/README.md", PlannedFile.UNKNOWN_SIZE, false));
            assertThat(layer.contentKnown()).isFalse();
        });
    }

    @Test
    void diveTestImageMakesOneLayerPerAddAndRun() throws IOException {
        ImagePlan plan = planFile(SharedFiles.resolve("fixtures", "images", "dive",
                "Dockerfile.test-image"), PlanOptions.defaults());

        assertThat(plan.base()).isEqualTo("busybox:latest");
        assertThat(plan.layers()).hasSize(13);
        assertThat(plan.layers().get(0).files()).containsExactly(
                new PlannedFile("/somefile.txt", PlannedFile.UNKNOWN_SIZE, false));
        assertThat(plan.layers().get(9).files()).containsExactly(
                new PlannedFile("/root/.data", PlannedFile.UNKNOWN_SIZE, true));
        assertThat(plan.history()).allMatch(entry -> !entry.emptyLayer());
    }

    @Test
    void targetStopsAtTheNamedStage() {
        ImagePlan plan = plan("FROM alpine AS build\nRUN make\nFROM scratch\nCOPY x /x\n",
                PlanOptions.defaults().withTarget("build"));

        assertThat(plan.base()).isEqualTo("alpine");
        assertThat(plan.layers()).extracting(PlannedLayer::instruction, PlannedLayer::stage)
                .containsExactly(tuple("RUN", "build"));
    }

    @Test
    void unknownTargetIsAnError() {
        assertThatThrownBy(() -> plan("FROM a\n", PlanOptions.defaults().withTarget("nope")))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:1:1: target stage \"nope\" could not be found");
    }

    @Test
    void stageFromAnotherStageInheritsItsLayersEnvAndWorkdir() {
        ImagePlan plan = plan("FROM python:3.12 AS base\nENV APP=/srv\nWORKDIR $APP\n"
                + "FROM alpine AS other\nRUN other\n"
                + "FROM base AS final\nCOPY app.py .\n");

        assertThat(plan.base()).isEqualTo("python:3.12");
        assertThat(plan.layers()).extracting(PlannedLayer::index, PlannedLayer::stage)
                .containsExactly(tuple(1, "base"), tuple(2, "final"));
        assertThat(plan.layers().get(1).files()).extracting(PlannedFile::path)
                .containsExactly("/srv/app.py");
    }

    @Test
    void argBeforeFromIsExpandedInFromWithBuildArgOverride() {
        String text = "ARG VERSION=3.11\nARG VARIANT=slim\nFROM python:${VERSION}-$VARIANT\n";

        assertThat(plan(text).base()).isEqualTo("python:3.11-slim");
        assertThat(plan(text, PlanOptions.defaults().withBuildArg("VERSION", "3.12")).base())
                .isEqualTo("python:3.12-slim");
    }

    @Test
    void globalArgIsVisibleInAStageOnlyWhenRedeclared() {
        ImagePlan plan = plan(
                "ARG DIR=/opt\nFROM a\nWORKDIR ${DIR:-/none}\nARG DIR\nWORKDIR $DIR\n");

        assertThat(plan.layers()).extracting(l -> l.files().get(0).path())
                .containsExactly("/none", "/opt");
    }

    @Test
    void workdirRootMakesNoLayer() {
        ImagePlan plan = plan("FROM a\nWORKDIR /\n");

        assertThat(plan.layers()).isEmpty();
        assertThat(plan.history()).singleElement()
                .extracting(HistoryEntry::emptyLayer).isEqualTo(true);
    }

    @Test
    void relativeWorkdirResolvesAgainstTheCurrentOne() {
        ImagePlan plan = plan("FROM a\nWORKDIR /app\nWORKDIR src/../lib\nCOPY f.txt ./\n");

        assertThat(plan.layers()).extracting(l -> l.files().get(0).path())
                .containsExactly("/app", "/app/lib", "/app/lib/f.txt");
    }

    @Test
    void copyToAFileNameKeepsThatName() {
        ImagePlan plan = plan("FROM a\nWORKDIR /app\nCOPY conf/app.ini settings.ini\n");

        assertThat(plan.layers().get(1).files()).extracting(PlannedFile::path)
                .containsExactly("/app/settings.ini");
    }

    @Test
    void copyFromAnotherStageIsAPlaceholder() throws IOException {
        Files.writeString(context.resolve("out"), "local, not used");

        ImagePlan plan = plan("FROM a AS build\nFROM b\nCOPY --from=build /out /bin/\n",
                PlanOptions.defaults().withContext(context));

        assertThat(plan.layers()).singleElement().satisfies(layer -> {
            assertThat(layer.contentKnown()).isFalse();
            assertThat(layer.files()).containsExactly(
                    new PlannedFile("/bin/out", PlannedFile.UNKNOWN_SIZE, false));
        });
    }

    @Test
    void directorySourceCopiesItsContentsWithSizes() throws IOException {
        Files.createDirectories(context.resolve("src/pkg"));
        Files.writeString(context.resolve("src/main.py"), "print(1)\n");
        Files.writeString(context.resolve("src/pkg/util.py"), "x = 1\n");

        ImagePlan plan = plan("FROM a\nCOPY src /code\n", PlanOptions.defaults()
                .withContext(context));

        assertThat(plan.layers().get(0).files()).containsExactlyInAnyOrder(
                new PlannedFile("/code", 0, true), new PlannedFile("/code/main.py", 9, false),
                new PlannedFile("/code/pkg", 0, true),
                new PlannedFile("/code/pkg/util.py", 6, false));
    }

    @Test
    void globSourceMatchesWithinTheContext() throws IOException {
        Files.writeString(context.resolve("a.py"), "a");
        Files.writeString(context.resolve("b.py"), "bb");
        Files.writeString(context.resolve("c.txt"), "c");

        ImagePlan plan = plan("FROM a\nWORKDIR /app\nCOPY *.py .\n",
                PlanOptions.defaults().withContext(context));

        assertThat(plan.layers().get(1).files()).containsExactly(
                new PlannedFile("/app/a.py", 1, false), new PlannedFile("/app/b.py", 2, false));
    }

    @Test
    void sourceMissingFromContextIsAnErrorAtTheInstruction() {
        assertThatThrownBy(() -> plan("FROM a\n\nCOPY nothere.txt /x\n",
                PlanOptions.defaults().withContext(context)))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:3:1: file not found in build context: nothere.txt");
    }

    @Test
    void sourceClimbingOutOfTheContextIsRefused() throws IOException {
        Path inner = Files.createDirectories(context.resolve("ctx"));
        Files.writeString(context.resolve("secret"), "do not look");

        assertThatThrownBy(() -> plan("FROM a\nCOPY ../secret .\n",
                PlanOptions.defaults().withContext(inner)))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: source ../secret is outside the build context");
    }

    @Test
    void symbolicLinkInASourcePathIsNotFollowed() throws IOException {
        Path inner = Files.createDirectories(context.resolve("ctx"));
        Files.createDirectories(context.resolve("outside"));
        Files.writeString(context.resolve("outside/secret"), "do not look");
        Files.createSymbolicLink(inner.resolve("link"), context.resolve("outside"));

        assertThatThrownBy(() -> plan("FROM a\nCOPY link/secret .\n",
                PlanOptions.defaults().withContext(inner)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("symbolic link");
    }

    @Test
    void heredocSourceBecomesAFileOfItsSize() {
        ImagePlan plan = plan("FROM a\nCOPY <<conf.txt /etc/\nhello\nconf.txt\n");

        assertThat(plan.layers().get(0).files())
                .containsExactly(new PlannedFile("/etc/conf.txt", 6, false));
    }

    @Test
    void envValuesExpandQuotesAndDefaults() {
        ImagePlan plan = plan("FROM a\nENV BASE=\"/srv/my app\" SUB=${MISSING:-data}\n"
                + "WORKDIR $BASE/$SUB\n");

        assertThat(plan.layers().get(0).files().get(0).path()).isEqualTo("/srv/my app/data");
    }
}
