package dev.strata.bench;

/** Generates the large inputs the benchmarks read: deterministic, so runs compare. */
final class Inputs {
    private Inputs() {
    }

    /**
     * A multi-stage Dockerfile of about {@code lines} lines: ARG, ENV, LABEL, WORKDIR, COPY,
     * RUN with continuation lines and RUN with heredocs, comments, and a COPY --from. Each
     * stage builds on the one before, so planning the last stage plans them all.
     */
    static String dockerfile(int lines) {
        StringBuilder out = new StringBuilder(lines * 40);
        out.append("# syntax=docker/dockerfile:1\n");
        out.append("ARG BASE=debian:12-slim\n");
        int stage = 0;
        while (count(out) < lines) {
            appendStage(out, stage++);
        }
        out.append("FROM stage").append(stage - 1).append(" AS final\n");
        out.append("COPY --from=stage0 /opt/out /opt/first\n");
        out.append("CMD [\"/opt/out/run\"]\n");
        return out.toString();
    }

    private static void appendStage(StringBuilder out, int stage) {
        String base = stage == 0 ? "${BASE}" : "stage" + (stage - 1);
        out.append("FROM ").append(base).append(" AS stage").append(stage).append('\n');
        out.append("ARG VERSION=").append(stage).append(".0\n");
        out.append("ENV APP_HOME=/opt/app").append(stage).append(" \\\n")
                .append("    PATH=/opt/app").append(stage).append("/bin:$PATH\n");
        out.append("LABEL org.example.stage=\"").append(stage).append("\"\n");
        out.append("WORKDIR $APP_HOME\n");
        for (int step = 0; step < 20; step++) {
            appendSteps(out, stage, step);
        }
        out.append("RUN mkdir -p /opt/out && cp -r $APP_HOME /opt/out\n");
    }

    private static void appendSteps(StringBuilder out, int stage, int step) {
        out.append("# step ").append(step).append(" of stage ").append(stage).append('\n');
        out.append("COPY src/part").append(step).append(".txt ./part").append(step)
                .append(".txt\n");
        out.append("RUN apt-get update \\\n")
                .append("    && apt-get install -y --no-install-recommends pkg").append(step)
                .append(" \\\n")
                .append("    && rm -rf /var/lib/apt/lists/*\n");
        out.append("RUN <<EOF\n")
                .append("set -e\n")
                .append("echo \"stage ").append(stage).append(" step ").append(step)
                .append(" version $VERSION\" > /opt/app").append(stage).append("/step")
                .append(step).append('\n')
                .append("EOF\n");
        out.append("COPY <<EOT /etc/conf.d/").append(stage).append('-').append(step)
                .append(".conf\n")
                .append("key=value").append(step).append('\n')
                .append("EOT\n");
    }

    /** A manifest of {@code documents} YAML documents and about {@code lines} lines. */
    static String manifest(int documents, int lines) {
        StringBuilder out = new StringBuilder(lines * 30);
        int perDocument = lines / documents;
        for (int doc = 0; doc < documents; doc++) {
            int start = count(out);
            switch (doc % 5) {
                case 0 -> appendClaim(out, doc, perDocument);
                case 1 -> appendConfigMap(out, doc, perDocument);
                default -> appendDeployment(out, doc, perDocument);
            }
            padTo(out, start + perDocument, doc);
        }
        return out.toString();
    }

    private static void appendClaim(StringBuilder out, int doc, int lines) {
        out.append("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n")
                .append("  name: data-").append(doc).append("\n  annotations:\n");
        for (int key = 0; key < lines - 13; key++) {
            out.append("    example.com/note").append(key).append(": \"").append(key)
                    .append("\"\n");
        }
        out.append("spec:\n  accessModes:\n    - ReadWriteMany\n")
                .append("  resources:\n    requests:\n      storage: 1Gi\n");
    }

    private static void appendConfigMap(StringBuilder out, int doc, int lines) {
        out.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n")
                .append("  name: config-").append(doc).append("\ndata:\n");
        for (int key = 0; key < lines - 8; key++) {
            out.append("  key").append(key).append(": \"value ").append(key).append("\"\n");
        }
    }

    private static void appendDeployment(StringBuilder out, int doc, int lines) {
        out.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n")
                .append("  name: web-").append(doc).append('\n')
                .append("  labels:\n    app: web-").append(doc).append('\n')
                .append("spec:\n  replicas: 3\n  selector:\n    matchLabels:\n")
                .append("      app: web-").append(doc).append('\n')
                .append("  template:\n    metadata:\n      labels:\n")
                .append("        app: web-").append(doc).append('\n')
                .append("    spec:\n      containers:\n");
        int containers = Math.max(1, (lines - 40) / 20);
        for (int c = 0; c < containers; c++) {
            appendContainer(out, doc, c);
        }
        out.append("      volumes:\n")
                .append("        - name: logs\n          emptyDir: {}\n")
                .append("        - name: data\n          persistentVolumeClaim:\n")
                .append("            claimName: data-").append(doc - doc % 5).append('\n')
                .append("        - name: config\n          configMap:\n")
                .append("            name: config-").append(doc - doc % 5 + 1).append('\n');
    }

    private static void appendContainer(StringBuilder out, int doc, int c) {
        out.append("        - name: app").append(c).append('\n')
                .append("          image: registry.example.com/web:").append(doc).append('\n')
                .append("          ports:\n            - containerPort: ").append(8000 + c)
                .append('\n')
                .append("          env:\n            - name: MODE\n              value: fast\n")
                .append("          resources:\n            limits:\n")
                .append("              memory: 256Mi\n              cpu: 500m\n")
                .append("          volumeMounts:\n")
                .append("            - name: logs\n              mountPath: /var/log/app").append(c)
                .append('\n')
                .append("            - name: data\n              mountPath: /data\n")
                .append("            - name: config\n              mountPath: /etc/app\n")
                .append("              readOnly: true\n");
    }

    private static void padTo(StringBuilder out, int target, int doc) {
        while (count(out) < target - 1) {
            out.append("# padding of document ").append(doc).append('\n');
        }
        out.append("---\n");
    }

    private static int count(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** How many lines a text has. */
    static int lines(String text) {
        return count(text);
    }
}
