package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Expands variables and removes quotes the way BuildKit's shell lexer does
 * (moby/buildkit frontend/dockerfile/shell/lex.go) for the instructions it expands:
 * {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:+alt}}, {@code ${VAR+alt}}, {@code ${VAR:?message}}, {@code ${VAR?message}},
 * {@code ${VAR#pattern}}, {@code ${VAR%pattern}} (and their greedy forms) and
 * {@code ${VAR/pattern/replacement}}; single quotes, double quotes and the escape character.
 *
 * <p>This is not a shell: there is no command substitution, arithmetic or globbing.
 */
public final class ShellWords {
    private final char escape;
    private final boolean rawQuotes;
    private final boolean rawEscapes;
    private final boolean skipUnset;

    private ShellWords(char escape, boolean rawQuotes, boolean rawEscapes, boolean skipUnset) {
        if (escape != '\\' && escape != '`') {
            throw new IllegalArgumentException("escape must be \\ or `, got " + escape);
        }
        this.escape = escape;
        this.rawQuotes = rawQuotes;
        this.rawEscapes = rawEscapes;
        this.skipUnset = skipUnset;
    }

    /** A lexer using the given escape character, {@code \} or a backtick. */
    public static ShellWords withEscape(char escape) {
        return new ShellWords(escape, false, false, false);
    }

    /** Keeps quotes and escapes in the words, as BuildKit does when it looks for heredocs. */
    static ShellWords raw() {
        return new ShellWords('\\', true, true, false);
    }

    /** Expands variables and escapes but keeps quotes, as BuildKit does for COPY heredocs. */
    static ShellWords forHeredoc(char escape) {
        return new ShellWords(escape, true, false, false);
    }

    char escape() {
        return escape;
    }

    /** Leaves unset variables as written, as BuildKit does for heredoc names. */
    static ShellWords keepingUnset() {
        return new ShellWords('\\', false, false, true);
    }

    /**
     * Expands one word, quotes removed (BuildKit's ProcessWord).
     *
     * @param where the position errors are reported at
     * @throws InputException when quotes or braces do not match, or a {@code ?} modifier fails
     */
    public String word(String input, Map<String, String> env, SourcePosition where) {
        return new Scan(input, env, where).all().result;
    }

    /**
     * Expands and splits into words on unquoted blanks (BuildKit's ProcessWords); blanks
     * inside an unquoted variable's value split too.
     */
    public List<String> words(String input, Map<String, String> env, SourcePosition where) {
        return new Scan(input, env, where).all().words;
    }

    private record Result(String result, List<String> words) {
    }

    /** Word accumulation: unquoted blanks end a word, quoted text never does. */
    private static final class Accumulator {
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;

        void addChar(char ch) {
            if (Chars.isSpace(ch) && inWord) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (!Chars.isSpace(ch)) {
                addRaw(String.valueOf(ch));
            }
        }

        void addString(String s) {
            s.chars().forEach(c -> addChar((char) c));
        }

        void addRaw(String s) {
            word.append(s);
            inWord = true;
        }

        List<String> words() {
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            return words;
        }
    }

    private final class Scan {
        private final String src;
        private final Map<String, String> env;
        private final SourcePosition where;
        private int pos;

        Scan(String src, Map<String, String> env, SourcePosition where) {
            this.src = Objects.requireNonNull(src, "input");
            this.env = Objects.requireNonNull(env, "env");
            this.where = Objects.requireNonNull(where, "where");
        }

        Result all() {
            try {
                return stopOn(-1, rawEscapes);
            } catch (InputException e) {
                throw new InputException(where,
                        "failed to process " + GoQuote.quote(src) + ": " + e.problem());
            }
        }

        private int peek() {
            return pos < src.length() ? src.charAt(pos) : -1;
        }

        private int next() {
            return pos < src.length() ? src.charAt(pos++) : -1;
        }

        private Result stopOn(int stop, boolean keepEscapes) {
            StringBuilder result = new StringBuilder();
            Accumulator words = new Accumulator();
            while (peek() >= 0) {
                int ch = peek();
                if (ch == stop) {
                    pos++;
                    return new Result(result.toString(), words.words());
                }
                if (ch == '$') {
                    String value = dollar();
                    result.append(value);
                    words.addString(value);
                    continue;
                } else if (ch == '\'' || ch == '"') {
                    String quoted = ch == '"' ? doubleQuote() : singleQuote();
                    result.append(quoted);
                    words.addRaw(quoted);
                    continue;
                }
                pos++;
                if (ch == escape) {
                    if (keepEscapes) {
                        words.addRaw(String.valueOf(escape));
                        result.append(escape);
                    }
                    ch = next();
                    if (ch < 0) {
                        break;
                    }
                    words.addRaw(String.valueOf((char) ch));
                } else {
                    words.addChar((char) ch);
                }
                result.append((char) ch);
            }
            if (stop >= 0) {
                throw fail("unexpected end of statement while looking for matching "
                        + (char) stop);
            }
            return new Result(result.toString(), words.words());
        }

        private String singleQuote() {
            StringBuilder out = new StringBuilder();
            appendIf(rawQuotes, out, next());
            for (int ch = next(); ch != '\''; ch = next()) {
                if (ch < 0) {
                    throw fail("unexpected end of statement while looking for matching "
                            + "single-quote");
                }
                out.append((char) ch);
            }
            appendIf(rawQuotes, out, '\'');
            return out.toString();
        }

        private String doubleQuote() {
            StringBuilder out = new StringBuilder();
            appendIf(rawQuotes, out, next());
            while (true) {
                int ch = peek();
                if (ch < 0) {
                    throw fail("unexpected end of statement while looking for matching "
                            + "double-quote");
                } else if (ch == '"') {
                    appendIf(rawQuotes, out, next());
                    return out.toString();
                } else if (ch == '$') {
                    out.append(dollar());
                } else {
                    quotedChar(out);
                }
            }
        }

        /** Inside double quotes the escape character only escapes itself, {@code "} and $. */
        private void quotedChar(StringBuilder out) {
            int ch = next();
            if (ch == escape) {
                appendIf(rawEscapes, out, ch);
                int after = peek();
                if (after < 0) {
                    return;
                }
                if (after == '"' || after == '$' || after == escape) {
                    ch = next();
                }
            }
            out.append((char) ch);
        }

        private String dollar() {
            pos++;
            if (peek() != '{') {
                String name = name();
                if (name.isEmpty()) {
                    return "$";
                }
                String value = env.get(name);
                return value == null && skipUnset ? "$" + name : orEmpty(value);
            }
            pos++;
            int first = peek();
            if (first < 0) {
                throw fail("syntax error: missing '}'");
            } else if (first == '{' || first == '}' || first == ':') {
                throw fail("syntax error: bad substitution");
            }
            return braced(name());
        }

        private String braced(String name) {
            int ch = next();
            String value = env.get(name);
            if (ch == '}') {
                return value == null && skipUnset ? "${" + name + "}" : orEmpty(value);
            } else if (ch == '/') {
                return replace(name, value);
            }
            boolean colon = ch == ':';
            int modifier = colon ? next() : ch;
            String ops = colon ? ":" + (char) modifier : String.valueOf((char) modifier);
            if (modifier != '-' && modifier != '+' && modifier != '?' && modifier != '#'
                    && modifier != '%') {
                throw fail("unsupported modifier (" + ops + ") in substitution");
            }
            boolean pattern = modifier == '#' || modifier == '%';
            if (colon && pattern) {
                throw fail("unsupported modifier (" + ops + ") in substitution");
            }
            String word = operand('}', pattern);
            if (value == null && skipUnset) {
                return "${" + name + ops + word + "}";
            }
            return modify(name, value, colon, (char) modifier, word);
        }

        private String operand(int stop, boolean keepEscapes) {
            try {
                return stopOn(stop, keepEscapes).result;
            } catch (InputException e) {
                throw peek() < 0 ? fail("syntax error: missing '}'") : e;
            }
        }

        private String modify(String name, String value, boolean colon, char op, String word) {
            boolean unset = value == null || (colon && value.isEmpty());
            switch (op) {
                case '-':
                    return unset ? word : value;
                case '+':
                    return unset ? "" : word;
                case '?':
                    if (value == null) {
                        throw fail(name + ": " + (word.isEmpty() ? "is not allowed to be unset"
                                : word));
                    } else if (unset) {
                        throw fail(name + ": " + (word.isEmpty() ? "is not allowed to be empty"
                                : word));
                    }
                    return value;
                default:
                    return trim(orEmpty(value), word, op == '#');
            }
        }

        /** {@code #} trims the shortest matching prefix, {@code ##} the longest; % suffixes. */
        private String trim(String value, String word, boolean prefix) {
            char op = prefix ? '#' : '%';
            boolean greedy = word.startsWith(String.valueOf(op));
            String shellPattern = greedy ? word.substring(1) : word;
            Pattern p = pattern(shellPattern);
            BoundedText bounded = BoundedText.of(value);
            try {
                for (int k = 0; k <= value.length(); k++) {
                    int cut = prefix == greedy ? value.length() - k : k;
                    String part = prefix ? value.substring(0, cut) : value.substring(cut);
                    if (p.matcher(bounded.sharing(part)).matches()) {
                        return prefix ? value.substring(cut) : value.substring(0, cut);
                    }
                }
            } catch (BoundedText.TooCostly e) {
                throw tooCostly(shellPattern);
            }
            return value;
        }

        private InputException tooCostly(String shellPattern) {
            return fail("pattern `" + shellPattern + "` needs too much backtracking; write it"
                    + " with fewer wildcards in a row");
        }

        private String replace(String name, String value) {
            boolean all = peek() == '/';
            if (all) {
                pos++;
            }
            String pattern = operand('/', true);
            String replacement = operand('}', true);
            if (value == null && skipUnset) {
                return "${" + name + "/" + pattern + "/" + replacement + "}";
            }
            Matcher m = pattern(pattern).matcher(BoundedText.of(orEmpty(value)));
            String quoted = Matcher.quoteReplacement(replacement);
            try {
                return all ? m.replaceAll(quoted) : m.replaceFirst(quoted);
            } catch (BoundedText.TooCostly e) {
                throw tooCostly(pattern);
            }
        }

        /** A name: letters, digits and _; or digits alone; or one special parameter. */
        private String name() {
            StringBuilder name = new StringBuilder();
            while (peek() >= 0) {
                char ch = (char) peek();
                if (name.length() == 0 && Character.isDigit(ch)) {
                    while (peek() >= 0 && Character.isDigit((char) peek())) {
                        name.append((char) next());
                    }
                    return name.toString();
                }
                if (name.length() == 0 && "@*#?-$!".indexOf(ch) >= 0) {
                    pos++;
                    return String.valueOf(ch);
                }
                if (!Character.isLetterOrDigit(ch) && ch != '_') {
                    break;
                }
                name.append((char) next());
            }
            return name.toString();
        }

        private Pattern pattern(String shellPattern) {
            try {
                return ShellPattern.toRegex(shellPattern);
            } catch (IllegalArgumentException e) {
                throw fail("bad pattern `" + shellPattern + "`: " + e.getMessage());
            }
        }

        private InputException fail(String problem) {
            return new InputException(where, problem);
        }
    }

    private static void appendIf(boolean keep, StringBuilder out, int ch) {
        if (keep) {
            out.append((char) ch);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
