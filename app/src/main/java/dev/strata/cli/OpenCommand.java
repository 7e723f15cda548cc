package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.strata.ui.StrataWindow;
import dev.strata.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Opens the window. A file that cannot be read exits with 1 as elsewhere; a file that reads
 * but does not parse opens all the same, with the mistake marked in its editor, and an image
 * archive that cannot be read is left out of the picture, its mistake shown above the
 * editors. Either mistake also goes to standard error; the exit code, once the window is
 * closed, is 0.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Opens the window on the inputs, or on the bundled sample.",
                "Files that do not parse open with the mistake marked in the editor; an image"
                        + " archive that cannot be read is left out of the picture, and one"
                        + " that holds several images asks which to show (or give --ref or"
                        + " --platform). Mistakes and warnings also go to standard error."})
final class OpenCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return open(inputs, spec.commandLine().getErr());
    }

    /** On Linux the window needs an X11 or Wayland session; say so instead of a trace. */
    private static void requireDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
                .contains("linux");
        if (linux && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new UsageException("no display to open a window on (DISPLAY is not set);"
                    + " strata render draws pictures without one");
        }
    }

    /** Opens the window; the warnings of the texts as they open go to {@code err}. */
    static int open(Inputs inputs, PrintWriter err) throws IOException {
        Workspace workspace = inputs.workspace();
        requireDisplay();
        StrataWindow.open(workspace, warnings -> Inputs.report(warnings, err), message -> {
            err.println(message);
            err.flush();
        });
        return 0;
    }
}
