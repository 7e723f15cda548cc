package dev.strata;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.strata.cli.StrataCommand;

/** Entry point; does not extend Application so that JavaFX can load from the class path. */
public final class Main {
    /**
     * JavaFX warns at every start that it was loaded from the class path. Strata runs that
     * way on purpose (one plain jar set, headless Monocle for pictures), so the warning only
     * adds noise to the command line. Held here because loggers are weakly referenced.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        System.exit(StrataCommand.run(args));
    }
}
