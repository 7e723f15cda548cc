package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.sim.Actor;
import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.Frame;
import dev.strata.sim.Lands;
import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.Result;

/**
 * A question asked before a file step plays: where will it land? The choices are the places
 * the acting container has (its writable layer, each of its volumes, for a read the image
 * layers) and "refused"; the answer is what the simulator did.
 *
 * @param question e.g. {@code Replica 2 writes /data/x. Where does it land?}
 * @param choices what to pick from, in order
 * @param answer the index of the right choice
 */
record Prediction(String question, List<String> choices, int answer) {
    static final String UPPER = "its writable layer";
    static final String IMAGE = "an image layer";
    static final String REFUSED = "refused";

    Prediction {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of "
                    + choices.size() + " choices");
        }
    }

    /** The question for entering {@code frame} from the state before it, if it has one. */
    static Optional<Prediction> of(ClusterState before, Frame frame) {
        Optional<Outcome> outcome = frame.outcome();
        if (outcome.isEmpty() || outcome.get().actor().isEmpty()
                || !outcome.get().step().op().takesPath()) {
            return Optional.empty();
        }
        Actor actor = outcome.get().actor().get();
        return container(before, actor).map(c -> ask(outcome.get(), actor, c));
    }

    boolean isRight(int choice) {
        return choice == answer;
    }

    String answerText() {
        return choices.get(answer);
    }

    private static Prediction ask(Outcome outcome, Actor actor, ContainerState container) {
        boolean read = outcome.step().op() == Op.READ;
        List<String> choices = new ArrayList<>(List.of(UPPER));
        List<String> ids = new ArrayList<>(List.of(""));
        for (MountState mount : container.mounts()) {
            if (!ids.contains(mount.volumeId())) {
                ids.add(mount.volumeId());
                choices.add("volume \"" + mount.volume() + "\" at " + mount.mountPath());
            }
        }
        if (read) {
            choices.add(IMAGE);
        }
        choices.add(REFUSED);
        String verb = switch (outcome.step().op()) {
            case MKDIR -> "makes the directory";
            case CHMOD -> "changes the mode of";
            default -> outcome.step().op().key() + "s";
        };
        String where = read ? "Where do the bytes come from?" : "Where does it land?";
        String question = "Replica " + actor.replica() + " " + verb + " "
                + outcome.step().path() + ". " + where;
        return new Prediction(question, choices, answer(outcome, choices, ids));
    }

    private static int answer(Outcome outcome, List<String> choices, List<String> ids) {
        if (outcome.result() != Result.OK) {
            return choices.indexOf(REFUSED);
        }
        Lands lands = outcome.place().lands();
        if (lands == Lands.IMAGE) {
            return Math.max(0, choices.indexOf(IMAGE));
        }
        int volume = ids.indexOf(outcome.place().volumeId());
        return lands == Lands.UPPER || volume < 0 ? 0 : volume;
    }

    private static Optional<ContainerState> container(ClusterState state, Actor actor) {
        return state.pods().stream()
                .filter(p -> p.workload().equals(actor.workload())
                        && p.replica() == actor.replica())
                .flatMap(p -> p.containers().stream())
                .filter(c -> c.name().equals(actor.container()))
                .findFirst();
    }
}
