package dev.strata.manifest;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.assertFailsAt;

/**
 * What the API server would reject, each reported at the offending value. Positions are
 * 1-based line and column of the text as written in each test.
 */
class ValidationTest {
    /** Lines 1-7; the pod spec's keys start on line 8 at column 7. */
    private static final String HEAD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
            """;

    @Test
    void mountOfAnUndeclaredVolumeFailsAtItsName() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logz
                              mountPath: /var/log/app
                      volumes:
                        - name: logs
                          emptyDir: {}
                """, 12, 21, "the pod has no volume \"logz\" (logs)");
    }

    @Test
    void mountInAPodWithoutVolumesSaysItDeclaresNone() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: data
                              mountPath: /data
                """, 12, 21, "the pod has no volume \"data\" (it declares none)");
    }

    @Test
    void secondMountAtTheSamePathFailsAtItsMountPath() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logs
                              mountPath: /data
                            - name: logs
                              mountPath: /data
                      volumes:
                        - name: logs
                          emptyDir: {}
                """, 15, 26, "\"/data\" is already mounted in this container (line 12)");
    }

    @Test
    void relativeMountPathFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logs
                              mountPath: var/log
                      volumes:
                        - name: logs
                          emptyDir: {}
                """, 13, 26, "mountPath: must be an absolute path, found \"var/log\"");
    }

    @Test
    void subPathClimbingOutOfTheVolumeFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logs
                              mountPath: /logs
                              subPath: ../etc
                      volumes:
                        - name: logs
                          emptyDir: {}
                """, 14, 24, "subPath: must be a relative path inside the volume");
    }

    @Test
    void volumeWithoutSourceFailsAtTheVolume() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - name: logs
                """, 12, 11, "volume \"logs\" has no source; give it one, e.g. emptyDir: {}");
    }

    @Test
    void volumeWithANullSourceSaysHowToWriteAnEmptyOne() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - name: logs
                          emptyDir:
                """, 12, 11, "emptyDir is null; write emptyDir: {} for an empty one");
    }

    @Test
    void volumeWithTwoSourcesFailsAtTheSecond() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - name: logs
                          emptyDir: {}
                          hostPath:
                            path: /var/log
                """, 14, 11, "volume \"logs\" already has a source (emptyDir)");
    }

    @Test
    void claimVolumeWithoutClaimNameFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - name: data
                          persistentVolumeClaim:
                            readOnly: true
                """, 14, 13, "persistentVolumeClaim: claimName is required");
    }

    @Test
    void twoVolumesOfOneNameFailAtTheSecondName() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - name: logs
                          emptyDir: {}
                        - name: logs
                          emptyDir: {}
                """, 14, 17, "volume \"logs\" is declared twice (first at line 12)");
    }

    @Test
    void negativeReplicasFail() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: -1
                """, 6, 13, "spec.replicas: must not be negative, found -1");
    }

    @Test
    void replicasInWordsFail() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: three
                """, 6, 13, "spec.replicas: must be an integer, found \"three\"");
    }

    @Test
    void fractionalReplicasFail() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 2.5
                """, 5, 13, "spec.replicas: must be an integer, found the number 2.5");
    }

    @Test
    void replicasBeyondThirtyTwoBitsFail() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 3000000000
                """, 5, 13, "spec.replicas: is out of range");
    }

    @Test
    void containersAsAStringFailAtTheString() {
        assertFailsAt(HEAD + """
                      containers: foo
                """, 8, 19, "spec.template.spec.containers: must be a list, found \"foo\"");
    }

    @Test
    void specAsAListFailsWhereAMappingIsNeeded() {
        assertFailsAt("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  - containers
                """, 5, 3, "spec: must be a mapping, found a list");
    }

    @Test
    void imageAsANumberFailsWhereAStringIsNeeded() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: 42
                """, 10, 18, "image: must be a string, found the number 42");
    }

    @Test
    void readOnlyAsAWordFailsWhereABooleanIsNeeded() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - {name: logs, mountPath: /logs, readOnly: sure}
                      volumes:
                        - {name: logs, emptyDir: {}}
                """, 12, 56, "readOnly: must be true or false, found \"sure\"");
    }

    @Test
    void templatePlaceholderForReplicasIsCalledATemplate() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: {{ .Values.n }}
                """, 6, 13, "looks like a template, not a manifest");
    }

    @Test
    void templatePlaceholderThatBreaksTheYamlIsCalledATemplate() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-web
                """, 4, 28, "looks like a template, not a manifest");
    }

    @Test
    void quotedPlaceholderWhereAnIntegerIsNeededIsCalledATemplate() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: "{{ .Values.n }}"
                """, 5, 13, "looks like a template, not a manifest");
    }

    @Test
    void containerWithoutNameFailsAtTheContainer() {
        assertFailsAt(HEAD + """
                      containers:
                        - image: web:1.0
                """, 9, 11, "spec.template.spec.containers[0]: name is required");
    }

    @Test
    void containerWithoutImageFailsAtTheContainer() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                        - name: sidecar
                          image: busybox
                """, 9, 11, "spec.template.spec.containers[0]: image is required");
    }

    @Test
    void containerWithAnEmptyNameFailsAtTheName() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: ""
                          image: web:1.0
                """, 9, 17, "name: must not be empty");
    }

    @Test
    void twoContainersOfOneNameFailAtTheSecondName() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                        - name: web
                          image: web:1.0
                """, 11, 17, "container \"web\" is declared twice (first at line 9)");
    }

    @Test
    void podWithoutContainersFails() {
        assertFailsAt(HEAD + """
                      containers: []
                """, 8, 19, "containers: at least one container is required");
    }

    @Test
    void workloadWithoutTemplateFailsAtItsSpec() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                """, 6, 3, "spec: template is required");
    }

    @Test
    void workloadWithoutNameFailsAtItsMetadata() {
        assertFailsAt("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  labels: {app: web}
                spec: {}
                """, 4, 3, "metadata: name is required");
    }

    @Test
    void documentWithoutKindFailsAtItsStart() {
        assertFailsAt("""
                apiVersion: v1
                metadata:
                  name: x
                """, 1, 1, "not a Kubernetes object: kind is missing");
    }

    @Test
    void laterDocumentWithoutApiVersionFailsAtItsStart() {
        assertFailsAt("""
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                ---
                # a comment first
                kind: Pod
                metadata: {name: p}
                """, 6, 1, "not a Kubernetes object: apiVersion is missing");
    }

    @Test
    void listItemWithoutKindFailsAtTheItem() {
        assertFailsAt("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    metadata: {name: x}
                """, 4, 5, "items[0]: not a Kubernetes object: kind is missing");
    }

    @Test
    void documentThatIsTextFails() {
        assertFailsAt("just some words\n", 1, 1,
                "expected a Kubernetes object with apiVersion and kind, found \"just some");
    }

    @Test
    void unknownAccessModeFailsAndListsTheKnownOnes() {
        assertFailsAt("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteSometimes]
                """, 5, 17, "unknown access mode \"ReadWriteSometimes\"; one of ReadWriteOnce,");
    }

    @Test
    void claimWithoutAccessModesFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: []
                """, 5, 16, "spec.accessModes: at least one access mode is required");
    }

    @Test
    void subPathAndSubPathExprTogetherFailAtTheExpr() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logs
                              mountPath: /logs
                              subPath: a
                              subPathExpr: $(POD_NAME)
                      volumes:
                        - {name: logs, emptyDir: {}}
                """, 15, 15, "subPathExpr and subPath are mutually exclusive");
    }

    @Test
    void recursiveReadOnlyOnAWritableMountFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - name: logs
                              mountPath: /logs
                              recursiveReadOnly: Enabled
                      volumes:
                        - {name: logs, emptyDir: {}}
                """, 14, 34, "may only be Enabled when readOnly is true");
    }

    @Test
    void unknownMountPropagationFailsAndListsTheKnownOnes() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          volumeMounts:
                            - {name: logs, mountPath: /logs, mountPropagation: Sideways}
                      volumes:
                        - {name: logs, emptyDir: {}}
                """, 12, 64, "must be one of Bidirectional, HostToContainer, None");
    }

    @Test
    void initContainerSharingANameWithAnAppContainerFails() {
        assertFailsAt(HEAD + """
                      initContainers:
                        - name: web
                          image: setup:1
                      containers:
                        - name: web
                          image: web:1.0
                """, 12, 17, "container \"web\" is declared twice (first at line 9)");
    }

    @Test
    void initContainerMountingAMissingVolumeFails() {
        assertFailsAt(HEAD + """
                      initContainers:
                        - name: setup
                          image: setup:1
                          volumeMounts: [{name: seed, mountPath: /seed}]
                      containers:
                        - name: web
                          image: web:1.0
                """, 11, 33, "the pod has no volume \"seed\" (it declares none)");
    }

    @Test
    void initContainerRestartPolicyOtherThanAlwaysFails() {
        assertFailsAt(HEAD + """
                      initContainers:
                        - name: setup
                          image: setup:1
                          restartPolicy: OnFailure
                      containers:
                        - name: web
                          image: web:1.0
                """, 11, 26, "restartPolicy can only be Always (a sidecar)");
    }

    @Test
    void ephemeralStorageRequestAboveItsLimitFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          resources:
                            requests: {ephemeral-storage: 2Gi}
                            limits: {ephemeral-storage: 1Gi}
                """, 12, 43, "must be less than or equal to the ephemeral-storage limit of 1Gi");
    }

    @Test
    void ephemeralStorageThatIsNotAQuantityFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                          resources:
                            limits: {ephemeral-storage: 1GB}
                """, 12, 41, "must be a quantity such as 1Gi, 500M or 1e3, found \"1GB\"");
    }

    @Test
    void negativeSizeLimitFails() {
        assertFailsAt(HEAD + """
                      containers:
                        - name: web
                          image: web:1.0
                      volumes:
                        - {name: tmp, emptyDir: {sizeLimit: -1Mi}}
                """, 12, 45, "sizeLimit: must not be negative, found -1Mi");
    }

    @Test
    void claimWithoutStorageFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteOnce]
                """, 5, 3, "spec: resources.requests.storage is required");
    }

    @Test
    void claimWithRequestsButNoStorageFailsAtTheRequests() {
        assertFailsAt("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteOnce]
                  resources:
                    requests: {cpu: 1}
                """, 7, 15, "spec.resources.requests: storage is required");
    }
}
