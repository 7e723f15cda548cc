package dev.strata.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells which text a dropped file is: by its name first, by its first lines otherwise. */
final class DroppedFiles {
    private static final int HEAD_BYTES = 4096;
    private static final Pattern DOCKERFILE_START = Pattern.compile(
            "(?is)^(\\s*(#[^\\n]*)?\\n)*\\s*(FROM|ARG)\\s.*");
    private static final Pattern MANIFEST_KEYS = Pattern.compile("(?m)^(apiVersion|kind):");
    private static final Pattern SCENARIO_KEYS = Pattern.compile("(?m)^steps:");

    /** The names of image archives, for a file chooser. */
    static final String[] ARCHIVE_GLOBS = {"*.tar", "*.tar.gz", "*.tgz", "*.tar.zst", "*.oci"};

    private DroppedFiles() {
    }

    /** True for an image archive by its name, or a folder that holds an OCI image layout. */
    static boolean isImageArchive(Path file) {
        if (Files.isDirectory(file)) {
            return Files.isRegularFile(file.resolve("oci-layout"))
                    || Files.isRegularFile(file.resolve("index.json"));
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String glob : ARCHIVE_GLOBS) {
            if (lower.endsWith(glob.substring(1))) {
                return true;
            }
        }
        return false;
    }

    static Optional<TextKind> classify(Path file) throws IOException {
        return classify(file.getFileName().toString(), head(file));
    }

    /** The kind of text a file of that name and first characters holds, if it is one. */
    static Optional<TextKind> classify(String name, String head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".strata")) {
            return Optional.of(TextKind.SCENARIO);
        }
        if (isDockerfileName(lower)) {
            return Optional.of(TextKind.DOCKERFILE);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            boolean scenario = SCENARIO_KEYS.matcher(head).find()
                    && !MANIFEST_KEYS.matcher(head).find();
            return Optional.of(scenario ? TextKind.SCENARIO : TextKind.MANIFEST);
        }
        return byContent(head);
    }

    private static boolean isDockerfileName(String lower) {
        return lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile");
    }

    private static Optional<TextKind> byContent(String head) {
        if (DOCKERFILE_START.matcher(head).matches()) {
            return Optional.of(TextKind.DOCKERFILE);
        }
        if (MANIFEST_KEYS.matcher(head).find()) {
            return Optional.of(TextKind.MANIFEST);
        }
        if (SCENARIO_KEYS.matcher(head).find()) {
            return Optional.of(TextKind.SCENARIO);
        }
        return Optional.empty();
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }
}
