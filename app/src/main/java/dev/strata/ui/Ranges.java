package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Replica and node numbers written short: {@code 1–3, 5, 7–40}. */
final class Ranges {
    private Ranges() {
    }

    static String of(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        for (int n : new TreeSet<>(numbers)) {
            if (to != null && n == to + 1) {
                to = n;
                continue;
            }
            add(parts, from, to);
            from = n;
            to = n;
        }
        add(parts, from, to);
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, Integer from, Integer to) {
        if (from == null) {
            return;
        }
        if (from.equals(to)) {
            parts.add(String.valueOf(from));
        } else {
            parts.add(from + (to == from + 1 ? ", " : "–") + to);
        }
    }
}
