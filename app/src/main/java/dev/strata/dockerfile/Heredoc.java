package dev.strata.dockerfile;

import java.util.Objects;

/**
 * A here-document an instruction reads ({@code RUN <<EOF ... EOF}).
 *
 * @param name the terminating word, quotes removed
 * @param content the body, each line with its line break
 * @param expand true when the name was unquoted, so variables in the body are expanded
 * @param chomp true for {@code <<-}, which strips leading tabs
 * @param fileDescriptor the descriptor the body is read on ({@code 0} unless written, as in
 *     {@code 3<<EOF})
 */
public record Heredoc(
        String name, String content, boolean expand, boolean chomp, int fileDescriptor) {
    public Heredoc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    Heredoc withContent(String body) {
        return new Heredoc(name, body, expand, chomp, fileDescriptor);
    }
}
