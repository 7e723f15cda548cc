package dev.strata.manifest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kubernetes resource quantities read as byte counts, with Kubernetes' rounding. */
class QuantityTest {
    @ParameterizedTest
    @CsvSource({
        "1Gi, 1073741824",
        "500M, 500000000",
        "1e3, 1000",
        "1E3, 1000",
        "100Ki, 102400",
        "1.5Gi, 1610612736",
        "0.5, 1",
        "100m, 1",
        "1n, 1",
        "1k, 1000",
        "2Ti, 2199023255552",
        "1Ei, 1152921504606846976",
        "1E, 1000000000000000000",
        "12e-1, 2",
        "+5, 5",
        ".5Ki, 512",
        "1., 1",
        "0, 0",
        "-1Ki, -1024",
    })
    void parsesToBytesRoundingUp(String text, long bytes) {
        assertThat(Quantity.parse(text)).isEqualTo(new Quantity(text, bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1GB", "1 Gi", "Gi", "1gi", "1e", "1K", "1.2.3", "1Gi ", "0x10",
        "1e1.5"})
    void rejectsWhatKubernetesRejects(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a quantity such as 1Gi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8Ei", "10E", "1e19", "99999999999999999999"})
    void rejectsByteCountsBeyondALong(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .hasMessageContaining("is larger than any byte count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999", "1e-99999"})
    void hugeExponentsStopAtOnce(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .hasMessageContaining("exponent too large");
    }
}
