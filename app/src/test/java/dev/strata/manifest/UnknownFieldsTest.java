package dev.strata.manifest;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown keys: ignored with a warning at the key that names a near known field. */
class UnknownFieldsTest {
    @Test
    void suggestionAllowsOneEditInKeysOfUpToFourLettersAndTwoInLongerOnes() {
        Set<String> known = Set.of("type", "volumeMode");

        assertThat(KnownFields.suggestion("tpe", known)).isEqualTo("; did you mean \"type\"?");
        assertThat(KnownFields.suggestion("tp", known)).isEmpty();
        assertThat(KnownFields.suggestion("volumMod", known))
                .isEqualTo("; did you mean \"volumeMode\"?");
        assertThat(KnownFields.suggestion("volMod", known)).isEmpty();
    }

    @Test
    void suggestionIgnoresCaseAndCountsTwoSwappedLettersAsOneEdit() {
        Set<String> known = Set.of("type", "volumeMode");

        assertThat(KnownFields.suggestion("VOLUMEMODE", known))
                .isEqualTo("; did you mean \"volumeMode\"?");
        assertThat(KnownFields.suggestion("tyep", known)).isEqualTo("; did you mean \"type\"?");
    }

    @Test
    void ofEquallyNearFieldsTheFirstInAlphabeticalOrderIsSuggested() {
        assertThat(KnownFields.suggestion("code", Set.of("node", "mode")))
                .isEqualTo("; did you mean \"mode\"?");
    }
}
