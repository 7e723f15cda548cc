package dev.strata.cli;

import java.util.stream.Collectors;

import dev.strata.sim.Outcome;

/** One outcome as one readable line: step, who, what, result, where, and why. */
final class OutcomeText {
    private OutcomeText() {
    }

    static String line(Outcome outcome) {
        String who = outcome.actor().map(a -> "replica " + a.replica() + " (node " + a.node()
                + ")").orElse("");
        String what = outcome.step().op().key() + (outcome.step().path().isEmpty() ? ""
                : " " + outcome.step().path())
                + (outcome.step().to().isEmpty() ? "" : " → " + outcome.step().to());
        String where = outcome.place().lands().jsonName() + OutcomeJson.layer(outcome)
                .map(l -> " layer " + l).orElse("")
                + (outcome.place().volume().isEmpty() ? "" : " \"" + outcome.place().volume()
                + "\"");
        String seen = outcome.visibleTo().isEmpty() ? "" : " · seen by "
                + outcome.visibleTo().stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
        return String.format("%3d  %-20s %-32s %-8s %s%s%n     %s", outcome.step().number(), who,
                what, outcome.result().jsonName(), where, seen, outcome.explain());
    }
}
