import { describe, it } from "vitest";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const statefulSet = (opts: { volume?: string; mountPath?: string; env?: string; templates?: boolean; serviceName?: string }) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: ${opts.serviceName ?? "db"}
  replicas: 1
  selector: { matchLabels: { role: database } }
  template:
    metadata: { labels: { role: database } }
    spec:
      containers:
        - name: pg
          image: postgres:16
          ports: [{ name: pg, containerPort: 5432 }]
          ${opts.env ?? "envFrom: [{ secretRef: { name: pg-env } }]"}
          volumeMounts: [{ name: pgdata, mountPath: ${opts.mountPath ?? "/var/lib/postgresql/data"} }]
${opts.volume ?? ""}${opts.templates === false ? "" : `  volumeClaimTemplates:
    - metadata: { name: pgdata }
      spec: { accessModes: [ReadWriteOnce], storageClassName: standard, resources: { requests: { storage: 2Gi } } }
`}`;

const BASE = `apiVersion: v1
kind: Secret
metadata: { name: pg-env }
data: { POSTGRES_PASSWORD: aHVudGVyMg== }
---
apiVersion: v1
kind: Service
metadata: { name: db }
spec: { clusterIP: None, selector: { role: database }, ports: [{ name: pg, port: 5432, targetPort: pg }] }
---`;

describe("stateful-db", () => {
  it("passes the reference solution", () => {
    expectPass(grade("stateful-db", solutionText("stateful-db")));
  });

  it("passes other labels, envFrom with base64 data, a named port and an explicit StorageClass", () => {
    expectPass(grade("stateful-db", BASE + statefulSet({})));
  });

  it("passes with a pre-created claim instead of a claim template", () => {
    const claim = `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: pgdata }
spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---`;
    const volume = "      volumes: [{ name: pgdata, persistentVolumeClaim: { claimName: pgdata } }]\n";
    expectPass(grade("stateful-db", BASE + claim + statefulSet({ volume, templates: false })));
  });

  it("fails an emptyDir: the data dies with the pod", () => {
    const volume = "      volumes: [{ name: pgdata, emptyDir: {} }]\n";
    expectFail(grade("stateful-db", BASE + statefulSet({ volume, templates: false })), "data-survives", 'emptyDir "pgdata"', "lives and dies with its pod");
  });

  it("fails a claim mounted at the wrong path", () => {
    expectFail(grade("stateful-db", BASE + statefulSet({ mountPath: /* postgres writes elsewhere */ "/var/lib/postgresql" + "-data" })), "data-survives", "nothing is mounted at that path");
  });

  it("fails a Deployment: no pod db-0", () => {
    const answer = `${BASE}
apiVersion: apps/v1
kind: Deployment
metadata: { name: db }
spec:
  replicas: 1
  selector: { matchLabels: { role: database } }
  template:
    metadata: { labels: { role: database } }
    spec:
      containers: [{ name: pg, image: "postgres:16", envFrom: [{ secretRef: { name: pg-env } }] }]
`;
    const result = grade("stateful-db", answer);
    expectFail(result, "db-0-ready", "no pod is named db-0", "the pods in namespace default are db-");
    expectFail(result, "statefulset", "there is no StatefulSet db");
  });

  it("fails a Service with a cluster IP: db-0 gets no DNS name", () => {
    const answer = (BASE + statefulSet({})).replace("clusterIP: None, ", "");
    const result = grade("stateful-db", answer);
    expectFail(result, "headless-service", "expected None");
    expectFail(result, "stable-name", "does not resolve", "not headless");
  });

  it("fails a literal password", () => {
    expectFail(grade("stateful-db", BASE + statefulSet({ env: "env: [{ name: POSTGRES_PASSWORD, value: hunter2 }]" })), "password-from-secret", "literal value");
  });
});
