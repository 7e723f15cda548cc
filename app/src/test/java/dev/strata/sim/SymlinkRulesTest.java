package dev.strata.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.ReadOptions;
import dev.strata.image.TestArchives;
import dev.strata.manifest.Manifest;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths through the symbolic links of a real image, resolved as path_resolution(7) says:
 * links in the folders on the way are followed, the last name only by calls that open or
 * change what it names (open, stat, chmod), not by unlink, mkdir or rename. The image is laid
 * out as Debian's are since the /usr merge: {@code /bin -> usr/bin},
 * {@code /etc/os-release -> ../usr/lib/os-release}, {@code /var/run -> /run}.
 */
class SymlinkRulesTest {
    private static final String OS_RELEASE = "PRETTY_NAME=\"Debian GNU/Linux 12\"\n";
    private static final String SHELL = "#!shell".repeat(100);

    private static Image image;

    @BeforeAll
    static void buildImage(@TempDir Path dir) throws IOException {
        TestArchives base = new TestArchives()
                .directory("usr").directory("usr/bin").file("usr/bin/sh", SHELL)
                .hardLink("usr/bin/dash", "usr/bin/sh")
                .directory("usr/lib").file("usr/lib/os-release", OS_RELEASE)
                .symlink("bin", "usr/bin")
                .directory("etc").symlink("etc/os-release", "../usr/lib/os-release")
                .directory("run").directory("var").symlink("var/run", "/run")
                .directory("loop").symlink("loop/a", "b").symlink("loop/b", "a")
                .symlink("empty", "")
                .directory("var/log").symlink("var/log/app", "/data/app");
        base.directory("chain").file("chain/end", "end\n");
        for (int link = 0; link <= Symlinks.MAX_LINKS; link++) {
            base.symlink("chain/l" + link, link == Symlinks.MAX_LINKS ? "end"
                    : "l" + (link + 1));
        }
        byte[] app = new TestArchives().directory("app").file("app/app.py", "print(1)\n")
                .bytes();
        image = ImageReader.read(TestArchives.dockerSave(dir.resolve("debian.tar"),
                base.bytes(), app), ReadOptions.defaults());
    }

    private static List<Outcome> play(Fixtures.Steps steps) {
        return play(Fixtures.deployment(2, List.of(), List.of(), List.of()), steps);
    }

    private static List<Outcome> play(Manifest manifest, Fixtures.Steps steps) {
        return frames(manifest, steps).frames().stream().skip(1)
                .map(f -> f.outcome().orElseThrow()).toList();
    }

    private static Timeline frames(Manifest manifest, Fixtures.Steps steps) {
        return Simulator.run(image, Optional.empty(), manifest, steps.on(1));
    }

    @Test
    void aReadThroughALinkedFolderIsServedFromTheLayerThatHoldsTheTarget() {
        List<Outcome> out = play(steps().read(1, "/bin/sh"));

        assertThat(out.get(0)).isInstanceOfSatisfying(Outcome.Served.class, served -> {
            assertThat(served.place()).isEqualTo(Place.image(0));
            assertThat(served.size()).isEqualTo(SHELL.length());
        });
        assertThat(out.get(0).explain())
                .startsWith("/bin is a symbolic link to usr/bin, so /bin/sh is /usr/bin/sh. ");
    }

    @Test
    void aReadOfALinkedFileReturnsTheBytesOfItsTargetNotOfTheLink() {
        List<Outcome> out = play(steps().read(1, "/etc/os-release"));

        assertThat(out.get(0)).isInstanceOfSatisfying(Outcome.Served.class, served -> {
            assertThat(served.result()).isEqualTo(Result.OK);
            assertThat(served.size()).isEqualTo(OS_RELEASE.length());
        });
        assertThat(out.get(0).explain()).contains("/etc/os-release is /usr/lib/os-release");
    }

    @Test
    void aWriteBelowALinkedFolderLandsUnderTheTargetInTheWritableLayer() {
        Timeline timeline = frames(Fixtures.deployment(2, List.of(), List.of(), List.of()),
                steps().write(1, "/bin/tool", 10).read(1, "/usr/bin/tool")
                        .write(1, "/var/run/app.pid", 4));

        List<Outcome> out = timeline.frames().stream().skip(1)
                .map(f -> f.outcome().orElseThrow()).toList();
        assertThat(out).extracting(Outcome::result).containsOnly(Result.OK);
        assertThat(out.get(1).place()).isEqualTo(Place.UPPER);
        List<String> upper = timeline.frames().get(3).state().pods().get(0).containers().get(0)
                .upper().stream().map(FileEntry::path).toList();
        assertThat(upper).contains("/usr/bin/tool", "/run/app.pid")
                .doesNotContain("/bin/tool", "/var/run/app.pid");
    }

    @Test
    void aFirstWriteThroughALinkCopiesUpTheTargetFile() {
        List<Outcome> out = play(steps().write(1, "/etc/os-release", 10)
                .read(2, "/etc/os-release"));

        assertThat(out.get(0)).isInstanceOfSatisfying(Outcome.CopiedUp.class,
                c -> assertThat(c.fromLayer()).isZero());
        assertThat(out.get(0).explain()).contains("/usr/lib/os-release came from layer 0");
        assertThat(out.get(1).place()).isEqualTo(Place.image(0));
    }

