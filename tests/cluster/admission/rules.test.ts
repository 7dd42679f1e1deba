/**
 * One valid and one invalid manifest per semantic rule, with the API server's message for the invalid one.
 * Every rule in ALL_RULES must appear here (checked at the end).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "@/lib/cluster/admission";
import { admitText, deployment, WEB_CONTAINER } from "./helpers/admit-text";

interface RuleCase {
  rule: string;
  valid: string;
  invalid: string;
  path: string;
  message: string;
}

const svc = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec.replace(/^/gm, "  ")}\n`;
const ingress = (path: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
${path.replace(/^/gm, "      ")}
`;
const cron = (schedule: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "${schedule}"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: job
            image: busybox:1.36
`;
const hpa = (min: number, max: number) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: ${min}
  maxReplicas: ${max}
`;
const pvc = (spec: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n${spec.replace(/^/gm, "  ")}\n`;
const job = (policy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
${policy ? `      restartPolicy: ${policy}\n` : ""}      containers:
      - name: job
        image: busybox:1.36
`;

const netpol = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - ${peer}
`;
const binding = (kind: string, subject: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata: {name: read}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- ${subject}
`;

const crd = (name: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: ${name}}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: crontabs, singular: crontab, kind: CronTab}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
`;

const CASES: RuleCase[] = [
  { rule: "object-name", valid: deployment(WEB_CONTAINER), invalid: deployment(WEB_CONTAINER).replace("name: web\nspec", "name: My_Web\nspec"), path: "metadata.name", message: 'metadata.name: Invalid value: "My_Web": a lowercase RFC 1123 subdomain must consist of' },
  { rule: "labels-syntax", valid: deployment(WEB_CONTAINER), invalid: deployment(WEB_CONTAINER).replace("  name: web\nspec", "  name: web\n  labels:\n    tier: front end\nspec"), path: "metadata.labels", message: 'metadata.labels: Invalid value: "front end": a valid label must be an empty string' },
  { rule: "non-negative-counts", valid: deployment(WEB_CONTAINER, "  replicas: 0\n"), invalid: deployment(WEB_CONTAINER, "  replicas: -1\n"), path: "spec.replicas", message: "spec.replicas: Invalid value: -1: must be greater than or equal to 0" },
  { rule: "selector-matches-template", valid: deployment(WEB_CONTAINER), invalid: deployment(WEB_CONTAINER).replace("labels:\n        app: web", "labels:\n        app: shop"), path: "spec.template.metadata.labels", message: 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"shop"}: `selector` does not match template `labels`' },
  { rule: "rollout-strategy", valid: deployment(WEB_CONTAINER, "  strategy:\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}\n"), invalid: deployment(WEB_CONTAINER, "  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 0}\n"), path: "spec.strategy.rollingUpdate.maxUnavailable", message: "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0" },
  { rule: "containers-required", valid: deployment(WEB_CONTAINER), invalid: deployment("containers: []"), path: "spec.template.spec.containers", message: "spec.template.spec.containers: Required value" },
  { rule: "container-names", valid: deployment(WEB_CONTAINER), invalid: deployment(`${WEB_CONTAINER}\n- name: web\n  image: busybox`), path: "spec.template.spec.containers[1].name", message: 'spec.template.spec.containers[1].name: Duplicate value: "web"' },
  { rule: "required-image", valid: deployment(WEB_CONTAINER), invalid: deployment("containers:\n- name: web"), path: "spec.template.spec.containers[0].image", message: "spec.template.spec.containers[0].image: Required value" },
  { rule: "container-ports", valid: deployment(`${WEB_CONTAINER}\n  ports:\n  - containerPort: 8080\n    name: http`), invalid: deployment(`${WEB_CONTAINER}\n  ports:\n  - containerPort: 8080\n    name: http-web-server-main`), path: "spec.template.spec.containers[0].ports[0].name", message: 'spec.template.spec.containers[0].ports[0].name: Invalid value: "http-web-server-main": must be no more than 15 characters' },
  { rule: "resource-requests", valid: deployment(`${WEB_CONTAINER}\n  resources:\n    requests: {cpu: 500m}\n    limits: {cpu: "1"}`), invalid: deployment(`${WEB_CONTAINER}\n  resources:\n    requests: {cpu: "2"}\n    limits: {cpu: "1"}`), path: "spec.template.spec.containers[0].resources.requests[cpu]", message: 'spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: "2": must be less than or equal to cpu limit of 1' },
  { rule: "probes", valid: deployment(`${WEB_CONTAINER}\n  readinessProbe:\n    httpGet: {path: /, port: 80}`), invalid: deployment(`${WEB_CONTAINER}\n  readinessProbe:\n    periodSeconds: 5`), path: "spec.template.spec.containers[0].readinessProbe", message: "spec.template.spec.containers[0].readinessProbe: Required value: must specify a handler type" },
  { rule: "env-vars", valid: deployment(`${WEB_CONTAINER}\n  envFrom:\n  - configMapRef: {name: cfg}`), invalid: deployment(`${WEB_CONTAINER}\n  env:\n  - name: A\n    value: x\n    valueFrom:\n      configMapKeyRef: {name: cfg, key: a}`), path: "spec.template.spec.containers[0].env[0].valueFrom", message: 'spec.template.spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty' },
  { rule: "volumes", valid: deployment(`${WEB_CONTAINER}\n  volumeMounts:\n  - {name: data, mountPath: /data}\nvolumes:\n- name: data\n  emptyDir: {}`), invalid: deployment(`${WEB_CONTAINER}\n  volumeMounts:\n  - {name: data, mountPath: /data}`), path: "spec.template.spec.containers[0].volumeMounts[0].name", message: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"' },
  { rule: "restart-policy", valid: job("Never"), invalid: deployment(`restartPolicy: Never\n${WEB_CONTAINER}`), path: "spec.template.spec.restartPolicy", message: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' },
  { rule: "scheduling-constraints", valid: deployment(`tolerations:\n- {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}\n${WEB_CONTAINER}`), invalid: deployment(`tolerations:\n- {key: node-role.kubernetes.io/control-plane, operator: Exists, value: "true"}\n${WEB_CONTAINER}`), path: "spec.template.spec.tolerations[0].operator", message: "value must be empty when `operator` is 'Exists'" },
  { rule: "service-ports", valid: svc("selector: {app: web}\nports:\n- port: 80\n  targetPort: 8080"), invalid: svc("type: NodePort\nselector: {app: web}\nports:\n- port: 80\n  nodePort: 80"), path: "spec.ports[0].nodePort", message: "spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767" },
  { rule: "service-ip-families", valid: svc("ipFamilyPolicy: PreferDualStack\nports:\n- port: 80"), invalid: svc("ipFamilyPolicy: RequireDualStack\nports:\n- port: 80"), path: "spec.ipFamilyPolicy", message: 'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services' },
  { rule: "ingress-paths", valid: ingress("- path: /api\n  pathType: Prefix\n  backend: {service: {name: api, port: {number: 80}}}"), invalid: ingress("- path: api\n  pathType: Prefix\n  backend: {service: {name: api, port: {number: 80}}}"), path: "spec.rules[0].http.paths[0].path", message: 'spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path' },
  { rule: "cron-schedule", valid: cron("*/5 * * * *"), invalid: cron("*/5 * * *"), path: "spec.schedule", message: 'spec.schedule: Invalid value: "*/5 * * *": expected exactly 5 fields, found 4' },
  { rule: "hpa-replicas", valid: hpa(2, 5), invalid: hpa(5, 2), path: "spec.maxReplicas", message: "spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`" },
  { rule: "pdb-budget", valid: "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: 1\n  selector: {matchLabels: {app: web}}\n", invalid: "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: 1\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n", path: "spec", message: "minAvailable and maxUnavailable cannot be both set" },
  { rule: "pvc-spec", valid: pvc("accessModes: [ReadWriteOnce]\nresources: {requests: {storage: 1Gi}}"), invalid: pvc("resources: {requests: {storage: 1Gi}}"), path: "spec.accessModes", message: "spec.accessModes: Required value: at least 1 access mode is required" },
  { rule: "secret-and-configmap-data", valid: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n  app.properties: x\n", invalid: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n  app/properties: x\n", path: "data[app/properties]", message: 'data[app/properties]: Invalid value: "app/properties": a valid config key must consist of alphanumeric characters' },
  { rule: "affinity", valid: deployment(`affinity:\n  podAntiAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n    - labelSelector: {matchLabels: {app: web}}\n      topologyKey: kubernetes.io/hostname\n${WEB_CONTAINER}`), invalid: deployment(`affinity:\n  podAntiAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n    - labelSelector: {matchLabels: {app: web}}\n      topologyKey: ""\n${WEB_CONTAINER}`), path: "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey", message: "topologyKey: Required value: can not be empty" },
  { rule: "network-policy", valid: netpol("ipBlock: {cidr: 10.0.0.0/8}"), invalid: netpol("ipBlock: {cidr: 10.0.0.0/33}"), path: "spec.ingress[0].from[0].ipBlock.cidr", message: 'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33": must be a valid CIDR value' },
  { rule: "rbac-bindings", valid: binding("ClusterRoleBinding", "{kind: ServiceAccount, name: app, namespace: default}"), invalid: binding("ClusterRoleBinding", "{kind: ServiceAccount, name: app}"), path: "subjects[0].namespace", message: "subjects[0].namespace: Required value" },
  { rule: "crd-names", valid: crd("crontabs.example.com"), invalid: crd("crontab.example.com"), path: "metadata.name", message: 'metadata.name: Invalid value: "crontab.example.com": must be spec.names.plural+"."+spec.group' },
  { rule: "limit-range", valid: "apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr}\nspec:\n  limits:\n  - type: Container\n    min: {cpu: 100m}\n    max: {cpu: \"1\"}\n", invalid: "apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr}\nspec:\n  limits:\n  - type: Container\n    default: {cpu: \"2\"}\n    max: {cpu: \"1\"}\n", path: "spec.limits[0].default[cpu]", message: 'spec.limits[0].default[cpu]: Invalid value: "2": default value 2 is greater than max value 1' },
  { rule: "job-spec", valid: job("Never").replace("spec:\n  template", "spec:\n  completionMode: Indexed\n  completions: 3\n  template"), invalid: job("Never").replace("spec:\n  template", "spec:\n  completionMode: Indexed\n  parallelism: 2\n  template"), path: "spec.completions", message: "spec.completions: Required value: when completion mode is Indexed" },
  { rule: "pod-security-labels", valid: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: latest\n", invalid: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels:\n    pod-security.kubernetes.io/enforce: strict\n", path: "metadata.labels[pod-security.kubernetes.io/enforce]", message: 'Invalid value: "strict": must be one of privileged, baseline, restricted' },
];

