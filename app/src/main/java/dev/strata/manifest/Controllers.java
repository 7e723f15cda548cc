package dev.strata.manifest;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import dev.strata.manifest.ClaimRetentionPolicy.Retention;
import dev.strata.manifest.DeploymentStrategy.Recreate;
import dev.strata.manifest.DeploymentStrategy.RollingUpdate;

/** Reads what a controller does with its pods beyond their count, checked as the API does. */
final class Controllers {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,9})%");

    private Controllers() {
    }

    /** A Deployment's {@code spec.strategy}, with the defaults of apps/v1. */
    static DeploymentStrategy strategy(Value spec) {
        Optional<Value> strategy = spec.field("strategy");
        String type = strategy.flatMap(s -> s.field("type")).map(Value::text)
                .orElse("RollingUpdate");
        Optional<Value> rolling = strategy.flatMap(s -> s.field("rollingUpdate"));
        if (type.equals("Recreate")) {
            if (rolling.isPresent()) {
                throw rolling.get().keyError("may not be given when strategy type is Recreate");
            }
            return new Recreate();
        }
        if (!type.equals("RollingUpdate")) {
            throw strategy.get().required("type").error(
                    "must be Recreate or RollingUpdate, found \"" + type + "\"");
        }
        return rolling.<DeploymentStrategy>map(Controllers::rollingUpdate)
                .orElseGet(DeploymentStrategy::defaults);
    }

    private static RollingUpdate rollingUpdate(Value rolling) {
        IntOrPercent surge = rolling.field("maxSurge").map(Controllers::intOrPercent)
                .orElse(IntOrPercent.percent(25));
        IntOrPercent unavailable = rolling.field("maxUnavailable")
                .map(Controllers::intOrPercent).orElse(IntOrPercent.percent(25));
        if (surge.value() == 0 && unavailable.value() == 0) {
            throw rolling.required("maxUnavailable").error(
                    "may not be 0 when maxSurge is 0; the rollout could never move");
        }
        return new RollingUpdate(surge, unavailable);
    }

    private static IntOrPercent intOrPercent(Value value) {
        if (!value.isString()) {
            return IntOrPercent.count(value.count());
        }
        var match = PERCENT.matcher(value.text());
        if (!match.matches()) {
            throw value.error("must be an integer or a percentage such as 25%, found "
                    + value.describe());
        }
        int percent = Integer.parseInt(match.group(1));
        if (percent > 100) {
            throw value.error("must not be greater than 100%, found " + value.text());
        }
        return IntOrPercent.percent(percent);
    }

    /** A StatefulSet's {@code spec.persistentVolumeClaimRetentionPolicy}, Retain by default. */
    static ClaimRetentionPolicy retention(Value spec) {
        return spec.field("persistentVolumeClaimRetentionPolicy")
                .map(p -> new ClaimRetentionPolicy(retention(p, "whenDeleted"),
                        retention(p, "whenScaled")))
                .orElse(ClaimRetentionPolicy.DEFAULT);
    }

    private static Retention retention(Value policy, String key) {
        Optional<Value> written = policy.field(key);
        if (written.isEmpty()) {
            return Retention.RETAIN;
        }
        String text = written.get().text();
        return Arrays.stream(Retention.values()).filter(r -> r.manifestName().equals(text))
                .findFirst()
                .orElseThrow(() -> written.get().error(
                        "must be Retain or Delete, found \"" + text + "\""));
    }

    /** A Job's {@code completions}: empty for a work queue, where it is left out. */
    static OptionalInt completions(Value spec) {
        return spec.field("completions").map(v -> OptionalInt.of(v.count()))
                .orElse(OptionalInt.empty());
    }
}
