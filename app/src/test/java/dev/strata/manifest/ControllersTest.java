package dev.strata.manifest;

import dev.strata.manifest.ClaimRetentionPolicy.Retention;
import dev.strata.manifest.DeploymentStrategy.Recreate;
import dev.strata.manifest.DeploymentStrategy.RollingUpdate;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.assertFailsAt;
import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;

/** Rollout strategy, claim retention and completions, with the defaults Kubernetes fills. */
class ControllersTest {
    private static final String TEMPLATE = """
              template:
                spec:
                  containers: [{name: app, image: app:1}]
            """;

    private static Workload deployment(String spec) {
        return load("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n"
                + spec + TEMPLATE).workloads().get(0);
    }

    @Test
    void deploymentWithoutStrategyRollsTwentyFivePercentEachWay() {
        Workload web = deployment("  replicas: 10\n");

        RollingUpdate rolling = (RollingUpdate) web.strategy().orElseThrow();
        assertThat(rolling).isEqualTo(DeploymentStrategy.defaults());
        assertThat(rolling.surge(10)).isEqualTo(3);
        assertThat(rolling.unavailable(10)).isEqualTo(2);
    }

    @Test
    void rollingUpdateReadsCountsAndPercentages() {
        Workload web = deployment("""
                  strategy:
                    type: RollingUpdate
                    rollingUpdate: {maxSurge: 1, maxUnavailable: "0%"}
                """);

        RollingUpdate rolling = (RollingUpdate) web.strategy().orElseThrow();
        assertThat(rolling.maxSurge()).isEqualTo(IntOrPercent.count(1));
        assertThat(rolling.maxUnavailable()).isEqualTo(IntOrPercent.percent(0));
        assertThat(rolling.maxUnavailable()).hasToString("0%");
    }

    @Test
    void surgeAndUnavailableRoundingToZeroTogetherLeaveOneUnavailable() {
        RollingUpdate rolling = new RollingUpdate(IntOrPercent.percent(0),
                IntOrPercent.percent(10));

        assertThat(rolling.unavailable(3)).isEqualTo(1);
    }

    @Test
    void recreateIsItsOwnStrategy() {
        Workload web = deployment("  strategy: {type: Recreate}\n");

        assertThat(web.strategy()).contains(new Recreate());
    }

    @Test
    void recreateWithRollingUpdateFailsAtTheRollingUpdate() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy:
                    type: Recreate
                    rollingUpdate: {maxSurge: 1}
                """ + TEMPLATE, 7, 5, "may not be given when strategy type is Recreate");
    }

    @Test
    void unknownStrategyTypeFails() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy: {type: BlueGreen}
                """ + TEMPLATE, 5, 20, "must be Recreate or RollingUpdate, found \"BlueGreen\"");
    }

    @Test
    void percentageAboveAHundredFails() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy:
                    rollingUpdate: {maxSurge: 150%}
                """ + TEMPLATE, 6, 31, "must not be greater than 100%, found 150%");
    }

    @Test
    void quotedCountIsNotAPercentage() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy:
                    rollingUpdate: {maxSurge: "1"}
                """ + TEMPLATE, 6, 31, "must be an integer or a percentage such as 25%");
    }

    @Test
    void zeroSurgeAndZeroUnavailableFail() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy:
                    rollingUpdate: {maxSurge: 0, maxUnavailable: 0}
                """ + TEMPLATE, 6, 50, "may not be 0 when maxSurge is 0");
    }

    @Test
    void statefulSetRetainsClaimsByDefault() {
        Workload db = load("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\n"
                + "spec:\n" + TEMPLATE).workloads().get(0);

        assertThat(db.claimRetention()).contains(ClaimRetentionPolicy.DEFAULT);
        assertThat(db.strategy()).isEmpty();
    }

    @Test
    void statefulSetReadsItsRetentionPolicy() {
        Workload db = load("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  persistentVolumeClaimRetentionPolicy: {whenScaled: Delete}
                """ + TEMPLATE).workloads().get(0);

        assertThat(db.claimRetention())
                .contains(new ClaimRetentionPolicy(Retention.RETAIN, Retention.DELETE));
    }

    @Test
    void unknownRetentionFails() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  persistentVolumeClaimRetentionPolicy: {whenDeleted: Keep}
                """ + TEMPLATE, 5, 55, "must be Retain or Delete, found \"Keep\"");
    }

    @Test
    void jobKeepsItsCompletionsAndAWorkQueueHasNone() {
        Manifest manifest = load("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: batch}
                spec:
                  completions: 5
                  parallelism: 2
                """ + TEMPLATE + """
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: queue}
                spec:
                  parallelism: 3
                """ + TEMPLATE);

        assertThat(manifest.workloads().get(0).completions()).hasValue(5);
        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(2);
        assertThat(manifest.workloads().get(1).completions()).isEmpty();
    }

    @Test
    void replicasWrittenAsAWholeFloatAreAcceptedAsKubectlDoes() {
        assertThat(deployment("  replicas: 3.0\n").replicas()).isEqualTo(3);
    }
}
