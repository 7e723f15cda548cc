package dev.strata.dockerfile;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Heredoc files, RUN mounts, COPY --from sources and BuildKit's platform ARGs. */
class PlanDetailsTest {
    private static ImagePlan plan(String text, PlanOptions options) {
        return LayerPlanner.plan(DockerfileParser.parse(text, "Dockerfile"), options);
    }

    private static ImagePlan plan(String text) {
        return plan(text, PlanOptions.defaults());
    }

    private static PlannedFile onlyFile(ImagePlan plan, int layer) {
        List<PlannedFile> files = plan.layers().get(layer).files();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    @Test
    void unquotedHeredocIsExpandedKeepingItsQuotes() {
        ImagePlan plan = plan("FROM a\nARG NAME=world\nCOPY <<EOF /hello\nsay \"$NAME\"\nEOF\n");

        assertThat(onlyFile(plan, 0)).isEqualTo(new PlannedFile("/hello",
                "say \"world\"\n".length(), false));
    }

    @Test
    void quotedHeredocNameStopsExpansion() {
        ImagePlan plan = plan("FROM a\nARG NAME=world\nCOPY <<'EOF' /hello\n$NAME\nEOF\n");

        assertThat(onlyFile(plan, 0).size()).isEqualTo("$NAME\n".length());
    }

    @Test
    void dashHeredocDropsLeadingTabsOfItsLines() {
        ImagePlan plan = plan("FROM a\nCOPY <<-EOF /f\n\t\tab\n\tc\n\tEOF\n");

        assertThat(onlyFile(plan, 0).size()).isEqualTo("ab\nc\n".length());
    }

    @Test
    void severalHeredocsOnOneLineBecomeSeveralFiles() {
        ImagePlan plan = plan("FROM a\nCOPY <<one.txt <<\"two.txt\" /d/\n1\none.txt\n22\n"
                + "two.txt\nRUN true\n");

        assertThat(plan.layers().get(0).files()).containsExactly(
                new PlannedFile("/d/one.txt", 2, false), new PlannedFile("/d/two.txt", 3, false));
        assertThat(plan.layers().get(1).line()).isEqualTo(7);
    }

    @Test
    void heredocWithFileDescriptorBelongsToItsRun() {
        Dockerfile df = DockerfileParser.parse("FROM a\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF\n",
                "Dockerfile");

        assertThat(df.syntax().children().get(1).heredocs())
                .extracting(Heredoc::name, Heredoc::fileDescriptor)
                .containsExactly(tuple("EOF", 3));
    }

    @Test
    void runMountTargetsAreListedAsNotKept() {
        ImagePlan plan = plan("FROM a\nRUN --mount=type=cache,target=/root/.cache "
                + "--mount=type=secret,id=npm --mount=type=bind,dst=/src go build\n");

        PlannedLayer run = plan.layers().get(0);
        assertThat(run.paths()).isEmpty();
        assertThat(run.mounts()).extracting(RunMount::type, RunMount::target).containsExactly(
                tuple("cache", "/root/.cache"), tuple("secret", "/run/secrets/npm"),
                tuple("bind", "/src"));
    }

    @Test
    void copiesFromNameTheirStageOrImage() {
        ImagePlan plan = plan("ARG TOOLS=busybox:1\nFROM golang AS build\nRUN go build\n"
                + "FROM alpine AS final\nCOPY --from=build /out /app\n"
                + "COPY --from=${TOOLS} /bin/sh /bin/sh\n");

        assertThat(plan.target()).isEqualTo("final");
        assertThat(plan.copiesFrom()).containsExactly(new CopySource(5, "build", true),
                new CopySource(6, "busybox:1", false));
    }

    @Test
    void platformArgsDefaultToLinuxAmd64InFrom() {
        ImagePlan plan = plan("FROM --platform=$BUILDPLATFORM golang:1-$TARGETARCH\n");

        assertThat(plan.base()).isEqualTo("golang:1-amd64");
        assertThat(plan.platform()).isEqualTo("linux/amd64");
    }

    @Test
    void platformArgsFollowTheTargetPlatform() {
        ImagePlan plan = plan("FROM alpine\nARG TARGETOS TARGETARCH TARGETVARIANT\n"
                + "WORKDIR /out/$TARGETOS/$TARGETARCH/$TARGETVARIANT\n",
                PlanOptions.defaults().withPlatform("linux/arm/v7"));

        assertThat(plan.layers().get(0).paths()).containsExactly("/out/linux/arm/v7");
    }

    @Test
    void platformArgIsInvisibleInAStageUntilDeclared() {
        ImagePlan plan = plan("FROM alpine\nWORKDIR /x$TARGETARCH\n");

        assertThat(plan.layers().get(0).paths()).containsExactly("/x");
    }

    @Test
    void buildArgOverridesAPlatformArg() {
        ImagePlan plan = plan("FROM alpine:$TARGETARCH\n",
                PlanOptions.defaults().withBuildArg("TARGETARCH", "riscv64"));

        assertThat(plan.base()).isEqualTo("alpine:riscv64");
    }

    @Test
    void everyBracedFormExpandsInCopyDestinations() {
        ImagePlan plan = plan("FROM a\nARG V=app.tar.gz E=\nCOPY <<X /${V%%.*}/${V#*.}/"
                + "${E:-d}/${E-e}/${V:+p}/${U+u}/${V/tar/zip}\nx\nX\n");

        assertThat(plan.layers().get(0).paths())
                .containsExactly("/app/tar.gz/d/p/app.zip.gz");
    }
}
