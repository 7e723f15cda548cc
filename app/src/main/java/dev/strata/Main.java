package dev.strata;

/** Entry point; does not extend Application so that JavaFX can load from the class path. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(dev.strata.cli.StrataCommand.run(args));
    }
}
