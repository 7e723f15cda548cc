package dev.strata.dockerfile;

/** A pattern Go would refuse, with the index of the character at fault. */
final class BadPattern extends Exception {
    private final int index;

    BadPattern(int index, String message) {
        super(message);
        this.index = index;
    }

    /** Where in the pattern, or in the expression made from it, the problem starts. */
    int index() {
        return index;
    }
}
