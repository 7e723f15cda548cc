package dev.strata.ui;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Lands;
import dev.strata.sim.Outcome;
import dev.strata.sim.Place;
import dev.strata.sim.Result;
import dev.strata.sim.Step;

/** The words under the picture: what a step did, in one line, and the starting summary. */
final class Captions {
    private Captions() {
    }

    /** E.g. {@code replica 1: write /var/log/app/app.log → emptyDir "logs"}. */
    static String what(Outcome outcome, ClusterState after) {
        if (outcome instanceof Outcome.Narration) {
            return "";
        }
        String who = outcome.actor().map(a -> "replica " + a.replica() + ": ").orElse("");
        if (outcome instanceof Outcome.Lifecycle) {
            return who + lifecycle(outcome.step());
        }
        String op = outcome.step().op().key();
        String path = outcome.step().path().isBlank() ? "" : " " + outcome.step().path();
        return who + op + path + result(outcome, after);
    }

    private static String lifecycle(Step step) {
        return switch (step.op()) {
            case RESTART -> "its container restarts";
            case DELETE_POD -> "its pod is deleted and replaced";
            case SCALE -> "scale to " + step.count() + " replicas";
            default -> step.op().key();
        };
    }

    private static String result(Outcome outcome, ClusterState after) {
        if (outcome.result() != Result.OK) {
            return " → " + outcome.result().jsonName();
        }
        if (outcome instanceof Outcome.CopiedUp c) {
            return " → copied up from layer " + c.fromLayer() + " into its writable layer";
        }
        if (outcome instanceof Outcome.WhitedOut w) {
            return " → whiteout hides it in layer " + w.hiddenLayer();
        }
        Place place = outcome.place();
        String arrow = outcome instanceof Outcome.Served ? " ← from " : " → ";
        return place.lands() == Lands.NONE ? ""
                : arrow + placeName(place, after) + visible(outcome);
    }

    private static String placeName(Place place, ClusterState after) {
        String volume = after.volume(place.volumeId()).map(VolumeState::name)
                .orElse(place.volume());
        return switch (place.lands()) {
            case UPPER -> "its writable layer";
            case IMAGE -> "image layer " + place.layer();
            case PVC -> "claim \"" + volume + "\"";
            default -> place.lands().jsonName() + " \"" + volume + "\"";
        };
    }

    private static String visible(Outcome outcome) {
        if (outcome instanceof Outcome.Served || outcome.visibleTo().isEmpty()) {
            return "";
        }
        String who = Ranges.of(outcome.visibleTo());
        return outcome.visibleTo().size() == 1 ? " · only replica " + who + " sees it"
                : " · replicas " + who + " see it";
    }

    /** What frame 0 shows, in one sentence. */
    static String start(ClusterState state) {
        int pods = state.pods().size();
        int nodes = state.nodes().size();
        return pods + (pods == 1 ? " replica" : " replicas") + " on " + nodes
                + (nodes == 1 ? " node" : " nodes")
                + ". Each node pulls the image once; its replicas share those read-only"
                + " layers, and each container writes to its own thin writable layer.";
    }

    /** A URL without its scheme and {@code www.}, for the caption. */
    static String shortUrl(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    }
}
