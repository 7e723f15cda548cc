package dev.strata.image;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tar names made absolute and clean, whether or not they were clean already. */
class PathsTest {
    @ParameterizedTest
    @CsvSource({
        "etc/hosts, /etc/hosts",
        "/etc/hosts, /etc/hosts",
        "./etc/hosts, /etc/hosts",
        "etc/, /etc",
        "etc//hosts, /etc/hosts",
        "etc/./hosts, /etc/hosts",
        "etc/x/../hosts, /etc/hosts",
        "etc/.hosts, /etc/.hosts",
        "etc/..hosts, /etc/..hosts",
        "./, /",
        "/, /",
        "'', /",
        ".wh..wh..opq, /.wh..wh..opq",
    })
    void normalizesNames(String name, String expected) {
        assertThat(Paths.normalize(name)).isEqualTo(Optional.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"..", "../etc", "a/../../etc", "/.."})
    void refusesNamesThatClimbAboveTheRoot(String name) {
        assertThat(Paths.normalize(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/a, /a/b",
        "/a/b, /a-b",
        "/a/z, /a.b",
        "/a, /a-b",
        "/a/b, /a/c",
        "/b, /c/a",
    })
    void putsADirectoryAndWhatIsUnderItBeforeItsNextSibling(String first, String second) {
        assertThat(Paths.compareInTree(first, second)).isNegative();
        assertThat(Paths.compareInTree(second, first)).isPositive();
        assertThat(Paths.compareInTree(first, first)).isZero();
    }
}
