package dev.strata.manifest;

import java.util.ArrayList;
import java.util.List;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML (or JSON) documents of a file into node trees, safely: nothing is
 * constructed, so no tag can instantiate a class, and the limits below stop hostile input
 * early. Every node keeps the mark of where it starts.
 *
 * <p>This does what {@code Yaml#composeAll} does, with one addition: the parser is watched
 * so that a limit hit (which SnakeYAML reports without a mark) still points at a line.
 */
final class YamlDocuments {
    /** More anchors expanding to collections than this is an alias bomb, not a manifest. */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 100;
    /**
     * The API server takes request bodies up to 3 MiB, so no object it accepts is larger.
     * The limit also bounds SnakeYAML's time on one long token, which grows with the
     * square of its length (about 4 s at 3 MiB, 27 s at 9 MiB).
     */
    static final int MAX_DOCUMENT_CODE_POINTS = 3 * 1024 * 1024;
    /** All documents of one file together; checked before parsing starts. */
    static final int MAX_FILE_CHARS = 8 * 1024 * 1024;

    private YamlDocuments() {
    }

    /** The file's documents in order; an empty document composes to a null scalar. */
    static List<Node> compose(String text, Source source) {
        checkSize(text.length(), source.file());
        WatchedParser parser = new WatchedParser(new ParserImpl(
                new StreamReader(jsonTabsAsSpaces(text)), options()));
        Composer composer = new Composer(parser, new Resolver(), options());
        try {
            return composeAll(composer);
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, source);
        } catch (ReaderException e) {
            throw unreadable(e, text, source);
        } catch (YAMLException e) {
            throw limitHit(e, parser.lastMark(), source);
        }
    }

    /** Refuses a file of more than {@link #MAX_FILE_CHARS}, before reading it whole. */
    static void checkSize(long size, String file) {
        if (size > MAX_FILE_CHARS) {
            throw new InputException(SourcePosition.startOf(file), "the file is larger than "
                    + mebibytes(MAX_FILE_CHARS) + "; Strata reads manifests up to that");
        }
    }

    private static List<Node> composeAll(Composer composer) {
        List<Node> documents = new ArrayList<>();
        while (composer.checkNode()) {
            documents.add(composer.getNode());
        }
        return documents;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(true);
        return options;
    }

    /**
     * kubectl reads a file that starts like JSON as JSON, where a tab is whitespace; YAML
     * forbids tabs there. In JSON a tab can only be whitespace, so a space does the same
     * and keeps every column where it was.
     */
    private static String jsonTabsAsSpaces(String text) {
        String start = text.stripLeading();
        boolean json = start.startsWith("{") || start.startsWith("[");
        return json ? text.replace('\t', ' ') : text;
    }

    private static InputException syntaxError(MarkedYAMLException e, Source source) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) {
            return new InputException(SourcePosition.startOf(source.file()), e.getProblem(), e);
        }
        if (source.line(mark.getLine() + 1).contains("{{")) {
            return new InputException(source.at(mark), Value.TEMPLATE, e);
        }
        return new InputException(source.at(mark), "not valid YAML: " + describe(e), e);
    }

    /** A character YAML does not allow, at its line and column. */
    private static InputException unreadable(ReaderException e, String text, Source source) {
        int index = text.offsetByCodePoints(0, Math.min(e.getPosition(),
                text.codePointCount(0, text.length())));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, index) + 1;
        return new InputException(new SourcePosition(source.file(), line, column),
                String.format("not valid YAML: the character U+%04X is not allowed in YAML",
                        e.getCodePoint()), e);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        if (problem.contains("(TAB)")) {
            return "a tab cannot indent YAML; indent with spaces";
        }
        String context = e.getContext() == null ? "" : e.getContext().strip();
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    private static InputException limitHit(YAMLException e, Mark mark, Source source) {
        SourcePosition at = mark == null
                ? SourcePosition.startOf(source.file()) : source.at(mark);
        return new InputException(at, limitProblem(e.getMessage()), e);
    }

    private static String limitProblem(String message) {
        String text = message == null ? "" : message;
        if (text.contains("aliases")) {
            return "too many aliases: more than " + MAX_ALIASES + " aliases to collections"
                    + " (a YAML bomb?); Strata stops reading here";
        }
        if (text.contains("Nesting Depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep; Strata stops reading here";
        }
        if (text.contains("exceeds the limit")) {
            return "a document is larger than " + mebibytes(MAX_DOCUMENT_CODE_POINTS)
                    + ", more than the API server accepts for one object";
        }
        return "cannot read YAML: " + text;
    }

    private static String mebibytes(int size) {
        return size / (1024 * 1024) + " MiB";
    }

    /** A parser that remembers where its last event started. */
    private static final class WatchedParser implements Parser {
        private final Parser parser;
        private Mark lastMark;

        WatchedParser(Parser parser) {
            this.parser = parser;
        }

        Mark lastMark() {
            return lastMark;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            lastMark = event.getStartMark();
            return event;
        }
    }
}
