package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import dev.strata.SharedFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    private static final String DROPPED = "kubectl refuses it (--validate=strict, its"
            + " default), other clients drop it";
    private static final String SAMPLES = Path.of("..", "assets", "samples").toString();

    @TempDir
    Path dir;

    /** Exit code and what was printed. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = StrataCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void simulateJsonPrintsOneObjectPerStepWithTheContractFields() {
        Run run = run("simulate", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", SAMPLES + "/emptydir-logs.yaml",
                "--scenario", SAMPLES + "/emptydir-logs.strata", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(7);
        assertThat(run.lines().get(0)).startsWith("{\"step\":1,\"op\":\"write\",\"replica\":1,"
                + "\"container\":\"web\",\"path\":\"/var/log/app/app.log\",\"result\":\"ok\","
                + "\"lands\":\"emptyDir\",\"volume\":\"logs\",\"layer\":null,\"node\":1,"
                + "\"copyUp\":false,\"visibleTo\":[1],\"explain\":\"");
        assertThat(run.lines().get(1)).contains("\"result\":\"ENOENT\"", "\"replica\":2");
    }

    @Test
    void simulatePrintsTheInputsWarningsOnStandardErrorAndExitsZero() throws IOException {
        Path manifest = manifestWithAnUnknownField();

        Run warned = run("simulate", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", manifest.toString(), "--scenario", SAMPLES + "/tour.strata",
                "--json");
        Run clean = run("simulate", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", SAMPLES + "/tour.yaml", "--scenario", SAMPLES + "/tour.strata",
                "--json");

        assertThat(warned.code()).isZero();
        assertThat(warned.err()).isEqualTo(manifest + ":30:11: warning: spec.template.spec."
                + "containers[0].imagePullPolicyy: unknown field: " + DROPPED
                + "; did you mean \"imagePullPolicy\"?\n");
        assertThat(warned.out()).isEqualTo(clean.out());
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void simulateWarnsOfAnImageTheDockerfileDidNotBuild() {
        Path archive = SharedFiles.resolve("fixtures", "images", "built",
                "demo-docker-archive.tar");

        Run run = run("simulate", "--sample", "tour", "--image", archive.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith(archive + ":1:1: warning: the image does not seem to"
                + " be built from this Dockerfile").hasLineCount(1);
        assertThat(run.lines()).isNotEmpty();
    }

    @Test
    void renderPrintsTheWarningsOnStandardErrorAndStillDraws() throws IOException {
        Path manifest = manifestWithAnUnknownField();
        Path png = dir.resolve("warned.png");
        startToolkitAsTheUiTestsDo();

        Run run = run("render", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", manifest.toString(), "--out", png.toString(), "--size",
                "400x300");

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith(manifest + ":30:11: warning: ").hasLineCount(1);
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void simulateOnTheBundledTourShowsCopyUpFromLayerFour() {
        Run run = run("simulate", "--sample", "tour", "--json");

        assertThat(run.lines().get(3)).contains("\"path\":\"/app/app.py\"",
                "\"lands\":\"upper\"", "\"layer\":4", "\"copyUp\":true");
    }

    @Test
    void simulateWithoutScenarioPlaysTheDefaultOne() {
        Run run = run("simulate", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", SAMPLES + "/tour.yaml", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"lands\":\"upper\"", "\"lands\":\"emptyDir\"",
                "\"lands\":\"pvc\"", "\"op\":\"restart\"");
    }

    @Test
    void aBrokenManifestExitsOneWithFileLineAndColumn() throws IOException {
        Path manifest = dir.resolve("bad.yaml");
        Files.writeString(manifest, "kind: Deployment\napiVersion: apps/v1\nmetadata:\n"
                + "  name: web\nspec:\n  replicas: three\n");

        Run run = run("simulate", "--dockerfile", SAMPLES + "/Dockerfile",
                "--manifest", manifest.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(manifest + ":6:13: ").doesNotContain("Exception");
    }

    @Test
    void aBrokenDockerfileExitsOneWithFileLineAndColumn() throws IOException {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM alpine\nCOPYY a b\n");

        Run run = run("simulate", "--dockerfile", dockerfile.toString(),
                "--manifest", SAMPLES + "/tour.yaml");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(dockerfile + ":2:1: ");
    }

    @Test
    void aScenarioNamingAMissingReplicaExitsOneWithItsLine() throws IOException {
        Path scenario = dir.resolve("s.strata");
        Files.writeString(scenario, "steps:\n  - write: /tmp/a\n    replica: 9\n");

        Run run = run("simulate", "--sample", "tour", "--scenario", scenario.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(scenario + ":2:5: replica 9 does not exist");
    }

    @Test
    void aRenameSaysWhereToInJsonAndInText() throws IOException {
        Path scenario = dir.resolve("s.strata");
        Files.writeString(scenario, "steps:\n  - write: /tmp/a\n  - rename: /tmp/a\n"
                + "    to: /tmp/b\n");

        Run json = run("simulate", "--sample", "tour", "--scenario", scenario.toString(),
                "--json");
        Run text = run("simulate", "--sample", "tour", "--scenario", scenario.toString());

        assertThat(json.lines().get(0)).doesNotContain("\"to\"");
        assertThat(json.lines().get(1)).contains("\"path\":\"/tmp/a\",\"to\":\"/tmp/b\",");
        assertThat(text.out()).contains("rename /tmp/a → /tmp/b");
    }

    @Test
    void aMissingFileExitsOneNamingIt() {
        Run run = run("simulate", "--manifest", dir.resolve("nope.yaml").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope.yaml");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("simulate", "--nodes", "0").code()).isEqualTo(2);
        assertThat(run("simulate", "--sample", "nothing").code()).isEqualTo(2);
        assertThat(run("simulate", "--dockerfile", "Dockerfile").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version").out()).startsWith("strata ");
        assertThat(run("--help").out()).contains("simulate", "render", "open");
    }

    @Test
    void dockerfileAstPrintsBuildKitsDumpByteForByte() throws IOException {
        Path corpus = SharedFiles.resolve("conformance", "dockerfile-buildkit", "testfiles",
                "brimstone-consuldock");

        Run run = run("dockerfile", "ast", corpus.resolve("Dockerfile").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(corpus.resolve("result")));
    }

    @Test
    void dockerfileLayersListsTheSamplesLayersWithTheirLinesAndSizes() {
        Run run = run("dockerfile", "layers", SAMPLES + "/Dockerfile", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"target\":\"0\",\"base\":\"python:3.12-slim\","
                + "\"platform\":\"linux/amd64\",\"layers\":[{\"index\":1,"
                + "\"line\":9,\"instruction\":\"WORKDIR\"")
                .contains("{\"path\":\"/app/app.py\",\"size\":1306,\"directory\":false}");
    }

    @Test
    void manifestSummaryJsonHasTheDocumentedShape() {
        Run run = run("manifest", "summary", SAMPLES + "/tour.yaml", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("{\"workloads\":[{\"kind\":\"Deployment\","
                + "\"name\":\"web\",\"replicas\":3,\"line\":14,"
                + "\"containers\":[{\"name\":\"web\",\"init\":false,"
                + "\"readOnlyRootFilesystem\":false,\"mounts\":["
                + "{\"path\":\"/var/log/app\",\"volume\":\"logs\",\"readOnly\":false,"
                + "\"subPath\":\"\"},"
                + "{\"path\":\"/data\",\"volume\":\"data\",\"readOnly\":false,"
                + "\"subPath\":\"\"}],"
                + "\"image\":\"registry.example.com/web:1.0\",\"sidecar\":false,"
                + "\"ephemeralStorageLimit\":null}],"
                + "\"volumes\":[{\"name\":\"logs\",\"type\":\"emptyDir\","
                + "\"describe\":\"emptyDir\"},"
                + "{\"name\":\"data\",\"type\":\"persistentVolumeClaim\","
                + "\"claim\":\"web-data\",\"readOnly\":false,"
                + "\"describe\":\"persistentVolumeClaim web-data\"}],"
                + "\"claimTemplates\":[]}],"
                + "\"claims\":[{\"name\":\"web-data\",\"accessModes\":[\"ReadWriteMany\"],"
                + "\"storage\":\"1Gi\"}],"
                + "\"ignored\":[],\"warnings\":[],\"persistentVolumes\":[],"
                + "\"storageClasses\":[],\"configMaps\":[],\"secrets\":[]}\n");
    }

    @Test
    void manifestSummaryListsWorkloadsMountsAndClaims() {
        Run run = run("manifest", "summary", SAMPLES + "/tour.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).contains("Deployment web: 3 replicas", "    /data <- data",
                "  volume logs: emptyDir", "PersistentVolumeClaim web-data: RWX 1Gi");
    }

    @Test
    void imageInspectGivesDivesFiguresForItsTestImage() {
        Path archive = SharedFiles.resolve("fixtures", "images", "dive", "test-docker-image.tar");

        Run run = run("image", "inspect", archive.toString(), "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"sizeBytes\":1220598", "\"userSizeBytes\":66237",
                "\"wastedBytes\":32025", "\"efficiency\":0.9844212134184309");
    }

    @Test
    void imageInspectRefusesATarThatHoldsNoImage() {
        Path notImage = SharedFiles.resolve("fixtures", "images", "dive", "not-images",
                "test-gzip-image.tar");

        Run run = run("image", "inspect", notImage.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(notImage + ":1:1: ").contains("not an image archive",
                "--raw");
    }

    @Test
    void imageInspectRefusesAnEmptyRefAsBadUsage() {
        Path archive = SharedFiles.resolve("fixtures", "images", "dive", "test-docker-image.tar");

        Run run = run("image", "inspect", archive.toString(), "--ref", "");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--ref must name an image, got an empty value");
    }

    @Test
    void renderRefusesAnOutputInAMissingFolderOrADirectoryBeforeDrawing() {
        Run missing = run("render", "--out", dir.resolve("no/such/x.png").toString());
        Run directory = run("render", "--out", dir.toString());

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such directory");
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("names a directory");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void renderSaysWhichSizesItDraws() {
        Run run = run("render", "--out", dir.resolve("x.png").toString(), "--size",
                "100000x100000");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("between 200x200 and 8192x8192");
    }

    @Test
    void aDirectoryGivenAsManifestIsNamedInTheMessage() {
        Run run = run("simulate", "--manifest", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(dir + ":1:1: a directory, not a file");
    }

    @Test
    void aManifestWithoutWorkloadsIsBadInputNamingWhatItHas() throws IOException {
        Path manifest = dir.resolve("svc.yaml");
        Files.writeString(manifest, "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");

        Run run = run("simulate", "--manifest", manifest.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(manifest + ":1:1: no workload that runs pods")
                .contains("found only Service web");
    }

    @Test
    void moreThanAThousandPodsIsBadInputAtTheWorkload() throws IOException {
        Path manifest = dir.resolve("many.yaml");
        Files.writeString(manifest, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: web\nspec:\n  replicas: 100000\n  template:\n    spec:\n"
                + "      containers:\n        - name: c\n          image: x\n");

        Run run = run("simulate", "--manifest", manifest.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(manifest + ":1:1: Deployment web asks for 100000 pods");
    }

    @Test
    void dockerfileLayersGivesTargetCopiesFromAndWarningsOnStandardError() throws IOException {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM golang AS build\nRUN --mount=type=cache,"
                + "target=/root/.cache go build \\\n\n  -o /out\nFROM alpine:3.20 AS final\n"
                + "ENV A=1\nCOPY --from=build /out /app\n");

        Run run = run("dockerfile", "layers", dockerfile.toString(), "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"target\":\"final\",\"base\":\"alpine:3.20\",")
                .contains("\"history\":[{\"line\":6,\"instruction\":\"ENV\",\"text\":"
                        + "\"ENV A=1\",\"emptyLayer\":true}",
                        "\"copiesFrom\":[{\"line\":7,\"from\":\"build\",\"stage\":true}]",
                        "\"paths\":[\"/app\"]");
        assertThat(run.err()).isEqualTo(dockerfile + ":3:1: warning: Empty continuation lines "
                + "will become errors in a future release (NoEmptyContinuation)\n");
    }

    @Test
    void dockerfileLayersRefusesUtf16WithExitCodeOne() throws IOException {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.write(dockerfile, "FROM alpine\n".getBytes(StandardCharsets.UTF_16));

        Run run = run("dockerfile", "layers", dockerfile.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(dockerfile + ":1:1: UTF-16 text is not a Dockerfile "
                + "BuildKit reads: save it as UTF-8\n");
    }

    @Test
    void aScenarioGivenAloneBringsTheManifestAndDockerfileBesideIt() {
        Run run = run("simulate", SAMPLES + "/emptydir-logs.strata", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(7);
        assertThat(run.lines().get(0)).contains("\"lands\":\"emptyDir\"");
    }

    @Test
    void aScenarioGivenAloneWithoutItsManifestIsBadUsage() throws IOException {
        Path scenario = dir.resolve("lonely.strata");
        Files.writeString(scenario, "steps:\n  - write: /tmp/a\n");

        Run run = run("simulate", scenario.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no manifest beside " + scenario);
    }

    /** The tour's manifest with a misspelt field at line 30, column 11. */
    private Path manifestWithAnUnknownField() throws IOException {
        Path manifest = dir.resolve("typo.yaml");
        Files.writeString(manifest, Files.readString(Path.of(SAMPLES, "tour.yaml"))
                .replace("          image: ", "          imagePullPolicyy: Always\n"
                        + "          image: "));
        return manifest;
    }

    /** Rendering reuses a running toolkit; TestFX must be the one to start it. */
    private static void startToolkitAsTheUiTestsDo() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX toolkit did not start", e);
        }
    }
}