    @Test
    void deletingALinkHidesTheLinkAndLeavesItsTarget() {
        List<Outcome> out = play(steps().delete(1, "/etc/os-release").read(1, "/etc/os-release")
                .read(1, "/usr/lib/os-release"));

        assertThat(out.get(0)).isInstanceOf(Outcome.WhitedOut.class);
        assertThat(out.get(0).explain()).contains("still see the link");
        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.OK, Result.ENOENT, Result.OK);
    }

    @Test
    void mkdirDoesNotFollowALinkThatIsItsLastName() {
        List<Outcome> out = play(steps().mkdir(1, "/bin").mkdir(1, "/bin/new"));

        assertThat(out.get(0).result()).isEqualTo(Result.EEXIST);
        assertThat(out.get(1).result()).isEqualTo(Result.OK);
        assertThat(out.get(1).explain()).contains("/bin/new is /usr/bin/new");
    }

    @Test
    void dotDotAfterALinkGoesUpFromWhereTheLinkLedNotFromTheNameAsWritten() {
        // Lexically /bin/../lib/os-release would be /lib/os-release, which is not there.
        List<Outcome> out = play(steps().read(1, "/bin/../lib/os-release"));

        assertThat(out.get(0).result()).isEqualTo(Result.OK);
        assertThat(out.get(0).explain()).contains("is /usr/lib/os-release");
    }

    @Test
    void linksThatGoRoundInACircleStopWithEloop() {
        List<Outcome> out = play(steps().read(1, "/loop/a").write(1, "/loop/b", 1));

        assertThat(out).extracting(Outcome::result).containsOnly(Result.ELOOP);
        assertThat(out.get(0).source()).contains("path_resolution");
    }

    @Test
    void aChainOfMoreThanFortyLinksStopsWithEloopThoughItIsNoCircle() {
        List<Outcome> out = play(steps().read(1, "/chain/l0").read(1, "/chain/l1"));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.ELOOP, Result.OK);
        assertThat(out.get(0).explain()).contains("at most 40").doesNotContain("circle");
    }

    @Test
    void theExplanationNamesThePathAsWrittenNotCollapsed() {
        Outcome read = play(steps().read(1, "/bin/../lib/os-release")).get(0);

        assertThat(read.explain()).contains("so /bin/../lib/os-release is /usr/lib/os-release");
    }

    @Test
    void aTrailingSlashFollowsALinkAndNamesAFolder() {
        List<Outcome> out = play(steps().read(1, "/etc/os-release/")
                .chmod(1, "/etc/os-release/").write(1, "/bin/tool/", 1).read(1, "/bin/")
                .mkdir(1, "/made/").write(1, "/made/file", 1));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.ENOTDIR,
                Result.ENOTDIR, Result.EISDIR, Result.EISDIR, Result.OK, Result.OK);
        assertThat(out.get(0).source()).contains("path_resolution");
    }

    @Test
    void unlinkAndRenameOfALinkWithATrailingSlashAreEnotdirAndLeaveTheLink() {
        List<Outcome> out = play(steps().delete(1, "/bin/").rename(1, "/bin/", "/bin2")
                .rename(1, "/usr/lib/os-release", "/tmp/os/").read(1, "/bin/sh")
                .delete(1, "/usr/lib/"));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.ENOTDIR,
                Result.ENOTDIR, Result.ENOTDIR, Result.OK, Result.OK);
    }

    @Test
    void aLinkWithAnEmptyTargetIsEnoent() {
        assertThat(play(steps().read(1, "/empty")).get(0).result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void aLinkIntoAMountedVolumeSendsTheWriteIntoTheVolume() {
        Manifest withLogs = Fixtures.deployment(2, List.of(Fixtures.mount("logs", "/data")),
                List.of(Fixtures.emptyDir("logs")), List.of());

        List<Outcome> out = play(withLogs, steps().write(1, "/var/log/app/req.log", 100));

        assertThat(out.get(0).place().lands()).isEqualTo(Lands.EMPTY_DIR);
        assertThat(out.get(0).visibleTo()).containsExactly(1);
        assertThat(out.get(0).explain()).startsWith("/var/log/app is a symbolic link to"
                + " /data/app, so /var/log/app/req.log is /data/app/req.log. ");
    }

    @Test
    void renamingALinkMovesTheLinkWhichStillLeadsToItsTarget() {
        List<Outcome> out = play(steps().rename(1, "/etc/os-release", "/etc/os-release.old")
                .read(1, "/etc/os-release.old").read(1, "/etc/os-release"));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.OK, Result.OK, Result.ENOENT);
        assertThat(((Outcome.Served) out.get(1)).size()).isEqualTo(OS_RELEASE.length());
    }

    @Test
    void aHardLinkIsTheFileItNamesWithItsSize() {
        Outcome read = play(steps().read(1, "/bin/dash")).get(0);

        assertThat(((Outcome.Served) read).size()).isEqualTo(SHELL.length());
    }

    @Test
    void theReplicaViewShowsLinksWithTheirTargets() {
        Timeline timeline = frames(Fixtures.deployment(1, List.of(), List.of(), List.of()),
                steps().read(1, "/bin/sh"));

        List<ReplicaView.Entry> view = ReplicaView.of(timeline.frame(0).state(), "web", 1,
                "web");
        assertThat(view).filteredOn(e -> e.path().equals("/bin")).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EntryKind.SYMLINK);
                    assertThat(e.target()).isEqualTo("usr/bin");
                    assertThat(e.from()).isEqualTo(Place.image(0));
                });
    }
}
