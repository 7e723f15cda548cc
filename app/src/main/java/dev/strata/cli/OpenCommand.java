package dev.strata.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import dev.strata.ui.StrataWindow;
import dev.strata.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Opens the window. A file that cannot be read exits with 1 as elsewhere; a file that reads
 * but does not parse opens all the same, with the mistake marked in its editor.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Opens the window on the inputs, or on the bundled sample.",
                "Files that do not parse open with the mistake marked in the editor."})
final class OpenCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Override
    public Integer call() throws IOException {
        return open(inputs);
    }

    static int open(Inputs inputs) throws IOException {
        Workspace workspace = inputs.workspace();
        StrataWindow.open(workspace);
        return 0;
    }
}
