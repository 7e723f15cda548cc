package dev.strata.dockerfile;

import java.nio.charset.StandardCharsets;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What BuildKit refuses is refused here too, at the line and column of the mistake. */
class BadInputTest {
    private static void refused(String text, String message) {
        assertThatThrownBy(() -> LayerPlanner.plan(DockerfileParser.parse(text, "Dockerfile"),
                PlanOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void unterminatedQuoteFailsWhereTheWordIsExpanded() {
        refused("FROM a\nENV A=\"x\n", "Dockerfile:2:1: failed to process \"\\\"x\": "
                + "unexpected end of statement while looking for matching double-quote");
    }

    @Test
    void unterminatedHeredocAfterOtherHeredocsIsAnError() {
        refused("FROM a\nCOPY <<ONE <<TWO /d/\n1\nONE\n2\n",
                "Dockerfile:2:1: unterminated heredoc");
    }

    @Test
    void switchFlagTakesOnlyABoolean() {
        refused("FROM a\nCOPY --link=maybe a b\n",
                "Dockerfile:2:1: expecting boolean value for flag link, not: maybe");
    }

    @Test
    void copyOnlyFlagIsUnknownToAdd() {
        refused("FROM a\nADD --from=b a b\n", "Dockerfile:2:1: unknown flag: from");
    }

    @Test
    void repeatedSingleFlagIsAnError() {
        refused("FROM a\nCOPY --chown=1 --chown=2 a b\n",
                "Dockerfile:2:1: duplicate flag specified: chown");
    }

    @Test
    void valuedFlagNeedsAValue() {
        refused("FROM a\nCOPY --chmod a b\n", "Dockerfile:2:1: missing a value on flag: chmod");
    }

    @Test
    void fromAcceptsOnlyPlatform() {
        refused("FROM --plat=x a\n", "Dockerfile:1:1: unknown flag: plat");
    }

    @Test
    void unknownMountTypeIsAnError() {
        refused("FROM a\n  RUN --mount=type=volume,target=/x true\n",
                "Dockerfile:2:3: unsupported mount type \"volume\"");
    }

    @Test
    void cacheMountNeedsATarget() {
        refused("FROM a\nRUN --mount=type=cache,id=x true\n",
                "Dockerfile:2:1: mount type cache requires a target");
    }

    @Test
    void unknownMountKeyIsAnError() {
        refused("FROM a\nRUN --mount=type=bind,target=/x,colour=red true\n",
                "Dockerfile:2:1: unexpected key 'colour' in 'colour=red'");
    }

    @Test
    void sharingIsOnlyForCacheMounts() {
        refused("FROM a\nRUN --mount=type=tmpfs,target=/t,sharing=locked true\n",
                "Dockerfile:2:1: invalid cache sharing set for tmpfs mount");
    }

    @Test
    void unknownNetworkModeIsAnError() {
        refused("FROM a\nRUN --network=bridge true\n",
                "Dockerfile:2:1: unsupported network mode \"bridge\"");
    }

    @Test
    void unknownSecurityModeIsAnError() {
        refused("FROM a\nRUN --security=root true\n",
                "Dockerfile:2:1: unsupported security mode \"root\"");
    }

    @Test
    void healthcheckIntervalBelowAMillisecondIsAnError() {
        refused("FROM a\nHEALTHCHECK --interval=500us CMD true\n",
                "Dockerfile:2:1: Interval \"interval\" cannot be less than 1ms");
    }

    @Test
    void healthcheckDurationMustBeAGoDuration() {
        refused("FROM a\nHEALTHCHECK --timeout=5 CMD true\n",
                "Dockerfile:2:1: time: invalid duration \"5\"");
    }

    @Test
    void healthcheckRetriesCannotBeNegative() {
        refused("FROM a\nHEALTHCHECK --retries=-1 CMD true\n",
                "Dockerfile:2:1: --retries cannot be negative (-1)");
    }

    @Test
    void healthcheckTypeIsCmdOrNone() {
        refused("FROM a\nHEALTHCHECK RUN true\n",
                "Dockerfile:2:1: Unknown type \"RUN\" in HEALTHCHECK (try CMD)");
        refused("FROM a\nHEALTHCHECK NONE true\n",
                "Dockerfile:2:1: HEALTHCHECK NONE takes no arguments");
        refused("FROM a\nHEALTHCHECK CMD\n",
                "Dockerfile:2:1: Missing command after HEALTHCHECK CMD");
    }

    @Test
    void onbuildCannotChainOnbuild() {
        refused("FROM a\nONBUILD ONBUILD RUN x\n",
                "Dockerfile:2:1: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }

    @Test
    void onbuildCannotTriggerFromOrMaintainer() {
        refused("FROM a\nONBUILD FROM b\n",
                "Dockerfile:2:1: FROM isn't allowed as an ONBUILD trigger");
        refused("FROM a\nONBUILD maintainer me\n",
                "Dockerfile:2:1: MAINTAINER isn't allowed as an ONBUILD trigger");
    }

    @Test
    void onbuildTriggerIsCheckedLikeAnyInstruction() {
        refused("FROM a\nONBUILD COPY --form=x a b\n", "Dockerfile:2:1: unknown flag: form");
        refused("FROM a\nONBUILD COPYY a b\n", "Dockerfile:2:1: unknown instruction: COPYY");
    }

    @Test
    void stageNameMustBeLowerCaseLettersDigitsAndDashes() {
        refused("FROM a AS 1st\n", "Dockerfile:1:1: invalid name for build stage: \"1st\", "
                + "name can't start with a number or contain symbols");
    }

    @Test
    void fromNamingALaterStageIsAnError() {
        refused("FROM build AS app\nFROM golang AS build\n", "Dockerfile:1:1: stage \"build\" "
                + "is used before it is defined (line 2): FROM can only build on an earlier "
                + "stage");
    }

    @Test
    void stageBuiltOnItselfIsCircular() {
        refused("FROM base AS base\n", "Dockerfile:1:1: circular dependency detected on stage: "
                + "base");
    }

    @Test
    void copiesThatFormACycleAreRefused() {
        refused("FROM a AS one\nCOPY --from=two /x /x\nFROM one AS two\nRUN true\n",
                "Dockerfile:3:1: circular dependency detected on stage: one");
    }

    @Test
    void copyFromALaterStageIsAllowedWithoutCycle() {
        LayerPlanner.plan(DockerfileParser.parse("FROM a AS one\nCOPY --from=two /x /x\n"
                + "FROM b AS two\n", "Dockerfile"), PlanOptions.defaults().withTarget("one"));
    }

    @Test
    void lineLongerThanBuildKitReadsIsAnError() {
        refused("FROM a\nRUN " + "x".repeat(70_000) + "\n", "Dockerfile:2:1: line is longer "
                + "than 65535 bytes, which BuildKit refuses (bufio.Scanner: token too long)");
    }

    @Test
    void binaryGarbageIsRefusedAtItsFirstNul() {
        refused("FROM a\nRUN x\u0000\u0001\u0002\n",
                "Dockerfile:2:6: binary data (a NUL character) is not a Dockerfile");
    }

    @Test
    void utf16WithoutMarkReadAsUtf8IsRecognised() {
        String asUtf8 = new String("FROM a\nRUN x\n".getBytes(StandardCharsets.UTF_16LE),
                StandardCharsets.UTF_8);

        refused(asUtf8, "Dockerfile:1:1: UTF-16 text is not a Dockerfile BuildKit reads: "
                + "save it as UTF-8");
    }

    @Test
    void utf16BytesAreRefusedWithOrWithoutMark() {
        for (byte[] bytes : new byte[][] {"FROM a\n".getBytes(StandardCharsets.UTF_16),
                "\uFEFFFROM a\n".getBytes(StandardCharsets.UTF_16LE)}) {
            assertThatThrownBy(() -> DockerfileParser.decode(bytes, "Dockerfile"))
                    .hasMessage("Dockerfile:1:1: UTF-16 text is not a Dockerfile BuildKit "
                            + "reads: save it as UTF-8");
        }
        byte[] noMark = "FROM a\n".getBytes(StandardCharsets.UTF_16BE);
        assertThatThrownBy(() -> DockerfileParser.parse(
                DockerfileParser.decode(noMark, "Dockerfile"), "Dockerfile"))
                .hasMessageContaining("UTF-16 text");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyStart() {
        byte[] bytes = "FROM a\nRUN \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DockerfileParser.decode(bytes, "Dockerfile"))
                .hasMessage("Dockerfile:2:5: not UTF-8 text");
    }

    @Test
    void repeatedDirectiveIsAnError() {
        refused("# escape=`\n# escape=\\\nFROM a\n",
                "Dockerfile:2:1: only one escape parser directive can be used");
    }

    @Test
    void unreadableCheckDirectiveIsAnError() {
        refused("# check=skip\nFROM a\n", "Dockerfile:1:1: invalid check option \"skip\"");
        refused("# check=error=maybe\nFROM a\n", "Dockerfile:1:1: failed to parse check option "
                + "\"error=maybe\": invalid syntax");
    }
}
