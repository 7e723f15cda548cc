package dev.strata.dockerfile;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Refuses text that is not a Dockerfile at all before any line is read: binary data and
 * UTF-16 (which, read as UTF-8, puts a NUL beside every ASCII letter).
 */
final class TextGuard {
    private TextGuard() {
    }

    static void check(String text, String file) {
        int nul = text.indexOf('\u0000');
        if (nul < 0 && text.indexOf('\uFFFE') < 0) {
            return;
        }
        if (looksLikeUtf16(text)) {
            throw new InputException(SourcePosition.startOf(file),
                    "UTF-16 text is not a Dockerfile BuildKit reads: save it as UTF-8");
        }
        throw new InputException(at(text, nul < 0 ? text.indexOf('\uFFFE') : nul, file),
                "binary data (a NUL character) is not a Dockerfile");
    }

    /** NULs at every other place among the first characters: ASCII written as UTF-16. */
    private static boolean looksLikeUtf16(String text) {
        if (text.startsWith("\uFFFE") || text.startsWith("\uFEFF")) {
            return true;
        }
        int sample = Math.min(text.length(), 64);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            if (text.charAt(i) == '\u0000') {
                even += i % 2 == 0 ? 1 : 0;
                odd += i % 2 == 1 ? 1 : 0;
            }
        }
        return Math.max(even, odd) * 2 >= sample - 1 && Math.min(even, odd) == 0;
    }

    private static SourcePosition at(String text, int index, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, index - lineStart + 1);
    }
}
