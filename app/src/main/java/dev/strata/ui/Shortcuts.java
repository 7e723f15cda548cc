package dev.strata.ui;

import java.util.EnumSet;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the view. Plain keys act only when no text field has the focus, so typing in
 * an editor never plays the timeline:
 *
 * <pre>
 * Space       play / pause          F11        full screen
 * ← →         step back / forward   F5         presentation mode
 * Home End    first / last frame    Ctrl + − 0 zoom in, out, reset
 * 1..9        answer a prediction   M          reduced motion
 * Esc         hide the card, leave presentation mode
 * P           predict mode          T          next theme
 * R           what the acting replica sees (its merged filesystem)
 * S           next speed (0.5×, 1×, 2×)
 * </pre>
 */
final class Shortcuts {
    /** Keys that would move the timeline; swallowed while a prediction is open. */
    private static final Set<KeyCode> STEP_KEYS = EnumSet.of(KeyCode.RIGHT, KeyCode.LEFT,
            KeyCode.SPACE, KeyCode.HOME, KeyCode.END);

    private final StrataView view;

    private Shortcuts(StrataView view) {
        this.view = view;
    }

    static void install(StrataView view) {
        Shortcuts keys = new Shortcuts(view);
        view.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
    }

    private void onKey(KeyEvent event) {
        boolean handled = event.isShortcutDown() ? zoom(event.getCode())
                : window(event.getCode()) || (!typing(event) && plain(event.getCode()));
        if (handled) {
            event.consume();
        }
    }

    private boolean zoom(KeyCode code) {
        switch (code) {
            case PLUS, EQUALS, ADD -> view.zoomBy(1);
            case MINUS, SUBTRACT -> view.zoomBy(-1);
            case DIGIT0, NUMPAD0 -> view.zoomProperty().set(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean window(KeyCode code) {
        switch (code) {
            case F11 -> view.toggleFullScreen();
            case F5 -> toggle(view.presentationProperty());
            case ESCAPE -> {
                if (!view.dismissPrediction() && view.presentationProperty().get()) {
                    view.presentationProperty().set(false);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plain(KeyCode code) {
        if (code.isDigitKey()) {
            return view.pickPrediction(digit(code) - 1);
        }
        if (view.isAsking()) {
            return STEP_KEYS.contains(code);
        }
        PlayerModel model = view.model();
        switch (code) {
            case RIGHT -> model.stepForward();
            case LEFT -> model.stepBack();
            case SPACE -> model.togglePlay();
            case HOME -> model.goTo(0);
            case END -> model.goTo(model.lastIndex());
            case M -> toggle(view.reducedMotionProperty());
            case P -> toggle(view.predictModeProperty());
            case T -> view.themeProperty().set(view.themeProperty().get().next());
            case R -> view.toggleReplicaTree();
            case S -> model.changeSpeed(nextSpeed(model.getSpeed()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static double nextSpeed(double speed) {
        int at = PlayerModel.SPEEDS.indexOf(speed);
        return PlayerModel.SPEEDS.get((at + 1) % PlayerModel.SPEEDS.size());
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private boolean typing(KeyEvent event) {
        Node focus = view.getScene() == null ? null : view.getScene().getFocusOwner();
        return focus instanceof TextInputControl || event.getTarget() instanceof TextInputControl;
    }

    private static void toggle(BooleanProperty property) {
        property.set(!property.get());
    }
}
