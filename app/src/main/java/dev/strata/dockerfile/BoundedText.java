package dev.strata.dockerfile;

/**
 * A string that counts the characters a regular expression reads from it and stops a
 * runaway search. Java's matcher backtracks where Go's (which BuildKit uses) is linear, so
 * a pattern such as {@code *a*a*a*a*a*a*a*b} could take years on a long text; with a bound
 * it ends with {@link TooCostly}, which callers turn into a message at the pattern.
 */
final class BoundedText implements CharSequence {
    /** A search that needed more reading than {@link #budget} allows. */
    static final class TooCostly extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooCostly() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long[] left;

    private BoundedText(String text, long[] left) {
        this.text = text;
        this.left = left;
    }

    /** The text with a budget of its own, for one search. */
    static BoundedText of(String text) {
        return new BoundedText(text, new long[] {budget(text.length())});
    }

    /** Another text that draws on this one's budget, for the many searches of one step. */
    BoundedText sharing(String other) {
        return new BoundedText(other, left);
    }

    /**
     * Characters a search may read in a text of this length: a real pattern reads each a
     * few times per wildcard, far less than this; a runaway one soon more.
     */
    static long budget(int length) {
        return 1_000_000 + 16L * length * length;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new TooCostly();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
