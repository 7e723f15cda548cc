package dev.strata.ui;

/** The three texts a user edits, in the order the editor's tabs show them. */
public enum TextKind {
    DOCKERFILE("Dockerfile", "Dockerfile"),
    MANIFEST("Manifest", "manifest.yaml"),
    SCENARIO("Scenario", "scenario.strata");

    private final String title;
    private final String untitledName;

    TextKind(String title, String untitledName) {
        this.title = title;
        this.untitledName = untitledName;
    }

    /** The tab's title. */
    public String title() {
        return title;
    }

    /** The name a text gets before it is saved to or read from a file. */
    public String untitledName() {
        return untitledName;
    }
}
