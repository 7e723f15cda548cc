package dev.strata.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sample app and its scenarios, shipped inside the application. They are read in place,
 * from the class path directory or from inside the jar, never copied out.
 */
public final class Samples {
    /** The sample opened when no input is given. */
    public static final String DEFAULT = "tour";
    public static final List<String> NAMES =
            List.of("tour", "no-volumes", "emptydir-logs", "shared-pvc", "rwo-pvc");

    private static final String MARKER = "/dev/strata/samples/Dockerfile";

    private Samples() {
    }

    /** The folder holding the sample's Dockerfile, manifests and scenarios. */
    public static Path directory() throws IOException {
        URL url = Samples.class.getResource(MARKER);
        if (url == null) {
            throw new IOException("the bundled sample is missing from the application");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                openJar(uri);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled sample: " + url, e);
        }
    }

    private static void openJar(URI uri) throws IOException {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // Opened by an earlier call; the path resolves through it.
        }
    }
}
