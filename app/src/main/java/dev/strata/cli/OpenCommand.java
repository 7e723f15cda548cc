package dev.strata.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import dev.strata.ui.StrataWindow;
import dev.strata.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the window. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Opens the window on the inputs, or on the bundled sample.")
final class OpenCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Override
    public Integer call() throws IOException {
        return open(inputs);
    }

    static int open(Inputs inputs) throws IOException {
        Workspace workspace = inputs.workspace();
        StrataWindow.open(workspace.play(), workspace.label());
        return 0;
    }
}
