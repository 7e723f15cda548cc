package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.image.Layer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lining a real image's history up with a Dockerfile. The expected created_by strings are
 * the ones BuildKit's dockerfile2llb writes (convert.go, commitToHistory and
 * runCommandString; convert_copy.go for COPY and ADD, which keeps --parents, --chown and
 * --chmod only) and the classic builder's {@code /bin/sh -c #(nop)} form.
 */
class LayerMatchTest {
    private static final String MULTI_STAGE = """
            FROM python:3.12-slim AS build
            RUN pip wheel -w /wheels flask
            FROM python:3.12-slim
            WORKDIR /app
            COPY --from=build --link /wheels /wheels
            RUN --mount=type=cache,target=/root/.cache pip install /wheels/*
            COPY --chown=app:app app.py .
            """;
    private static final List<String> BASE = List.of(
            "# debian.sh --arch 'amd64' out/ 'bookworm' '@1720396800'",
            "RUN /bin/sh -c set -eux; apt-get update # buildkit",
            "RUN |1 PYTHON_VERSION=3.12.4 /bin/sh -c set -eux; make install # buildkit");

    private static ImagePlan plan(String dockerfile) {
        return LayerPlanner.plan(DockerfileParser.parse(dockerfile, "Dockerfile"),
                PlanOptions.defaults());
    }

    private static List<Layer> layers(List<String> createdBy) {
        List<Layer> layers = new ArrayList<>();
        for (String history : createdBy) {
            layers.add(new Layer(layers.size(), "sha256:" + layers.size(), "", 0, 0, List.of(),
                    0, 0, 0, history));
        }
        return layers;
    }

    private static List<String> withBase(String... own) {
        List<String> all = new ArrayList<>(BASE);
        all.addAll(List.of(own));
        return all;
    }

    @Test
    void buildKitHistoryMatchesInstructionsWhoseFlagsItLeavesOut() {
        List<Layer> image = layers(withBase("WORKDIR /app", "COPY /wheels /wheels # buildkit",
                "RUN /bin/sh -c pip install /wheels/* # buildkit",
                "COPY --chown=app:app app.py . # buildkit"));

        LayerMatch match = LayerMatch.of(image, Optional.of(plan(MULTI_STAGE)));

        for (int layer = 3; layer <= 6; layer++) {
            assertThat(match.instruction(layer)).as("layer %d", layer).isPresent();
            assertThat(match.inBase(layer)).isFalse();
        }
        assertThat(match.instruction(5).orElseThrow().text()).startsWith("RUN --mount");
        assertThat(match.inBase(0)).isTrue();
        assertThat(match.inBase(2)).isTrue();
    }

    @Test
    void aLayerWhoseHistoryDiffersIsLeftUnmatchedAndIsNotCountedAsBase() {
        List<Layer> image = layers(withBase("WORKDIR /app", "COPY /wheels /wheels # buildkit",
                "RUN /bin/sh -c pip install --no-deps /wheels/* # buildkit",
                "COPY --chown=app:app app.py . # buildkit"));

        LayerMatch match = LayerMatch.of(image, Optional.of(plan(MULTI_STAGE)));

        assertThat(match.instruction(5)).isEmpty();
        assertThat(match.inBase(5)).isFalse();
        assertThat(match.instruction(4)).isPresent();
        assertThat(match.instruction(6)).isPresent();
    }

    @Test
    void anImageFromAnotherDockerfileMatchesNothingAndHasNoBase() {
        List<Layer> image = layers(withBase("COPY site /usr/share/nginx/html # buildkit"));

        LayerMatch match = LayerMatch.of(image, Optional.of(plan(MULTI_STAGE)));

        assertThat(match.matchedAny()).isFalse();
        assertThat(match.inBase(0)).isFalse();
    }

    @Test
    void historyIsShownAsTheInstructionAReaderWouldHaveWritten() {
        assertThat(LayerMatch.display("/bin/sh -c #(nop) ADD dir:7ec14b in /root/.data/"))
                .isEqualTo("ADD dir:7ec14b in /root/.data/");
        assertThat(LayerMatch.display("/bin/sh -c chmod +x /root/saved.txt"))
                .isEqualTo("RUN chmod +x /root/saved.txt");
        assertThat(LayerMatch.display("RUN |1 V=1 /bin/sh -c echo $V # buildkit"))
                .isEqualTo("RUN echo $V");
        assertThat(LayerMatch.display("COPY app.py /app/  # buildkit"))
                .isEqualTo("COPY app.py /app/");
    }

    @Test
    void historyFromAnotherToolNamesNoInstruction() {
        assertThat(LayerMatch.keyword("rm /etc/app.conf  # layer 4")).isEmpty();
        assertThat(LayerMatch.display("rm /etc/app.conf  # layer 4"))
                .isEqualTo("rm /etc/app.conf # layer 4");
        assertThat(LayerMatch.keyword("/bin/sh -c #(nop) ADD file:ab12 in / ")).isEqualTo("ADD");
        assertThat(LayerMatch.keyword("/bin/sh -c apk add curl")).isEqualTo("RUN");
    }
}
