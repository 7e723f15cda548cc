package dev.strata.manifest;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown keys, inside volume sources and their items too: ignored with a warning at the
 * key that names a near known field.
 */
class UnknownFieldsTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers: [{name: app, image: app:1}]
              volumes:
            """;
    private static final String IGNORED = ": unknown field, ignored as kubectl does";

    /** The unknown-field warnings of a manifest, as {@code file:line:column: message}. */
    private static List<String> unknownFields(String text) {
        return load(text).warnings().stream().map(ManifestWarning::toString)
                .filter(w -> w.contains("unknown field")).toList();
    }

    @Test
    void misspeltSizeLimitOfAnEmptyDirIsIgnoredAndTheWarningNamesTheField() {
        Manifest manifest = load(POD + """
                    - {name: cache, emptyDir: {medium: Memory, sizeLimt: 1Gi}}
                """);

        assertThat(manifest.warnings()).extracting(ManifestWarning::toString).containsExactly(
                "m.yaml:7:48: spec.volumes[0].emptyDir.sizeLimt" + IGNORED
                        + "; did you mean \"sizeLimit\"?");
        assertThat(manifest.workloads().get(0).pod().volumes().get(0).source())
                .isEqualTo(new VolumeSource.EmptyDir("Memory", ""));
    }

    @Test
    void keyFarFromEveryFieldGetsNoSuggestion() {
        assertThat(unknownFields(POD + """
                    - {name: cache, emptyDir: {colour: red}}
                """)).containsExactly("m.yaml:7:32: spec.volumes[0].emptyDir.colour" + IGNORED);
    }

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

    @Test
    void misspeltFieldOfEachVolumeSourceWarnsAtItsKey() {
        assertThat(unknownFields(POD + """
                    - {name: a, persistentVolumeClaim: {claimName: data, readonly: true}}
                    - {name: b, configMap: {name: settings, optional: true, defaultMod: 0644}}
                    - {name: c, secret: {secretName: tls, optional: true, defaultmode: 0400}}
                    - {name: d, hostPath: {path: /srv, typ: Directory}}
                    - {name: e, nfs: {server: nfs.local, path: /export, readOnyl: true}}
                    - {name: f, csi: {driver: csi.example.com, fstype: ext4}}
                    - {name: g, projected: {sources: [], defaultNode: 0444}}
                    - {name: h, downwardAPI: {items: [], defautMode: 0444}}
                    - {name: i, image: {reference: tools:1, pullpolicy: Never}}
                    - name: j
                      ephemeral:
                        readOnly: true
                        volumeClaimTemplate:
                          spec:
                            accessModes: [ReadWriteOnce]
                            resources: {requests: {storage: 1Gi}}
                """)).containsExactly(
                "m.yaml:7:58: spec.volumes[0].persistentVolumeClaim.readonly" + IGNORED
                        + "; did you mean \"readOnly\"?",
                "m.yaml:8:61: spec.volumes[1].configMap.defaultMod" + IGNORED
                        + "; did you mean \"defaultMode\"?",
                "m.yaml:9:59: spec.volumes[2].secret.defaultmode" + IGNORED
                        + "; did you mean \"defaultMode\"?",
                "m.yaml:10:40: spec.volumes[3].hostPath.typ" + IGNORED
                        + "; did you mean \"type\"?",
                "m.yaml:11:57: spec.volumes[4].nfs.readOnyl" + IGNORED
                        + "; did you mean \"readOnly\"?",
                "m.yaml:12:48: spec.volumes[5].csi.fstype" + IGNORED
                        + "; did you mean \"fsType\"?",
                "m.yaml:13:42: spec.volumes[6].projected.defaultNode" + IGNORED
                        + "; did you mean \"defaultMode\"?",
                "m.yaml:14:42: spec.volumes[7].downwardAPI.defautMode" + IGNORED
                        + "; did you mean \"defaultMode\"?",
                "m.yaml:15:45: spec.volumes[8].image.pullpolicy" + IGNORED
                        + "; did you mean \"pullPolicy\"?",
                "m.yaml:18:9: spec.volumes[9].ephemeral.readOnly" + IGNORED);
    }

    @Test
    void misspeltFieldOfAnItemOrAProjectionWarnsAtItsKey() {
        assertThat(unknownFields(POD + """
                    - name: cfg
                      configMap:
                        name: settings
                        optional: true
                        items: [{key: a, path: a, mdoe: 0400}]
                    - name: info
                      downwardAPI:
                        items:
                          - path: labels
                            fieldRef: {fieldPath: metadata.labels, apiversion: v1}
                          - path: cpu
                            resourceFieldRef: {resource: limits.cpu, containerNmae: app}
                    - name: all
                      projected:
                        sources:
                          - secret: {name: creds, optional: true, item: []}
                          - serviceAccountToken: {path: token, expirationSecond: 600}
                          - configMap: {name: settings, optional: true}
                            downwardApi: {items: []}
                """)).containsExactly(
                "m.yaml:11:35: spec.volumes[0].configMap.items[0].mdoe" + IGNORED
                        + "; did you mean \"mode\"?",
                "m.yaml:16:52: spec.volumes[1].downwardAPI.items[0].fieldRef.apiversion"
                        + IGNORED + "; did you mean \"apiVersion\"?",
                "m.yaml:18:54: spec.volumes[1].downwardAPI.items[1].resourceFieldRef"
                        + ".containerNmae" + IGNORED + "; did you mean \"containerName\"?",
                "m.yaml:22:51: spec.volumes[2].projected.sources[0].secret.item" + IGNORED
                        + "; did you mean \"items\"?",
                "m.yaml:23:48: spec.volumes[2].projected.sources[1].serviceAccountToken"
                        + ".expirationSecond" + IGNORED
                        + "; did you mean \"expirationSeconds\"?",
                "m.yaml:25:13: spec.volumes[2].projected.sources[2].downwardApi" + IGNORED
                        + "; did you mean \"downwardAPI\"?");
    }
}
