package dev.strata.dockerfile;

import java.util.List;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BuildKit's build checks: reported with their rule names, shaped by {@code # check=}. */
class WarningsTest {
    private static List<String> warnings(String text) {
        return DockerfileParser.parse(text, "Dockerfile").warnings().stream()
                .map(Warning::toString).toList();
    }

    @Test
    void emptyContinuationLineIsReportedWhereItIs() {
        assertThat(warnings("FROM a\nRUN one \\\n\n    two\n")).containsExactly(
                "Dockerfile:3:1: warning: Empty continuation lines will become errors in a "
                        + "future release (NoEmptyContinuation)");
    }

    @Test
    void commentInsideAContinuationIsNotAnEmptyLine() {
        assertThat(warnings("FROM a\nRUN one \\\n# note\n    two\n")).isEmpty();
    }

    @Test
    void emptyContinuationIsKeptInTheSyntaxTreeForTheEditor() {
        SyntaxTree tree = DockerfileParser.parseSyntax("FROM a\nRUN a \\\n\n\nb\n", "Dockerfile");

        assertThat(tree.warnings()).extracting(w -> w.position().line()).containsExactly(3);
    }

    @Test
    void stageNameAndAsCasingAreChecked() {
        assertThat(warnings("FROM a as Build\n")).containsExactly(
                "Dockerfile:1:1: warning: Stage name 'Build' should be lowercase "
                        + "(StageNameCasing)",
                "Dockerfile:1:1: warning: 'as' and 'FROM' keywords' casing do not match "
                        + "(FromAsCasing)");
    }

    @Test
    void legacyEnvMaintainerAndShellFormCmdAreReportedInFileOrder() {
        assertThat(warnings("FROM a\nMAINTAINER me\nENV A 1\nCMD run it\n"))
                .extracting(w -> w.substring(w.lastIndexOf('(')))
                .containsExactly("(MaintainerDeprecated)", "(LegacyKeyValueFormat)",
                        "(JSONArgsRecommended)");
    }

    @Test
    void earlierOfTwoCmdsIsReported() {
        assertThat(warnings("FROM a\nCMD [\"a\"]\nCMD [\"b\"]\n")).containsExactly(
                "Dockerfile:2:1: warning: Multiple CMD instructions should not be used in the "
                        + "same stage because only the last one will be used "
                        + "(MultipleInstructionsDisallowed)");
    }

    @Test
    void duplicateAndReservedStageNamesAreReported() {
        assertThat(warnings("FROM a AS x\nFROM b AS x\nFROM c AS scratch\n"))
                .anyMatch(w -> w.startsWith("Dockerfile:2:1: warning: Duplicate stage name"))
                .anyMatch(w -> w.endsWith("(ReservedStageName)"));
    }

    @Test
    void relativeWorkdirIsReportedOnlyBeforeAnAbsoluteOne() {
        assertThat(warnings("FROM a\nWORKDIR app\nWORKDIR /srv\nWORKDIR data\n"))
                .containsExactly("Dockerfile:2:1: warning: Relative workdir \"app\" can have "
                        + "unexpected results if the base image changes (WorkdirRelativePath)");
    }

    @Test
    void checkDirectiveSkipsNamedRules() {
        assertThat(warnings("# check=skip=JSONArgsRecommended, MaintainerDeprecated\n"
                + "FROM a\nMAINTAINER me\nCMD x\n")).isEmpty();
    }

    @Test
    void checkDirectiveSkipsAll() {
        assertThat(warnings("# check=skip=all\nFROM a as B\nCMD x\n")).isEmpty();
    }

    @Test
    void checkErrorTurnsTheFirstWarningIntoAnError() {
        assertThatThrownBy(() -> warnings("# check=skip=JSONArgsRecommended;error=true\n"
                + "FROM a\nCMD x\nENV A 1\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("Dockerfile:4:1: \"ENV key=value\" should be used instead of legacy "
                        + "\"ENV key value\" format (LegacyKeyValueFormat, an error because of "
                        + "check=error=true)");
    }

    @Test
    void lateDirectiveIsAComment() {
        assertThat(DockerfileParser.parse("FROM a\n# check=error=true\nCMD x\n", "Dockerfile")
                .syntax().checks().error()).isFalse();
    }

    @Test
    void directivesTakeAnyKeyCaseAndBlanks() {
        SyntaxTree tree = DockerfileParser.parseSyntax(
                "\uFEFF#\tCHECK = skip=all\r\n# Syntax=docker/dockerfile:1\r\nFROM a\r\n",
                "Dockerfile");

        assertThat(tree.checks().skipAll()).isTrue();
        assertThat(tree.syntax()).contains("docker/dockerfile:1");
    }
}
