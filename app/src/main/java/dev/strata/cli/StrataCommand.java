package dev.strata.cli;

/** The command line. */
public final class StrataCommand {
    private StrataCommand() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
