package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.source.SourcePosition;

/**
 * Finds the here-documents an instruction line opens, as BuildKit's heredocsFromLine and
 * parseHeredoc do: the line is split into raw shell words, and each word of the form
 * {@code [fd]<<[-]NAME} opens one.
 */
final class HeredocWords {
    private static final Pattern OPENER = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");
    private static final SourcePosition NOWHERE = SourcePosition.startOf("heredoc");

    private HeredocWords() {
    }

    static List<Heredoc> inLine(String line) {
        List<String> words;
        try {
            words = ShellWords.raw().words(line, Map.of(), NOWHERE);
        } catch (RuntimeException unbalanced) {
            return List.of();
        }
        List<Heredoc> docs = new ArrayList<>();
        for (String word : words) {
            opener(word).ifPresent(docs::add);
        }
        return docs;
    }

    static Optional<Heredoc> opener(String word) {
        Matcher m = OPENER.matcher(word);
        if (!m.matches() || m.group(3).isEmpty() || m.group(1).length() > 9) {
            return Optional.empty();
        }
        String rawName = m.group(3);
        String name = ShellWords.keepingUnset().word(rawName, Map.of(), NOWHERE);
        boolean quoted = rawName.indexOf('"') >= 0 || rawName.indexOf('\'') >= 0;
        int fd = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
        return Optional.of(new Heredoc(name, "", !quoted, m.group(2).equals("-"), fd));
    }
}
