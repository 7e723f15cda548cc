package dev.strata.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import dev.strata.sim.Lands;

/** Small marks drawn as shapes or words, so no state relies on colour alone. */
final class Icons {
    private Icons() {
    }

    /** A padlock, shaped in CSS so it scales with the text. */
    static Region lock() {
        Region lock = new Region();
        lock.getStyleClass().addAll("icon", "lock-icon");
        return lock;
    }

    /** A padlock and the words "read-only". */
    static HBox readOnlyTag() {
        Label words = new Label("read-only");
        words.getStyleClass().add("read-only-words");
        HBox tag = new HBox(lock(), words);
        tag.getStyleClass().add("read-only-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        return tag;
    }

    /** A short word naming a kind of place, e.g. {@code emptyDir}. */
    static Label kindBadge(Lands kind) {
        Label badge = new Label(kind == Lands.PVC ? "claim" : kind.jsonName());
        badge.getStyleClass().add("kind-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }
}
