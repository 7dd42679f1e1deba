import { describe, expect, it } from "vitest";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const app = (mounts: string, volumes: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: app, labels: { app: app } }
spec:
  replicas: 2
  selector: { matchLabels: { app: app } }
  template:
    metadata: { labels: { app: app } }
    spec:
      containers:
        - name: app
          image: kubedeck/web:1.0
          volumeMounts: ${mounts}
      volumes: ${volumes}
`;
const CM = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\ndata:\n  prod: |\n    mode: production\n    log: info\n---";

describe("config-file", () => {
  it("passes the reference and items mapping a key to the file name", () => {
    expectPass(grade("config-file", solutionText("config-file")));
    expectPass(grade("config-file", CM + app("[{ name: s, mountPath: /etc/app }]", "[{ name: s, configMap: { name: cfg, items: [{ key: prod, path: settings.yaml }] } }]")));
  });

  it("passes a subPath mount of one key as the file", () => {
    expectPass(grade("config-file", CM + app("[{ name: s, mountPath: /etc/app/settings.yaml, subPath: prod }]", "[{ name: s, configMap: { name: cfg } }]")));
  });

  it("fails a key under another file name", () => {
    expectFail(grade("config-file", CM + app("[{ name: s, mountPath: /etc/app }]", "[{ name: s, configMap: { name: cfg } }]")), "settings-file", "there is no file /etc/app/settings.yaml");
  });
});

const policy = (spec: string) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: p }
spec:
${spec}
`;

describe("lock-down-db", () => {
  it("passes the reference, matchExpressions, and a named-port-free rule that also lets DNS out", () => {
    expectPass(grade("lock-down-db", solutionText("lock-down-db")));
    expectPass(grade("lock-down-db", policy("  podSelector: { matchExpressions: [{ key: app, operator: In, values: [db] }] }\n  ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: app, operator: In, values: [api] }] } }] }]")));
  });

  it("fails a policy that protects the API instead, and one that lets every pod in", () => {
    expectFail(grade("lock-down-db", policy("  podSelector: { matchLabels: { app: api } }\n  policyTypes: [Ingress]")), "client-refused", "answered by pod db-", "it should have been refused");
    expectFail(grade("lock-down-db", policy("  podSelector: { matchLabels: { app: db } }\n  ingress: [{ from: [{ podSelector: {} }] }]")), "client-refused");
  });

  it("fails a deny-all into the database, naming the policy", () => {
    expectFail(grade("lock-down-db", policy("  podSelector: { matchLabels: { app: db } }\n  policyTypes: [Ingress]")), "api-reaches-db", "NetworkPolicy p (namespace default) selects pod db-", "allows no ingress from pod default/api");
  });

  it("fails an egress lockdown that forgets DNS", () => {
    expectFail(grade("lock-down-db", policy("  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{ to: [{ podSelector: { matchLabels: { app: db } } }] }]")), "api-reaches-db", "cannot ask cluster DNS for db");
  });
});

const job = (restart: string, command = '["sh", "-c", "echo migrated"]') => `
apiVersion: batch/v1
kind: Job
metadata: { name: migrate }
spec:
  completions: 1
  template:
    spec:
      restartPolicy: ${restart}
      containers: [{ name: run, image: "busybox:1.36", command: ${command} }]
`;

describe("run-once-job", () => {
  it("passes restartPolicy Never or OnFailure", () => {
    expectPass(grade("run-once-job", job("Never")));
    expectPass(grade("run-once-job", job("OnFailure")));
  });

  it("rejects restartPolicy Always in a Job, as the API server does", () => {
    const result = grade("run-once-job", job("Always"));
    expect(result.errors[0]?.path).toBe("spec.template.spec.restartPolicy");
    expectFail(result, "job-succeeded", "there is no Job migrate");
  });

  it("fails a command that never ends", () => {
    expectFail(grade("run-once-job", job("Never", "[sleep, infinity]")), "nothing-left-running", "1 running pod with image busybox:1.36");
  });
});

const quotaWeb = (resources: string, extra = "") => `${extra}
apiVersion: apps/v1
kind: Deployment
metadata: { name: site, namespace: team-b }
spec:
  replicas: 4
  selector: { matchLabels: { app: site } }
  template:
    metadata: { labels: { app: site } }
    spec:
      containers: [{ name: site, image: "kubedeck/web:1.0"${resources} }]
`;

describe("fit-the-quota", () => {
  it("passes explicit resources, or a LimitRange that gives every container defaults", () => {
    expectPass(grade("fit-the-quota", quotaWeb(", resources: { requests: { cpu: 500m, memory: 1Gi }, limits: { cpu: '1', memory: 2Gi } }")));
    const limitRange = "apiVersion: v1\nkind: LimitRange\nmetadata: { name: defaults, namespace: team-b }\nspec:\n  limits: [{ type: Container, default: { cpu: 500m, memory: 1Gi }, defaultRequest: { cpu: 250m, memory: 512Mi } }]\n---";
    expectPass(grade("fit-the-quota", quotaWeb("", limitRange)));
  });

  it("fails pods without resources, quoting the quota's refusal from the ReplicaSet's events", () => {
    expectFail(grade("fit-the-quota", quotaWeb("")), "four-ready", "0 ready pods", "cannot create its pods", "failed quota: compute: must specify limits.cpu");
  });

  it("fails requests that fit only three times", () => {
    expectFail(grade("fit-the-quota", quotaWeb(", resources: { requests: { cpu: 600m, memory: 1Gi }, limits: { cpu: '1', memory: 2Gi } }")), "four-ready", "3 ready pods", "exceeded quota: compute");
  });
});
