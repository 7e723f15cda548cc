package dev.strata.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * The files one COPY or ADD puts in the image. The destination is resolved against the
 * working directory; it is a directory when it ends in {@code /} or is {@code .}, or when
 * there are several sources. A directory source copies its contents, not itself.
 *
 * <p>What cannot be known without building becomes a placeholder of unknown size: sources
 * when there is no context, files from another stage or image ({@code --from}), URLs, and
 * what ADD unpacks from a local archive.
 */
final class CopyPlan {
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz",
            ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst");

    private final Instruction.Copy copy;
    private final Optional<BuildContext> context;
    private final SourcePosition at;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, String> variables;
    private final ShellWords heredocShell;
    private final Map<String, PlannedFile> files = new LinkedHashMap<>();
    private final String destination;
    private final boolean intoDirectory;
    private boolean contentKnown = true;

    CopyPlan(Instruction.Copy copy, StageState state, ShellWords shell,
            Optional<BuildContext> context) {
        this.copy = copy;
        this.context = copy.from().isPresent() ? Optional.empty() : context;
        this.at = copy.position();
        this.variables = state.variables();
        this.heredocShell = ShellWords.forHeredoc(shell.escape());
        copy.sources().forEach(s -> sources.add(shell.word(s, variables, at)));
        String dest = shell.word(copy.destination(), variables, at);
        this.destination = ImagePaths.resolve(state.workdir, dest);
        this.intoDirectory = dest.endsWith("/") || dest.equals(".") || dest.endsWith("/.")
                || dest.isEmpty() || sources.size() > 1;
    }

    /** The files, and whether they are all known. */
    record Result(List<PlannedFile> files, boolean contentKnown) {
    }

    Result files() {
        for (String source : sources) {
            add(source);
        }
        return new Result(List.copyOf(files.values()), contentKnown);
    }

    private void add(String source) {
        Optional<Heredoc> heredoc = heredoc(source);
        if (heredoc.isPresent()) {
            byte[] body = content(heredoc.get()).getBytes(StandardCharsets.UTF_8);
            put(new PlannedFile(target(heredoc.get().name(), false), body.length, false));
        } else if (context.isEmpty() || isUrl(source) || isUnpacked(source)) {
            placeholder(source);
        } else {
            fromContext(source, context.get());
        }
    }

    private void fromContext(String source, BuildContext context) {
        List<BuildContext.Entry> entries = context.lookUp(source, at);
        for (BuildContext.Entry entry : entries) {
            if (entry.directory()) {
                put(new PlannedFile(destination, 0, true));
                context.below(entry, at).forEach(e -> put(below(entry, e)));
            } else {
                String path = target(ImagePaths.baseName(entry.relative()), entries.size() > 1);
                put(new PlannedFile(path, entry.size(), false));
            }
        }
    }

    private PlannedFile below(BuildContext.Entry top, BuildContext.Entry entry) {
        String relative = top.relative().isEmpty() ? entry.relative()
                : entry.relative().substring(top.relative().length() + 1);
        return new PlannedFile(ImagePaths.resolve(destination, relative), entry.size(),
                entry.directory());
    }

    /** A source whose content is unknown: its contents if a directory, else one file. */
    private void placeholder(String source) {
        contentKnown = false;
        boolean contents = source.endsWith("/") || source.endsWith("/.") || source.equals(".")
                || isUnpacked(source);
        if (contents) {
            put(new PlannedFile(destination, PlannedFile.UNKNOWN_SIZE, true));
        } else {
            String name = ImagePaths.baseName(isUrl(source) ? urlPath(source) : source);
            put(new PlannedFile(target(name, false), PlannedFile.UNKNOWN_SIZE, false));
        }
    }

    private String target(String name, boolean severalMatches) {
        boolean directory = intoDirectory || severalMatches;
        return directory && !name.isEmpty() ? ImagePaths.resolve(destination, name)
                : destination;
    }

    private Optional<Heredoc> heredoc(String source) {
        return HeredocWords.opener(source).flatMap(h -> copy.node().heredocs().stream()
                .filter(doc -> doc.name().equals(h.name())).findFirst());
    }

    /**
     * The file a heredoc writes: leading tabs removed for {@code <<-}, then, unless its name
     * was quoted, variables expanded with quotes kept, as BuildKit's COPY does. A body the
     * lexer cannot read (an odd quote in prose) is kept as written.
     */
    private String content(Heredoc doc) {
        String body = doc.chomp() ? doc.content().replaceAll("(?m)^\\t+", "") : doc.content();
        if (!doc.expand()) {
            return body;
        }
        try {
            return heredocShell.word(body, variables, at);
        } catch (InputException unreadable) {
            return body;
        }
    }

    private boolean isUrl(String source) {
        return copy.isAdd() && (source.startsWith("http://") || source.startsWith("https://")
                || source.startsWith("git@"));
    }

    /** ADD unpacks a local archive; BuildKit tells one by its content, here by its name. */
    private boolean isUnpacked(String source) {
        return copy.isAdd() && !isUrl(source) && copy.from().isEmpty()
                && ARCHIVES.stream().anyMatch(source::endsWith);
    }

    private static String urlPath(String url) {
        String path = url.replaceFirst("^[a-z]+://[^/]*", "").replaceFirst("[?#].*$", "");
        return path.isEmpty() ? "/" : path;
    }

    private void put(PlannedFile file) {
        files.put(file.path(), file);
    }
}
