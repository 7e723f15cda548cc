package dev.strata.dockerfile;

import java.util.List;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DockerfileParserTest {
    private static Dockerfile parse(String text) {
        return DockerfileParser.parse(text, "Dockerfile");
    }

    private static List<Node> nodes(String text) {
        return parse(text).syntax().children();
    }

    @Test
    void backtickEscapeDirectiveMakesBacktickTheContinuation() {
        Dockerfile df = parse("# escape=`\nFROM scratch\nRUN dir C:\\ `\n    && echo hi\n");

        assertThat(df.syntax().escape()).isEqualTo('`');
        assertThat(df.stages().get(0).commands().get(0).text())
                .isEqualTo("RUN dir C:\\     && echo hi");
    }

    @Test
    void directiveAfterAnInstructionIsAComment() {
        Dockerfile df = parse("FROM scratch\n# escape=`\nRUN a \\\n b\n");

        assertThat(df.syntax().escape()).isEqualTo('\\');
        assertThat(df.stages().get(0).commands()).hasSize(1);
    }

    @Test
    void syntaxDirectiveIsKept() {
        assertThat(parse("# syntax=docker/dockerfile:1\nFROM scratch\n").syntax().syntax())
                .contains("docker/dockerfile:1");
    }

    @Test
    void continuationSkipsCommentAndBlankLinesInside() {
        List<Node> nodes = nodes("FROM a\nRUN apt-get update \\\n# why\n\n    && apt-get x\n");

        assertThat(nodes.get(1).original()).isEqualTo("RUN apt-get update     && apt-get x");
        assertThat(nodes.get(1).line()).isEqualTo(2);
        assertThat(nodes.get(1).endLine()).isEqualTo(5);
    }

    @Test
    void crlfLineEndsAreAccepted() {
        List<Node> nodes = nodes("FROM a\r\nRUN one \\\r\n  two\r\nCMD x\r\n");

        assertThat(nodes).extracting(Node::original)
                .containsExactly("FROM a", "RUN one   two", "CMD x");
        assertThat(nodes.get(2).line()).isEqualTo(4);
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Node from = nodes("\uFEFFFROM a\n").get(0);

        assertThat(from.keyword()).isEqualTo("FROM");
        assertThat(from.position()).isEqualTo(new SourcePosition("Dockerfile", 1, 1));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        Dockerfile df = parse("from alpine as Build\nrun echo\n");

        assertThat(df.stages().get(0).name()).contains("build");
        assertThat(df.stages().get(0).commands().get(0)).isInstanceOf(Instruction.Run.class);
    }

    @Test
    void jsonArrayIsExecForm() {
        Instruction.Run run = (Instruction.Run) parse("FROM a\nRUN [\"echo\", \"a b\"]\n")
                .stages().get(0).commands().get(0);

        assertThat(run.execForm()).isTrue();
        assertThat(run.command()).containsExactly("echo", "a b");
    }

    @Test
    void invalidJsonFallsBackToShellForm() {
        Instruction.Run run = (Instruction.Run) parse("FROM a\nRUN ['echo', 'x']\n")
                .stages().get(0).commands().get(0);

        assertThat(run.execForm()).isFalse();
        assertThat(run.command()).containsExactly("['echo', 'x']");
    }

    @Test
    void jsonArrayOfNonStringsIsAnError() {
        assertThatThrownBy(() -> parse("FROM a\nCMD [\"a\", 1]\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("Dockerfile:2:1: ");
    }

    @Test
    void flagsComeBeforeArguments() {
        Dockerfile df = parse("FROM --platform=linux/amd64 golang AS build\n"
                + "RUN --mount=type=cache,target=/root/.cache go build\n"
                + "FROM scratch\nCOPY --from=build --chown=1:1 /out /app/\n");
        Instruction.Run run = (Instruction.Run) df.stages().get(0).commands().get(0);
        Instruction.Copy copy = (Instruction.Copy) df.stages().get(1).commands().get(0);

        assertThat(df.stages().get(0).from().platform()).contains("linux/amd64");
        assertThat(run.mounts()).extracting(RunMount::type, RunMount::target)
                .containsExactly(tuple("cache", "/root/.cache"));
        assertThat(copy.from()).contains("build");
        assertThat(copy.node().flags()).containsExactly("--from=build", "--chown=1:1");
        assertThat(copy.sources()).containsExactly("/out");
        assertThat(copy.destination()).isEqualTo("/app/");
    }

    @Test
    void unknownFlagIsAnError() {
        assertThatThrownBy(() -> parse("FROM a\nCOPY --form=x a b\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: unknown flag: form");
    }

    @Test
    void fromWithAsNamesTheStage() {
        Stage stage = parse("FROM python:3.12 AS base\n").stages().get(0);

        assertThat(stage.from().image()).isEqualTo("python:3.12");
        assertThat(stage.label()).isEqualTo("base");
    }

    @Test
    void unnamedStageIsLabelledByIndex() {
        assertThat(parse("FROM a\nFROM b\n").stages().get(1).label()).isEqualTo("1");
    }

    @Test
    void nodeKeepsColumnOfIndentedKeyword() {
        Node run = nodes("FROM a\n    RUN x\n").get(1);

        assertThat(run.position()).isEqualTo(new SourcePosition("Dockerfile", 2, 5));
    }

    @Test
    void unknownInstructionNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("FROM a\n\n  COPYY a b\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:3:3: unknown instruction: COPYY");
    }

    @Test
    void bareFromIsAnError() {
        assertThatThrownBy(() -> parse("FROM\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:1:1: FROM requires either one or three arguments");
    }

    @Test
    void copyWithoutDestinationIsAnError() {
        assertThatThrownBy(() -> parse("FROM a\nCOPY only\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("Dockerfile:2:1: COPY requires at least two arguments");
    }

    @Test
    void instructionBeforeFirstFromIsAnError() {
        assertThatThrownBy(() -> parse("# hello\nRUN echo hi\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("Dockerfile:2:1: RUN before the first FROM");
    }

    @Test
    void fileWithOnlyArgsHasNoFromAndSaysWhere() {
        assertThatThrownBy(() -> parse("ARG A=1\nARG B=2\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("Dockerfile:2:1: no FROM instruction");
    }

    @Test
    void fileWithOnlyCommentsHasNoInstructions() {
        assertThatThrownBy(() -> parse("# one\n# two\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("file with no instructions");
    }

    @Test
    void heredocBodyBelongsToItsInstruction() {
        List<Node> nodes = nodes("FROM a\nRUN <<EOF\nFROM not-a-stage\necho hi\nEOF\nCMD x\n");

        assertThat(nodes).extracting(Node::keyword).containsExactly("FROM", "RUN", "CMD");
        assertThat(nodes.get(1).heredocs()).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo("EOF");
            assertThat(doc.content()).isEqualTo("FROM not-a-stage\necho hi\n");
        });
        assertThat(nodes.get(1).endLine()).isEqualTo(5);
        assertThat(nodes.get(2).line()).isEqualTo(6);
    }

    @Test
    void unterminatedHeredocIsAnError() {
        assertThatThrownBy(() -> parse("FROM a\nRUN <<EOF\necho\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:2:1: unterminated heredoc");
    }

    @Test
    void envKeepsBothForms() {
        Instruction.Env env = (Instruction.Env) parse("FROM a\nENV A=1 B=\"x y\"\n")
                .stages().get(0).commands().get(0);

        assertThat(env.pairs()).extracting(Instruction.Pair::key).containsExactly("A", "B");
        assertThat(env.pairs().get(1).value()).contains("\"x y\"");
    }
}