describe("semantic rules", () => {
  for (const c of CASES) {
    it(`${c.rule}: accepts the valid manifest`, () => {
      const result = admitText(c.valid);
      expect(result.errors).toEqual([]);
      expect(result.objects).toHaveLength(1);
    });
    it(`${c.rule}: rejects the invalid manifest at ${c.path}`, () => {
      const { errors } = admitText(c.invalid);
      const hit = errors.find((e) => e.path === c.path);
      expect(hit, JSON.stringify(errors, null, 2)).toBeDefined();
      expect(hit?.message).toContain(c.message);
      expect(hit?.file).toBe("test.yaml");
      expect(hit?.line).toBeGreaterThan(0);
    });
  }

  it("defaults a volume that names no source to an emptyDir, as the API server does", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx, volumeMounts: [{name: cache, mountPath: /cache}]}]\n  volumes: [{name: cache}]\n";
    const { errors, objects } = admitText(pod);
    expect(errors).toEqual([]);
    expect((objects[0]?.spec as { volumes?: unknown[] }).volumes).toEqual([{ name: "cache", emptyDir: {} }]);
  });

  it("has a case for every registered rule", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(ALL_RULES.map((r) => r.meta.id).sort());
  });

  it("lists every rule in the admission README", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../../lib/cluster/admission/README.md", import.meta.url)), "utf8");
    for (const rule of ALL_RULES) expect(readme, rule.meta.id).toContain(`| \`${rule.meta.id}\` | ${rule.meta.title} |`);
  });

  it("gives every rule a unique id", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
