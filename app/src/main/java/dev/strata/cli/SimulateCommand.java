package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.strata.sim.Frame;
import dev.strata.sim.Outcome;
import dev.strata.sim.Timeline;
import dev.strata.workspace.Played;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plays a scenario and prints one outcome per step. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Plays the scenario and prints where each step lands, and why;"
                + " warnings go to standard error.")
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Option(names = "--json", description = "one JSON object per step")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Played played = inputs.workspace().play();
        Inputs.report(played.warnings(), spec.commandLine().getErr());
        Timeline timeline = played.timeline();
        PrintWriter out = spec.commandLine().getOut();
        for (Frame frame : timeline.frames().subList(1, timeline.frames().size())) {
            Outcome outcome = frame.outcome().orElseThrow();
            out.println(json ? OutcomeJson.line(outcome) : OutcomeText.line(outcome));
        }
        out.flush();
        return 0;
    }
}
