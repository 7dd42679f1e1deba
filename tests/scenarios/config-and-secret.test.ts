import { describe, it } from "vitest";
import { expectFail, expectPass, grade, gradeFiles } from "./helpers";

const deployment = (container: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, labels: { app: api } }
spec:
  replicas: 2
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: kubedeck/api:1.0
          ports: [{ containerPort: 3000 }]
${container}`;

const CONFIG = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { DB_HOST: db.internal, host: db.internal }
---
`;

describe("config-and-secret", () => {
  it("passes valueFrom with a Secret in stringData", () => {
    const answer = `${CONFIG}apiVersion: v1
kind: Secret
metadata: { name: creds }
stringData: { pw: s3cr3t-pw }
---${deployment(`          env:
            - { name: DB_HOST, valueFrom: { configMapKeyRef: { name: settings, key: host } } }
            - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: creds, key: pw } } }`)}`;
    expectPass(grade("config-and-secret", answer));
  });

  it("passes envFrom with a Secret in base64 data, and a prefix-free mix of envFrom and valueFrom", () => {
    const answer = `${CONFIG}apiVersion: v1
kind: Secret
metadata: { name: creds }
data: { DB_PASSWORD: czNjcjN0LXB3 }
---${deployment(`          envFrom: [{ secretRef: { name: creds } }]
          env: [{ name: DB_HOST, valueFrom: { configMapKeyRef: { name: settings, key: DB_HOST } } }]`)}`;
    expectPass(grade("config-and-secret", answer));
  });

  it("passes with the objects in separate files applied in name order", () => {
    const files = [
      { file: "2-deploy.yaml", text: deployment(`          envFrom: [{ configMapRef: { name: settings } }, { secretRef: { name: creds } }]`) },
      { file: "1-config.yaml", text: `${CONFIG}apiVersion: v1\nkind: Secret\nmetadata: { name: creds }\nstringData: { DB_PASSWORD: s3cr3t-pw }\n` },
    ];
    expectPass(gradeFiles(files));
  });

  it("fails the password in a ConfigMap, naming the ConfigMap and its key", () => {
    const answer = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { DB_HOST: db.internal, DB_PASSWORD: s3cr3t-pw }
---${deployment(`          envFrom: [{ configMapRef: { name: settings } }]`)}`;
    const result = grade("config-and-secret", answer);
    expectFail(result, "db-password-from-secret", "DB_PASSWORD comes from ConfigMap settings", "should come from a Secret");
    expectFail(result, "password-not-in-plain-text", "ConfigMap default/settings, key DB_PASSWORD");
  });

  it("fails a literal password value, naming the field path", () => {
    const answer = `${CONFIG}${deployment(`          env:
            - { name: DB_HOST, valueFrom: { configMapKeyRef: { name: settings, key: host } } }
            - { name: DB_PASSWORD, value: s3cr3t-pw }`)}`;
    expectFail(grade("config-and-secret", answer), "password-not-in-plain-text", "spec.template.spec.containers[0].env[1].value");
  });

  it("fails a Deployment still without the variables: the pods crash", () => {
    expectFail(grade("config-and-secret", deployment("")), "api-ready", "CrashLoopBackOff");
  });

  it("fails a missing Secret key with the kubelet's message", () => {
    const answer = `${CONFIG}apiVersion: v1
kind: Secret
metadata: { name: creds }
stringData: { password: s3cr3t-pw }
---${deployment(`          env:
            - { name: DB_HOST, valueFrom: { configMapKeyRef: { name: settings, key: host } } }
            - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: creds, key: pw } } }`)}`;
    expectFail(grade("config-and-secret", answer), "api-ready", "CreateContainerConfigError", "couldn't find key pw in Secret default/creds");
  });

  it("fails a wrong password value", () => {
    const answer = `${CONFIG}apiVersion: v1
kind: Secret
metadata: { name: creds }
stringData: { DB_PASSWORD: secret }
---${deployment(`          envFrom: [{ configMapRef: { name: settings } }, { secretRef: { name: creds } }]`)}`;
    expectFail(grade("config-and-secret", answer), "db-password-from-secret", 'DB_PASSWORD is "secret"', 'expected "s3cr3t-pw"');
  });
});
