package dev.strata.ui;

import java.net.URL;

/** The colour themes: each a sheet that sets the colour tokens of {@code strata.css}. */
public enum Theme {
    LIGHT("theme-light.css", "Light"),
    DARK("theme-dark.css", "Dark"),
    HIGH_CONTRAST("theme-high-contrast.css", "High contrast");

    private final String file;
    private final String label;

    Theme(String file, String label) {
        this.file = file;
        this.label = label;
    }

    /** The theme's sheet, to add after {@link StrataView#stylesheet()}. */
    public String stylesheet() {
        URL css = Theme.class.getResource(file);
        if (css == null) {
            throw new IllegalStateException(file + " is missing from the class path");
        }
        return css.toExternalForm();
    }

    /** The theme's name as the window shows it. */
    public String label() {
        return label;
    }

    /** The theme after this one, round the list. */
    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
