package dev.strata.ui;

import java.util.Optional;

import dev.strata.sim.Actor;
import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.Place;
import dev.strata.sim.Result;

/**
 * How the view animates one outcome: who moves, between which places, and what it carries.
 *
 * @param path how the packet travels, or whether the actor's column moves instead
 * @param place the far end of the trip: where a write lands or a read comes from
 */
record Motion(Path path, WritePacket.Kind packet, Actor actor, Place place, String label) {
    /** The shape of the movement. */
    enum Path {
        /** From the actor's column to the place. */
        TO_PLACE,
        /** From the place to the actor's column. */
        FROM_PLACE,
        /** From the place toward the column's writable layer (copy-up from an image layer). */
        PLACE_TO_UPPER,
        /** Toward the place and back: refused. */
        BOUNCE,
        /** The actor's column shakes: it cannot run. */
        SHAKE,
        /** The actor's column lights up briefly. */
        HIGHLIGHT,
        /** The actor's writable layer empties: its container restarts. */
        EMPTY_UPPER,
        /** The actor's pod is replaced: its writable layers and own volumes empty. */
        REPLACE_POD
    }

    /** The motion for an outcome, or empty when there is nothing to animate. */
    static Optional<Motion> of(Outcome outcome) {
        if (outcome instanceof Outcome.Narration || outcome.actor().isEmpty()) {
            return Optional.empty();
        }
        Actor actor = outcome.actor().get();
        String name = fileName(outcome.step().path());
        return Optional.of(motion(outcome, actor, name));
    }

    private static Motion motion(Outcome outcome, Actor actor, String name) {
        if (outcome instanceof Outcome.CopiedUp c) {
            return new Motion(Path.PLACE_TO_UPPER, WritePacket.Kind.COPIED_UP, actor,
                    Place.image(c.fromLayer()), "copy up " + name);
        }
        if (outcome instanceof Outcome.WhitedOut || outcome instanceof Outcome.Removed) {
            return new Motion(Path.TO_PLACE, WritePacket.Kind.WHITEOUT, actor, outcome.place(),
                    "delete " + name);
        }
        if (outcome instanceof Outcome.Served) {
            return new Motion(Path.FROM_PLACE, WritePacket.Kind.READ, actor, outcome.place(),
                    "read " + name);
        }
        return other(outcome, actor, name);
    }

    private static Motion other(Outcome outcome, Actor actor, String name) {
        if (outcome instanceof Outcome.Refused r) {
            return new Motion(Path.BOUNCE, WritePacket.Kind.REFUSED, actor, r.place(),
                    name + " — " + r.result().jsonName() + reason(r.result()));
        }
        if (outcome instanceof Outcome.Evicted) {
            return new Motion(Path.REPLACE_POD, WritePacket.Kind.REFUSED, actor, Place.NOWHERE,
                    "");
        }
        if (outcome instanceof Outcome.Uncertain) {
            return new Motion(Path.HIGHLIGHT, WritePacket.Kind.WRITE, actor, Place.NOWHERE, "");
        }
        if (outcome instanceof Outcome.Blocked) {
            return new Motion(Path.SHAKE, WritePacket.Kind.REFUSED, actor, Place.NOWHERE, "");
        }
        if (outcome instanceof Outcome.Lifecycle) {
            return new Motion(lifecyclePath(outcome.step().op()), WritePacket.Kind.WRITE, actor,
                    Place.NOWHERE, "");
        }
        String verb = outcome.step().op().key();
        return new Motion(Path.TO_PLACE, WritePacket.Kind.WRITE, actor, outcome.place(),
                verb + " " + name);
    }

    private static Path lifecyclePath(Op op) {
        return switch (op) {
            case RESTART -> Path.EMPTY_UPPER;
            case DELETE_POD -> Path.REPLACE_POD;
            default -> Path.HIGHLIGHT;
        };
    }

    /** A few words that say why the kernel refused, carried on the bouncing packet. */
    static String reason(Result result) {
        return switch (result) {
            case EROFS -> ": read-only";
            case EXDEV -> ": cross-device rename";
            case ENOENT -> ": no such file";
            case EBUSY -> ": mount point";
            case ENOSPC -> ": disk full";
            case EISDIR -> ": is a directory";
            case ENOTDIR -> ": not a directory";
            case EEXIST -> ": already exists";
            default -> "";
        };
    }

    static String fileName(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1
                ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }
}
