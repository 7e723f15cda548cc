package dev.strata.fuzz;

/** The bounds every fuzz target shares. */
final class FuzzLimits {
    /** How long {@code -Pfuzz} fuzzes each target. */
    static final String DURATION = "5m";
    /** One input taking longer than this is a finding (a hang). */
    static final long SECONDS_PER_INPUT = 10;

    private FuzzLimits() {
    }
}
