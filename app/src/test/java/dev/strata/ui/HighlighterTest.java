package dev.strata.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {
    @Test
    void dockerfileKeywordsFlagsCommentsAndDirectives() {
        String text = "# syntax=docker/dockerfile:1\n# a note\nCOPY --chown=app:app a.txt /app/\n";

        assertThat(styled(new DockerfileHighlighter(), text)).containsExactly(
                "code-directive:# syntax=docker/dockerfile:1", "code-comment:# a note",
                "code-keyword:COPY", "code-flag:--chown=app:app");
    }

    @Test
    void dockerfileStringsAndVariablesInsideThem() {
        String text = "ENV GREETING=\"hi $USER\" HOME=${HOME:-/root}\n";

        assertThat(styled(new DockerfileHighlighter(), text)).containsExactly(
                "code-keyword:ENV", "code-string:\"hi ", "code-variable:$USER",
                "code-string:\"", "code-variable:${HOME:-/root}");
    }

    @Test
    void aContinuationLineHasNoKeyword() {
        String text = "RUN pip install \\\n    flask\n";

        assertThat(styled(new DockerfileHighlighter(), text)).containsExactly(
                "code-keyword:RUN");
    }

    @Test
    void aHeredocBodyRunsToItsTerminator() {
        String text = "RUN <<EOF\necho RUN\nEOF\nCMD [\"x\"]\n";

        assertThat(styled(new DockerfileHighlighter(), text)).containsExactly(
                "code-keyword:RUN", "code-heredoc:<<EOF", "code-heredoc:echo RUN",
                "code-heredoc:EOF", "code-keyword:CMD", "code-string:\"x\"");
    }

    @Test
    void yamlKeysValuesAndComments() {
        String text = "---\nsteps:\n  - write: /a # where\n    size: 2KiB\n    say: \"hi\"\n";

        assertThat(styled(new YamlHighlighter(), text)).containsExactly(
                "code-mark:---", "code-key:steps", "code-mark:- ", "code-key:write",
                "code-comment:# where", "code-key:size", "code-constant:2KiB",
                "code-key:say", "code-string:\"hi\"");
    }

    @Test
    void spansNeverOverlapAndStayInsideTheText() {
        String text = "FROM a\nRUN \"unterminated $X\nCOPY <<-\"END\" /x\n\tbody\n\tEND\n";
        List<Highlighter.Span> spans = new DockerfileHighlighter().spans(text);

        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
        assertThat(spans.get(spans.size() - 1).end()).isLessThanOrEqualTo(text.length());
    }

    private static List<String> styled(Highlighter highlighter, String text) {
        return highlighter.spans(text).stream()
                .map(s -> s.style() + ":" + text.substring(s.start(), s.end()))
                .toList();
    }
}
