import { describe, it } from "vitest";
import { expectFail, expectPass, grade } from "./helpers";

const service = (spec: string, name = "db", namespace = "default") => `
apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: ${namespace} }
spec:
${spec}
`;

describe("internal-db", () => {
  it("passes a ClusterIP Service, with or without an explicit type, a named port or a different port name", () => {
    expectPass(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5432 }]")));
    expectPass(grade("internal-db", service("  type: ClusterIP\n  selector: { app: db }\n  ports: [{ name: postgres, port: 5432, targetPort: 5432 }]")));
  });

  it("passes a headless Service (the name resolves to the pod's address)", () => {
    expectPass(grade("internal-db", service("  clusterIP: None\n  selector: { app: db }\n  ports: [{ port: 5432 }]")));
  });

  it("passes extra objects that do not expose the database (a web Ingress)", () => {
    const extra = `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: other }
spec:
  rules: [{ host: web.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: kubernetes, port: { number: 443 } } } }] } }]`;
    expectPass(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5432 }]") + extra));
  });

  it("fails a NodePort and a LoadBalancer, naming the way in", () => {
    expectFail(grade("internal-db", service("  type: NodePort\n  selector: { app: db }\n  ports: [{ port: 5432 }]")), "not-exposed", "NodePort", "of Service default/db leads to db-");
    expectFail(grade("internal-db", service("  type: LoadBalancer\n  selector: { app: db }\n  ports: [{ port: 5432 }]")), "not-exposed", "LoadBalancer");
  });

  it("fails the database re-declared with a hostPort", () => {
    const db = `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: db, labels: { app: db } }
spec:
  replicas: 1
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: "postgres:16", ports: [{ containerPort: 5432, hostPort: 15432 }], env: [{ name: POSTGRES_PASSWORD, value: example }] }]`;
    expectFail(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5432 }]") + db), "not-exposed", "hostPort 15432 on node");
  });

  it("fails a Service under another name, or in the other namespace", () => {
    expectFail(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5432 }]", "postgres")), "reach-from-default", "db does not resolve");
    expectFail(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5432 }]", "db", "other")), "reach-from-other-namespace", "a Service db exists in namespace other");
  });

  it("fails a Service whose port is not 5432", () => {
    expectFail(grade("internal-db", service("  selector: { app: db }\n  ports: [{ port: 5433, targetPort: 5432 }]")), "reach-from-default", "no port 5432");
  });
});
