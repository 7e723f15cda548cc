package dev.strata.sim;

import java.util.List;
import java.util.Optional;

/**
 * What one scenario step did. Each kind carries what the window needs to animate it and the
 * command line to print it, with a plain-language explanation and the source of the rule.
 */
public sealed interface Outcome {
    /** The step that produced this outcome. */
    Step step();

    /** One sentence saying what happened and why. */
    String explain();

    /** Where the rule is documented (a URL), or empty. */
    String source();

    /** Who acted, for outcomes of a pod's container. */
    default Optional<Actor> actor() {
        return Optional.empty();
    }

    default Result result() {
        return Result.OK;
    }

    default Place place() {
        return Place.NOWHERE;
    }

    default boolean copyUp() {
        return false;
    }

    /** The replicas that can read the result right after the step. */
    default List<Integer> visibleTo() {
        return List.of();
    }

    /** An outcome of a file operation by one container. */
    sealed interface ByActor extends Outcome {
        /** The container that acted. */
        Actor by();

        @Override
        default Optional<Actor> actor() {
            return Optional.of(by());
        }
    }

    /** A write, append or mkdir that landed without copying anything up. */
    record Landed(
            Step step, Actor by, Place place, List<Integer> visibleTo, String explain,
            String source) implements ByActor {
        public Landed {
            visibleTo = List.copyOf(visibleTo);
        }
    }

    /**
     * A first write or chmod to a file from a read-only image layer: the whole file was copied
     * into the container's writable layer (kernel overlayfs docs).
     */
    record CopiedUp(
            Step step, Actor by, int fromLayer, List<Integer> visibleTo, String explain,
            String source) implements ByActor {
        public CopiedUp {
            visibleTo = List.copyOf(visibleTo);
        }

        @Override
        public Place place() {
            return Place.UPPER;
        }

        @Override
        public boolean copyUp() {
            return true;
        }
    }

    /**
     * A delete of a file that an image layer holds: a whiteout in the writable layer hides it,
     * the bytes stay in the layer (overlayfs docs; OCI image-spec layer.md).
     */
    record WhitedOut(
            Step step, Actor by, int hiddenLayer, List<Integer> visibleTo, String explain,
            String source) implements ByActor {
        public WhitedOut {
            visibleTo = List.copyOf(visibleTo);
        }

        @Override
        public Place place() {
            return Place.UPPER;
        }
    }

    /** A delete of a file that lived in the writable layer or a volume: it is gone. */
    record Removed(
            Step step, Actor by, Place place, List<Integer> visibleTo, String explain,
            String source) implements ByActor {
        public Removed {
            visibleTo = List.copyOf(visibleTo);
        }
    }

    /** A read, served from the place it names. */
    record Served(
            Step step, Actor by, Place place, long size, List<Integer> visibleTo,
            String explain, String source) implements ByActor {
        public Served {
            visibleTo = List.copyOf(visibleTo);
        }
    }

    /** A file operation the kernel refuses with an errno; nothing changed. */
    record Refused(
            Step step, Actor by, Result result, Place place, String explain, String source)
            implements ByActor {
    }

    /**
     * What happened depends on files the Dockerfile alone cannot tell (the base image, a RUN
     * layer); nothing changed, and loading the image archive would settle it.
     */
    record Uncertain(Step step, Actor by, String explain, String source) implements ByActor {
        @Override
        public Result result() {
            return Result.UNKNOWN;
        }

        @Override
        public Place place() {
            return new Place(Lands.IMAGE, "", "", -1);
        }
    }

    /** The pod is not running (e.g. waiting on a Multi-Attach error); nothing changed. */
    record Blocked(Step step, Actor by, String reason, String explain, String source)
            implements ByActor {
        @Override
        public Result result() {
            return Result.PENDING;
        }
    }

    /**
     * The write landed, and then the kubelet evicted the pod for using more local storage
     * than allowed; its controller replaced it, so what the write put there is gone
     * (kubernetes.io manage-resources-containers, local ephemeral storage).
     */
    record Evicted(Step step, Actor by, Place place, String reason, String explain,
            String source) implements ByActor {
        @Override
        public Result result() {
            return Result.EVICTED;
        }
    }

    /** A restart, a pod replacement or a scale. */
    record Lifecycle(Step step, Optional<Actor> actor, String explain, String source)
            implements Outcome {
    }

    /** A step that only narrates. */
    record Narration(Step step) implements Outcome {
        @Override
        public String explain() {
            return step.say();
        }

        @Override
        public String source() {
            return "";
        }
    }
}
