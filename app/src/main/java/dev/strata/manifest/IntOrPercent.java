package dev.strata.manifest;

/**
 * A count written either as an integer or as a percentage of the replicas, like a
 * Deployment's {@code maxSurge: 25%} or {@code maxUnavailable: 1}.
 *
 * @param value the integer, or the percentage without its sign
 * @param percent whether {@code value} is a percentage
 */
public record IntOrPercent(int value, boolean percent) {
    public IntOrPercent {
        if (value < 0) {
            throw new IllegalArgumentException("must not be negative: " + value);
        }
    }

    public static IntOrPercent percent(int value) {
        return new IntOrPercent(value, true);
    }

    public static IntOrPercent count(int value) {
        return new IntOrPercent(value, false);
    }

    /** The count for {@code replicas} pods; a percentage rounds up or down as asked. */
    public int of(int replicas, boolean roundUp) {
        if (!percent) {
            return value;
        }
        long scaled = (long) value * replicas;
        return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    /** As written in a manifest: {@code 25%} or {@code 1}. */
    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
