package dev.strata.image;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** dive's own test image must give dive's golden values. */
class DiveValuesTest {
    private static Image image;

    @BeforeAll
    static void read() throws IOException {
        image = Fixtures.read("dive", "test-docker-image.tar");
    }

    @Test
    void efficiencyIsDives() {
        assertThat(image.efficiency()).isEqualTo(0.9844212134184309);
    }

    @Test
    void sizeIsTheSumOfEveryLayersEntries() {
        assertThat(image.sizeBytes()).isEqualTo(1220598);
    }

    @Test
    void userSizeLeavesOutTheBaseLayer() {
        assertThat(image.userSizeBytes()).isEqualTo(66237);
    }

    @Test
    void wastedBytesAreDives() {
        assertThat(image.wastedBytes()).isEqualTo(32025);
    }

    @Test
    void readsFourteenLayersOfALegacyDockerSave() {
        assertThat(image.format()).isEqualTo(ImageFormat.DOCKER_ARCHIVE);
        assertThat(image.ref()).isEqualTo("dive-test:latest");
        assertThat(image.layers()).hasSize(14);
    }

    @Test
    void matchesHistoryToLayersSkippingEmptyOnes() {
        assertThat(image.layers().get(9).createdBy())
                .isEqualTo("/bin/sh -c rm -rf /root/example/");
        assertThat(image.layers().get(13).createdBy())
                .isEqualTo("/bin/sh -c chmod +x /root/saved.txt");
    }

    @Test
    void countsWhatEachLayerAddsModifiesAndRemoves() {
        Layer move = image.layers().get(7);
        assertThat(move.createdBy()).contains("mv /root/example/somefile3.txt");
        assertThat(new int[] {move.added(), move.modified(), move.removed()})
                .containsExactly(1, 2, 1);
    }

    @Test
    void keepsTheBusyboxHardLinksOfTheBaseLayer() {
        long hardLinks = image.layers().get(0).entries().stream()
                .filter(e -> e.kind() == EntryKind.HARDLINK).count();
        assertThat(hardLinks).isEqualTo(392);
    }

    @Test
    void verifiesEachLayerTarAgainstTheConfigDiffIds() {
        assertThat(image.layers()).allSatisfy(l -> assertThat(l.diffId()).isEqualTo(l.digest()));
        assertThat(image.layers().get(0).diffId()).startsWith("sha256:23bc2b70b201");
    }
}
