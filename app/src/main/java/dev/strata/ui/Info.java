package dev.strata.ui;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.value.ObservableValue;

import org.controlsfx.control.PropertySheet;

/** One read-only line of the inspector: a named value in a category. */
record Info(String category, String name, String value) implements PropertySheet.Item {
    Info {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return value;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object ignored) {
        // The inspector only shows the picture; it never changes it.
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.empty();
    }

    /**
     * True only so that the sheet does not grey the value out: the inspector's editor is a
     * label, so nothing can be typed, and {@link #setValue} ignores what it is given.
     */
    @Override
    public boolean isEditable() {
        return true;
    }
}
