package dev.strata.manifest;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown keys, down to volume sources and their items, claims, claim templates,
 * PersistentVolumes and StorageClasses: ignored with a warning at the key that names a
 * near known field.
 */
class UnknownFieldsTest {
    private static final String DROPPED = "kubectl refuses it (--validate=strict, its"
            + " default), other clients drop it";
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers: [{name: app, image: app:1}]
              volumes:
            """;
    private static final String IGNORED = ": unknown field: " + DROPPED;

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

    @Test
    void misspeltFieldOfAClaimSpecWarnsAtItsKey() {
        assertThat(unknownFields("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteOnce]
                  storageClasName: fast
                  resources:
                    requests: {storage: 1Gi}
                    limit: {storage: 2Gi}
                """)).containsExactly(
                "m.yaml:6:3: spec.storageClasName" + IGNORED
                        + "; did you mean \"storageClassName\"?",
                "m.yaml:9:5: spec.resources.limit" + IGNORED + "; did you mean \"limits\"?");
    }

    @Test
    void misspeltFieldOfAClaimTemplateWarnsAtItsKey() {
        assertThat(unknownFields("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  template:
                    spec:
                      containers: [{name: db, image: db:1}]
                  volumeClaimTemplates:
                    - metadata: {name: data, lables: {tier: db}}
                      spec:
                        accessModes: [ReadWriteOnce]
                        volumeMod: Filesystem
                        resources: {requests: {storage: 1Gi}}
                      stauts: {}
                """)).containsExactly(
                "m.yaml:9:30: spec.volumeClaimTemplates[0].metadata.lables" + IGNORED
                        + "; did you mean \"labels\"?",
                "m.yaml:12:9: spec.volumeClaimTemplates[0].spec.volumeMod" + IGNORED
                        + "; did you mean \"volumeMode\"?",
                "m.yaml:14:7: spec.volumeClaimTemplates[0].stauts" + IGNORED
                        + "; did you mean \"status\"?");
    }

    @Test
    void misspeltFieldOfAnEphemeralVolumesTemplateWarnsAtItsKey() {
        assertThat(unknownFields(POD + """
                    - name: scratch
                      ephemeral:
                        volumeClaimTemplate:
                          metadata: {annotatons: {}}
                          spec:
                            accessModes: [ReadWriteOnce]
                            resources: {requests: {storage: 1Gi}}
                            storageClassNmae: fast
                          spce: {}
                """)).containsExactly(
                "m.yaml:10:22: spec.volumes[0].ephemeral.volumeClaimTemplate.metadata"
                        + ".annotatons" + IGNORED + "; did you mean \"annotations\"?",
                "m.yaml:14:13: spec.volumes[0].ephemeral.volumeClaimTemplate.spec"
                        + ".storageClassNmae" + IGNORED
                        + "; did you mean \"storageClassName\"?",
                "m.yaml:15:11: spec.volumes[0].ephemeral.volumeClaimTemplate.spce" + IGNORED
                        + "; did you mean \"spec\"?");
    }

    @Test
    void misspeltFieldOfAPersistentVolumeOrItsSourceWarnsAtItsKey() {
        assertThat(unknownFields("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: host}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  mountOption: [noatime]
                  hostPath: {path: /srv, typ: Directory}
                  claimRef: {name: data, namespce: shop}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: shared}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteMany]
                  nfs: {server: nfs.local, path: /export, readonly: true}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: disk}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  local: {path: /mnt/disk, fstype: ext4}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: ebs}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1, nodeStageSecretRf: {}}
                """)).containsExactly(
                "m.yaml:7:3: spec.mountOption" + IGNORED + "; did you mean \"mountOptions\"?",
                "m.yaml:8:26: spec.hostPath.typ" + IGNORED + "; did you mean \"type\"?",
                "m.yaml:9:26: spec.claimRef.namespce" + IGNORED
                        + "; did you mean \"namespace\"?",
                "m.yaml:17:43: spec.nfs.readonly" + IGNORED + "; did you mean \"readOnly\"?",
                "m.yaml:25:28: spec.local.fstype" + IGNORED + "; did you mean \"fsType\"?",
                "m.yaml:33:55: spec.csi.nodeStageSecretRf" + IGNORED
                        + "; did you mean \"nodeStageSecretRef\"?");
    }

    @Test
    void misspeltFieldOfAStorageClassWarnsAtItsKey() {
        assertThat(unknownFields("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: fast}
                provisioner: ebs.csi.aws.com
                allowVolumeExpension: true
                """)).containsExactly("m.yaml:5:1: allowVolumeExpension" + IGNORED
                + "; did you mean \"allowVolumeExpansion\"?");
    }

    @Test
    void podSpecFieldsAddedInKubernetes134And136AreKnown() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  hostnameOverride: web-0
                  schedulingGroup: {podGroupName: workers}
                  containers: [{name: app, image: app:1}]
                """);

        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void everyDocumentedFieldIsKnown() {
        Manifest manifest = load("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  template:
                    spec:
                      containers:
                        - name: db
                          image: db:1
                          volumeMounts: [{name: data, mountPath: /data}]
                      volumes:
                        - name: claim
                          persistentVolumeClaim: {claimName: shared, readOnly: true}
                        - name: cfg
                          configMap:
                            name: settings
                            items: [{key: a, path: a, mode: 0400}]
                            defaultMode: 0644
                            optional: false
                        - name: tls
                          secret:
                            secretName: tls
                            items: [{key: b, path: b, mode: 0400}]
                            defaultMode: 0400
                            optional: false
                        - {name: cache, emptyDir: {medium: Memory, sizeLimit: 64Mi}}
                        - {name: host, hostPath: {path: /srv, type: Directory}}
                        - {name: nfs, nfs: {server: nfs.local, path: /export, readOnly: true}}
                        - name: inline
                          csi:
                            driver: csi.example.com
                            readOnly: true
                            fsType: ext4
                            volumeAttributes: {size: 1Gi}
                            nodePublishSecretRef: {name: csi-creds}
                        - name: info
                          downwardAPI:
                            defaultMode: 0444
                            items:
                              - path: labels
                                fieldRef: {apiVersion: v1, fieldPath: metadata.labels}
                                mode: 0444
                              - path: cpu
                                resourceFieldRef:
                                  {containerName: db, resource: limits.cpu, divisor: 1m}
                        - name: all
                          projected:
                            defaultMode: 0444
                            sources:
                              - configMap: {name: settings, items: [], optional: false}
                              - secret: {name: tls, items: [], optional: false}
                              - downwardAPI: {items: []}
                              - serviceAccountToken:
                                  {audience: api, expirationSeconds: 3600, path: token}
                              - clusterTrustBundle: {name: roots, optional: true, path: a.pem}
                              - clusterTrustBundle:
                                  {signerName: example.com/ca, labelSelector: {}, path: b.pem}
                              - podCertificate:
                                  signerName: example.com/pods
                                  keyType: ED25519
                                  maxExpirationSeconds: 86400
                                  credentialBundlePath: bundle.pem
                                  userAnnotations: {team: db}
                              - podCertificate:
                                  signerName: example.com/pods
                                  keyType: ED25519
                                  keyPath: key.pem
                                  certificateChainPath: chain.pem
                        - name: scratch
                          ephemeral:
                            volumeClaimTemplate:
                              metadata: {labels: {tier: db}}
                              spec:
                                accessModes: [ReadWriteOnce]
                                resources: {requests: {storage: 1Gi}}
                        - name: tools
                          image: {reference: tools:1, pullPolicy: IfNotPresent}
                  volumeClaimTemplates:
                    - apiVersion: v1
                      kind: PersistentVolumeClaim
                      metadata: {name: data}
                      spec:
                        accessModes: [ReadWriteOnce]
                        selector: {matchLabels: {tier: db}}
                        resources: {requests: {storage: 1Gi}, limits: {storage: 2Gi}}
                        volumeName: local-disk
                        storageClassName: fast
                        volumeMode: Filesystem
                        dataSource: {kind: PersistentVolumeClaim, name: seed}
                        dataSourceRef: {kind: PersistentVolumeClaim, name: seed}
                        volumeAttributesClassName: gold
                      status: {}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: local-disk}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  claimRef:
                    apiVersion: v1
                    kind: PersistentVolumeClaim
                    namespace: default
                    name: data-db-0
                    uid: 0d9a1f3c
                    resourceVersion: "1"
                    fieldPath: ""
                  persistentVolumeReclaimPolicy: Retain
                  storageClassName: fast
                  mountOptions: [noatime]
                  volumeMode: Filesystem
                  nodeAffinity: {required: {nodeSelectorTerms: []}}
                  volumeAttributesClassName: gold
                  local: {path: /mnt/disk, fsType: ext4}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: ebs}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  csi:
                    driver: ebs.csi.aws.com
                    volumeHandle: vol-1
                    readOnly: false
                    fsType: ext4
                    volumeAttributes: {}
                    controllerPublishSecretRef: {name: s}
                    nodeStageSecretRef: {name: s}
                    nodePublishSecretRef: {name: s}
                    controllerExpandSecretRef: {name: s}
                    nodeExpandSecretRef: {name: s}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: host}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                  hostPath: {path: /srv, type: DirectoryOrCreate}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: export}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteMany]
                  nfs: {server: nfs.local, path: /export, readOnly: false}
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: fast}
                provisioner: ebs.csi.aws.com
                parameters: {type: gp3}
                reclaimPolicy: Retain
                mountOptions: [noatime]
                allowVolumeExpansion: true
                volumeBindingMode: WaitForFirstConsumer
                allowedTopologies: []
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: shared}
                spec: {accessModes: [ReadOnlyMany], resources: {requests: {storage: 1Gi}}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: "1"}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: tls}
                stringData: {b: "2"}
                """);

        assertThat(manifest.workloads()).hasSize(1);
        assertThat(manifest.persistentVolumes()).hasSize(4);
        assertThat(manifest.warnings()).isEmpty();
    }
}
