package dev.strata.sim;

/** Where each rule the simulator follows is documented. */
final class Sources {
    static final String OVERLAYFS = "https://docs.kernel.org/filesystems/overlayfs.html";
    static final String OVERLAYFS_RENAME =
            "https://docs.kernel.org/filesystems/overlayfs.html#renaming-directories";
    static final String OCI_WHITEOUTS =
            "https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts";
    static final String RENAME = "https://man7.org/linux/man-pages/man2/rename.2.html";
    static final String PATH_RESOLUTION =
            "https://man7.org/linux/man-pages/man7/path_resolution.7.html";
    static final String PATH_LIMITS = "https://man7.org/linux/man-pages/man3/errno.3.html";
    static final String IMAGES = "https://kubernetes.io/docs/concepts/containers/images/";
    static final String VOLUMES = "https://kubernetes.io/docs/concepts/storage/volumes/";
    static final String EMPTY_DIR = VOLUMES + "#emptydir";
    static final String HOST_PATH = VOLUMES + "#hostpath";
    static final String CONFIG_MAP = VOLUMES + "#configmap";
    static final String SECRET = VOLUMES + "#secret";
    static final String READ_ONLY_MOUNTS = VOLUMES + "#read-only-mounts";
    static final String ACCESS_MODES =
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes";
    static final String SECURITY_CONTEXT =
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/";
    static final String POD_LIFECYCLE =
            "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/";
    static final String EPHEMERAL_STORAGE = "https://kubernetes.io/docs/concepts/configuration/"
            + "manage-resources-containers/#local-ephemeral-storage";
    static final String DEPLOYMENT_STRATEGY =
            "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy";
    static final String DEPLOYMENT =
            "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/";

    private Sources() {
    }
}
