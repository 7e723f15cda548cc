package dev.strata.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.util.Duration;

/**
 * The packet that travels from a replica to where its write lands (or back, for a read).
 * Its kind shows as a pseudo-class ({@code :write}, {@code :read}, {@code :copied-up},
 * {@code :whiteout}, {@code :refused}); how long one trip takes at normal speed is the
 * styleable {@code -strata-travel-duration}.
 */
public final class WritePacket extends Control {
    /** What the packet carries. */
    public enum Kind {
        WRITE, READ, COPIED_UP, WHITEOUT, REFUSED;

        PseudoClass pseudoClass() {
            return PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private static final Duration DEFAULT_TRAVEL = Duration.millis(900);
    private static final CssMetaData<WritePacket, Duration> TRAVEL_DURATION =
            new CssMetaData<>("-strata-travel-duration", StyleConverter.getDurationConverter(),
                    DEFAULT_TRAVEL) {
                @Override
                public boolean isSettable(WritePacket packet) {
                    return !packet.travelDuration.isBound();
                }

                @Override
                public StyleableProperty<Duration> getStyleableProperty(WritePacket packet) {
                    return packet.travelDuration;
                }
            };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = cssMetaData();

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Kind> kind =
            new SimpleObjectProperty<>(this, "kind", Kind.WRITE) {
        @Override
        protected void invalidated() {
            for (Kind each : Kind.values()) {
                pseudoClassStateChanged(each.pseudoClass(), each == get());
            }
        }
    };
    private final StyleableObjectProperty<Duration> travelDuration =
            new SimpleStyleableObjectProperty<>(TRAVEL_DURATION, this, "travelDuration",
                    DEFAULT_TRAVEL);

    public WritePacket() {
        getStyleClass().add("write-packet");
        setMouseTransparent(true);
        pseudoClassStateChanged(Kind.WRITE.pseudoClass(), true);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public Kind getKind() {
        return kind.get();
    }

    public void setKind(Kind value) {
        kind.set(value);
    }

    public ObjectProperty<Duration> travelDurationProperty() {
        return travelDuration;
    }

    public Duration getTravelDuration() {
        return travelDuration.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WritePacketSkin(this);
    }

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all =
                new ArrayList<>(Control.getClassCssMetaData());
        all.add(TRAVEL_DURATION);
        return Collections.unmodifiableList(all);
    }
}
