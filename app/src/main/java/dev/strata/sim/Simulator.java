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

    /**
     * False when the plan makes layers but none of the image's layers matches one of them
     * (paired from the top down, as the layers are labelled): the image was probably built
     * from another Dockerfile, so its layers keep the names their history gives them.
     */
    public static boolean seemsBuiltFrom(Image image, ImagePlan plan) {
        return plan.layers().isEmpty()
                || LayerMatch.of(image.layers(), Optional.of(plan)).matchedAny();
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
