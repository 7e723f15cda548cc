package dev.strata.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.yaml.snakeyaml.error.Mark;

/** The manifest text being read: where its marks are, and the warnings found in it. */
final class Source {
    private final String file;
    private final String[] lines;
    private final List<ManifestWarning> warnings = new ArrayList<>();

    Source(String file, String text) {
        this.file = file;
        this.lines = text.split("\\R", -1);
    }

    String file() {
        return file;
    }

    /** The 1-based position of a SnakeYAML mark, which counts from 0. */
    SourcePosition at(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The text of a 1-based line, or empty past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    InputException error(Mark mark, String problem) {
        return new InputException(at(mark), problem);
    }

    void warn(Mark mark, String message) {
        warnings.add(new ManifestWarning(at(mark), message));
    }

    void warn(SourcePosition position, String message) {
        warnings.add(new ManifestWarning(position, message));
    }

    /** The warnings in the order of their positions; those at one position as added. */
    List<ManifestWarning> warnings() {
        return warnings.stream().sorted(Comparator
                .comparingInt((ManifestWarning w) -> w.position().line())
                .thenComparingInt(w -> w.position().column())).toList();
    }
}
