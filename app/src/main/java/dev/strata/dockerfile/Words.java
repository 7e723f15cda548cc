package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The two word splitters of BuildKit's line parser (line_parsers.go): {@code parseWords},
 * which keeps quotes and escapes in the words, and {@code extractBuilderFlags}, which
 * removes them from the leading {@code --flag} words.
 */
final class Words {
    private Words() {
    }

    /** The flags at the start of an instruction's arguments, and the arguments after them. */
    record Flagged(List<String> flags, String rest) {
    }

    static List<String> parseWords(String rest, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean blankOk = false;
        char quote = 0;
        int pos = 0;
        while (pos < rest.length()) {
            char ch = rest.charAt(pos);
            boolean last = pos + 1 == rest.length();
            if (!inWord) {
                if (!Chars.isSpace(ch)) {
                    inWord = true;
                    continue;
                }
            } else if (quote == 0 && Chars.isSpace(ch)) {
                addWord(words, word, blankOk);
                inWord = false;
                blankOk = false;
            } else if (quote == 0) {
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                }
                if (ch == escape && !last) {
                    word.append(ch);
                    ch = rest.charAt(++pos);
                }
                if (ch != escape || !last) {
                    word.append(ch);
                }
            } else {
                boolean escapes = ch == escape && quote != '\'';
                if (ch == quote) {
                    quote = 0;
                }
                if (escapes && last) {
                    quote = 0;
                } else {
                    if (escapes) {
                        word.append(ch);
                        ch = rest.charAt(++pos);
                    }
                    word.append(ch);
                }
            }
            pos++;
        }
        if (inWord) {
            addWord(words, word, blankOk);
        }
        return words;
    }

    private static void addWord(List<String> words, StringBuilder word, boolean blankOk) {
        if (blankOk || word.length() > 0) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    static Flagged extractFlags(String line, char escape) {
        List<String> flags = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean blankOk = false;
        char quote = 0;
        for (int pos = 0; pos < line.length(); pos++) {
            char ch = line.charAt(pos);
            boolean last = pos + 1 == line.length();
            if (!inWord) {
                if (Chars.isSpace(ch)) {
                    continue;
                }
                if (ch != '-' || last || line.charAt(pos + 1) != '-') {
                    return new Flagged(flags, line.substring(pos));
                }
                inWord = true;
            }
            if (quote == 0 && Chars.isSpace(ch)) {
                if (word.toString().equals("--")) {
                    return new Flagged(flags, line.substring(pos));
                }
                addWord(flags, word, blankOk);
                inWord = false;
                blankOk = false;
            } else if (quote == 0 && (ch == '\'' || ch == '"')) {
                quote = ch;
                blankOk = true;
            } else if (quote != 0 && ch == quote) {
                quote = 0;
            } else if (ch == escape && last) {
                quote = 0;
            } else {
                word.append(ch == escape ? line.charAt(++pos) : ch);
            }
        }
        if (inWord && !word.toString().equals("--")) {
            addWord(flags, word, blankOk);
        }
        return new Flagged(flags, "");
    }
}
