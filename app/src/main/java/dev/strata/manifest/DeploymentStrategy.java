package dev.strata.manifest;

import java.util.Objects;

/**
 * How a Deployment replaces its pods when its template changes
 * (kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy).
 */
public sealed interface DeploymentStrategy {
    /** The {@code type} as written in a manifest. */
    String type();

    /** The default: RollingUpdate with 25% surge and 25% unavailable. */
    static DeploymentStrategy defaults() {
        return new RollingUpdate(IntOrPercent.percent(25), IntOrPercent.percent(25));
    }

    /**
     * New pods come up while old ones go, within two bounds. Kubernetes rounds a surge
     * percentage up and an unavailable percentage down; both are never 0 together.
     *
     * @param maxSurge how many pods above the desired count may exist during the rollout
     * @param maxUnavailable how many desired pods may be missing during the rollout
     */
    record RollingUpdate(IntOrPercent maxSurge, IntOrPercent maxUnavailable)
            implements DeploymentStrategy {
        public RollingUpdate {
            Objects.requireNonNull(maxSurge, "maxSurge");
            Objects.requireNonNull(maxUnavailable, "maxUnavailable");
        }

        @Override
        public String type() {
            return "RollingUpdate";
        }

        /** The extra pods allowed for {@code replicas}, rounded up. */
        public int surge(int replicas) {
            return maxSurge.of(replicas, true);
        }

        /**
         * The pods that may be missing for {@code replicas}, rounded down; 1 when the surge
         * is 0 too, as the Deployment controller resolves it so that the rollout can move.
         */
        public int unavailable(int replicas) {
            int unavailable = maxUnavailable.of(replicas, false);
            return unavailable == 0 && surge(replicas) == 0 ? 1 : unavailable;
        }
    }

    /** Every old pod is deleted before any new pod is created. */
    record Recreate() implements DeploymentStrategy {
        @Override
        public String type() {
            return "Recreate";
        }
    }
}
