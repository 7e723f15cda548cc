package dev.strata.ui;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** What is selected in the picture, if anything; needs no running FX toolkit. */
public final class PictureSelection {
    private final ReadOnlyObjectWrapper<Selected> selected =
            new ReadOnlyObjectWrapper<>(this, "selected");

    /** The selection, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Selected> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<Selected> current() {
        return Optional.ofNullable(selected.get());
    }

    public void select(Selected what) {
        selected.set(Objects.requireNonNull(what, "what"));
    }

    public void clear() {
        selected.set(null);
    }
}
