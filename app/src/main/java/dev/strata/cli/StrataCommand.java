package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.strata.source.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line. With no command it opens the window on the bundled sample.
 * Exit codes: 0 success, 1 bad input (the message names the file and line), 2 bad usage.
 */
@Command(name = "strata", mixinStandardHelpOptions = true,
        versionProvider = StrataCommand.Version.class,
        description = "Shows where a container's writes land: image layers, writable layers"
                + " and volumes.",
        subcommands = {OpenCommand.class, RenderCommand.class, SimulateCommand.class,
                DockerfileCommand.class, ManifestCommand.class, ImageCommand.class})
public final class StrataCommand implements Callable<Integer> {
    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;

    @Mixin
    Inputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return OpenCommand.open(inputs, spec.commandLine().getErr());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new StrataCommand());
        line.setExecutionExceptionHandler(StrataCommand::handle);
        return line;
    }

    private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        if (e instanceof InputException input) {
            err.println(input.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UsageException usage) {
            err.println("strata: " + usage.getMessage());
            return BAD_USAGE;
        }
        if (e instanceof IOException io) {
            err.println("strata: " + io.getMessage());
            return BAD_INPUT;
        }
        throw new IllegalStateException(e);
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StrataCommand.class.getPackage().getImplementationVersion();
            return new String[] {"strata " + (version == null ? "development" : version)};
        }
    }
}
