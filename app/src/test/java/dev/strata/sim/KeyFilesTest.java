package dev.strata.sim;

import java.util.List;

import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.VolumeState;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** configMap, secret and NFS volumes as the manifest defines them. */
class KeyFilesTest {
    private static final Manifest MANIFEST = ManifestLoader.load("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: app}
            data:
              app.conf: "port=8080\\n"
              extra.conf: "x"
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: tls}
            data:
              tls.crt: aGVsbG8=
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: web:1
                      volumeMounts:
                        - {name: cfg, mountPath: /etc/app}
                        - {name: one, mountPath: /etc/one}
                        - {name: tls, mountPath: /etc/tls}
                        - {name: share, mountPath: /share}
                  volumes:
                    - name: cfg
                      configMap: {name: app}
                    - name: one
                      configMap:
                        name: app
                        items: [{key: app.conf, path: conf/main.conf}]
                    - name: tls
                      secret: {secretName: tls}
                    - name: share
                      nfs: {server: nas.local, path: /exports/web}
            """, "m.yaml");

    @Test
    void aConfigMapVolumeShowsOneFilePerKeyWithItsSize() {
        List<Outcome> out = Fixtures.play(samplePlan(), MANIFEST,
                steps().read(1, "/etc/app/app.conf").write(1, "/etc/app/app.conf", 1).on(1));

        assertThat(((Outcome.Served) out.get(0)).size()).isEqualTo(10);
        assertThat(out.get(1).result()).isEqualTo(Result.EROFS);
    }

    @Test
    void itemsMapKeysToTheirOwnPathsAndLeaveOtherKeysOut() {
        VolumeState one = volume("one");

        assertThat(one.files()).extracting(FileEntry::path)
                .containsExactly("/conf", "/conf/main.conf");
    }

    @Test
    void aSecretsFilesHoldTheDecodedBytes() {
        assertThat(volume("tls").files()).extracting(FileEntry::path, FileEntry::size)
                .containsExactly(tuple("/tls.crt", 5L));
    }

    @Test
    void anNfsExportIsSharedByEveryPodOnEveryNode() {
        List<Outcome> out = Fixtures.play(samplePlan(), MANIFEST,
                steps().write(1, "/share/a", 3).read(2, "/share/a").on(2));

        assertThat(out.get(0).place().lands()).isEqualTo(Lands.NFS);
        assertThat(out.get(0).visibleTo()).containsExactly(1, 2);
        assertThat(out.get(1).result()).isEqualTo(Result.OK);
    }

    private static VolumeState volume(String name) {
        return Simulator.run(samplePlan(), MANIFEST, steps().on(1)).frame(0).state().volumes()
                .stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSidecarRunsBesideTheAppAndSharesItsPodsEmptyDir() {
        Manifest manifest = ManifestLoader.load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  initContainers:
                    - name: setup
                      image: busybox
                    - name: shipper
                      image: busybox
                      restartPolicy: Always
                      volumeMounts: [{name: logs, mountPath: /logs}]
                  containers:
                    - name: web
                      image: web:1
                      volumeMounts: [{name: logs, mountPath: /var/log/app}]
                  volumes:
                    - name: logs
                      emptyDir: {}
                """, "p.yaml");

        Timeline timeline = Simulator.run(samplePlan(), manifest, steps()
                .write(1, "/var/log/app/a.log", 4).read(1, "/logs/a.log").container("shipper")
                .on(1));

        assertThat(timeline.frame(0).state().pods().get(0).containers())
                .extracting(ClusterState.ContainerState::name).containsExactly("web", "shipper");
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.OK);
    }
}
