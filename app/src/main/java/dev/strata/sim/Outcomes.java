package dev.strata.sim;

/** Outcomes made over with more to say. */
final class Outcomes {
    private Outcomes() {
    }

    /**
     * The same outcome with {@code preface} before its explanation, e.g. which symbolic links
     * led to the path it acted on; the outcome itself when there is nothing to add.
     */
    static Outcome prefaced(Outcome outcome, String preface) {
        if (preface.isEmpty()) {
            return outcome;
        }
        String text = preface + outcome.explain();
        if (outcome instanceof Outcome.Landed o) {
            return new Outcome.Landed(o.step(), o.by(), o.place(), o.visibleTo(), text,
                    o.source());
        } else if (outcome instanceof Outcome.CopiedUp o) {
            return new Outcome.CopiedUp(o.step(), o.by(), o.fromLayer(), o.visibleTo(), text,
                    o.source());
        } else if (outcome instanceof Outcome.WhitedOut o) {
            return new Outcome.WhitedOut(o.step(), o.by(), o.hiddenLayer(), o.visibleTo(), text,
                    o.source());
        } else if (outcome instanceof Outcome.Removed o) {
            return new Outcome.Removed(o.step(), o.by(), o.place(), o.visibleTo(), text,
                    o.source());
        } else if (outcome instanceof Outcome.Served o) {
            return new Outcome.Served(o.step(), o.by(), o.place(), o.size(), o.visibleTo(), text,
                    o.source());
        } else if (outcome instanceof Outcome.Refused o) {
            return new Outcome.Refused(o.step(), o.by(), o.result(), o.place(), text,
                    o.source());
        } else if (outcome instanceof Outcome.Uncertain o) {
            return new Outcome.Uncertain(o.step(), o.by(), text, o.source());
        } else if (outcome instanceof Outcome.Evicted o) {
            return new Outcome.Evicted(o.step(), o.by(), o.place(), o.reason(), text,
                    o.source());
        }
        return outcome;
    }
}
