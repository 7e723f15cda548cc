package dev.strata.ui;

import java.util.function.IntConsumer;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card predict mode shows over the picture: the question and numbered choices, then,
 * once one is picked (by click or its number key), whether it was right, the answer and
 * the step's explanation. States: {@code :asking}, {@code :right}, {@code :wrong}.
 */
final class PredictPrompt extends VBox {
    static final PseudoClass ASKING = PseudoClass.getPseudoClass("asking");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final Label question = new Label();
    private final VBox choices = new VBox();
    private final Label verdict = new Label();
    private final Label explain = new Label();
    private final Label hint = new Label();
    private Prediction asked;
    private IntConsumer onAnswer = i -> { };

    PredictPrompt() {
        getStyleClass().add("predict-prompt");
        setId("predict-prompt");
        question.getStyleClass().add("predict-question");
        choices.getStyleClass().add("predict-choices");
        verdict.getStyleClass().add("predict-verdict");
        verdict.setId("predict-verdict");
        explain.getStyleClass().add("predict-explain");
        hint.getStyleClass().add("predict-hint");
        for (Label label : new Label[] {question, verdict, explain, hint}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().setAll(question, choices, hint);
        dismiss();
    }

    /** Shows the question; {@code answered} gets the index of the choice made. */
    void ask(Prediction prediction, IntConsumer answered) {
        asked = prediction;
        onAnswer = answered;
        question.setText(prediction.question());
        choices.getChildren().clear();
        for (int i = 0; i < prediction.choices().size(); i++) {
            choices.getChildren().add(choice(i, prediction.choices().get(i)));
        }
        hint.setText("Press a number or click your guess.");
        getChildren().setAll(question, choices, hint);
        states(true, false, false);
        setVisible(true);
    }

    boolean isAsking() {
        return isVisible() && getPseudoClassStates().contains(ASKING);
    }

    /** Picks choice {@code index} (0-based) if a question is open; returns whether it did. */
    boolean pick(int index) {
        if (!isAsking() || index < 0 || index >= asked.choices().size()) {
            return false;
        }
        onAnswer.accept(index);
        return true;
    }

    /** Shows whether the guess was right, the answer, and why. */
    void reveal(int picked, String explanation) {
        boolean right = asked.isRight(picked);
        verdict.setText((right ? "✔ Right: " : "✘ Not quite: ") + asked.answerText() + ".");
        explain.setText(explanation);
        hint.setText("Space or → for the next step · Esc hides this card.");
        getChildren().setAll(question, verdict, explain, hint);
        states(false, right, !right);
    }

    void dismiss() {
        setVisible(false);
        states(false, false, false);
    }

    private Button choice(int index, String text) {
        Button button = new Button((index + 1) + "  " + text);
        button.getStyleClass().add("predict-choice");
        button.setId("predict-choice-" + (index + 1));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> pick(index));
        return button;
    }

    private void states(boolean asking, boolean right, boolean wrong) {
        pseudoClassStateChanged(ASKING, asking);
        pseudoClassStateChanged(RIGHT, right);
        pseudoClassStateChanged(WRONG, wrong);
    }
}
