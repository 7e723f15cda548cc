package dev.strata.ui;

import java.util.List;

/** Splits a text into coloured spans for a {@link CodeEditor}. */
interface Highlighter {
    /**
     * A run of characters drawn in one style.
     *
     * @param start first char index
     * @param end index after the last char
     * @param style a CSS style class, e.g. {@code code-keyword}
     */
    record Span(int start, int end, String style) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** Spans in order, not overlapping; characters between them are drawn plain. */
    List<Span> spans(String text);

    /** The highlighter for a kind of text. */
    static Highlighter of(TextKind kind) {
        return kind == TextKind.DOCKERFILE ? new DockerfileHighlighter() : new YamlHighlighter();
    }
}
