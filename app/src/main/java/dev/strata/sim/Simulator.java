package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.image.Image;
import dev.strata.manifest.Manifest;

/** Plays a whole scenario and keeps the cluster's picture after every step. */
public final class Simulator {
    private Simulator() {
    }

    /**
     * Runs every step of {@code scenario} on a fresh cluster.
     *
     * @throws dev.strata.source.InputException when a step names a replica, container or
     *     workload that does not exist at that point
     */
    public static Timeline run(ImagePlan plan, Manifest manifest, Scenario scenario) {
        return play(Simulation.start(plan, manifest, scenario.nodes()), scenario);
    }

    /** Runs every step on a real image, labelled with the Dockerfile's plan when given. */
    public static Timeline run(Image image, Optional<ImagePlan> plan, Manifest manifest,
            Scenario scenario) {
        return play(Simulation.start(image, plan, manifest, scenario.nodes()), scenario);
    }

    private static Timeline play(Simulation sim, Scenario scenario) {
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(0, Optional.empty(), sim.snapshot()));
        for (Step step : scenario.steps()) {
            Outcome outcome = sim.apply(step);
            frames.add(new Frame(step.number(), Optional.of(outcome), sim.snapshot()));
        }
        return new Timeline(scenario, frames);
    }
}
