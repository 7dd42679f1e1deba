/**
 * Pod spec defaults (k8s.io/kubernetes/pkg/apis/core/v1/defaults.go), so admitted objects look like
 * `kubectl get -o yaml`: restart and DNS policy, scheduler, grace period, image pull policy, probes, ports.
 */
import { ensureObject, isObject, objects, setDefault, str, type JsonObject } from "../access";

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;

/** Always for `:latest` or an image without a tag (and no digest), else IfNotPresent. */
export function defaultPullPolicy(image: string): "Always" | "IfNotPresent" {
  if (image.includes("@")) return "IfNotPresent";
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon === -1) return "Always";
  return image.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}

function defaultHandler(handler: JsonObject): void {
  const httpGet = handler.httpGet;
  if (isObject(httpGet)) {
    setDefault(httpGet, "path", "/");
    setDefault(httpGet, "scheme", "HTTP");
  }
}

function defaultProbe(probe: JsonObject): void {
  setDefault(probe, "timeoutSeconds", 1);
  setDefault(probe, "periodSeconds", 10);
  setDefault(probe, "successThreshold", 1);
  setDefault(probe, "failureThreshold", 3);
  defaultHandler(probe);
}

function defaultEnv(container: JsonObject): void {
  for (const env of objects(container.env)) {
    const fieldRef = isObject(env.valueFrom) ? env.valueFrom.fieldRef : undefined;
    if (isObject(fieldRef)) setDefault(fieldRef, "apiVersion", "v1");
  }
}

export function defaultContainer(container: JsonObject): void {
  const image = str(container.image);
  if (image !== undefined && image !== "") setDefault(container, "imagePullPolicy", defaultPullPolicy(image));
  setDefault(container, "terminationMessagePath", "/dev/termination-log");
  setDefault(container, "terminationMessagePolicy", "File");
  setDefault(container, "resources", {});
  for (const port of objects(container.ports)) setDefault(port, "protocol", "TCP");
  for (const name of PROBES) {
    const probe = container[name];
    if (isObject(probe)) defaultProbe(probe);
  }
  const lifecycle = container.lifecycle;
  if (isObject(lifecycle)) {
    for (const hook of [lifecycle.postStart, lifecycle.preStop]) if (isObject(hook)) defaultHandler(hook);
  }
  defaultEnv(container);
}

function defaultVolume(volume: JsonObject): void {
  // The API server's SetDefaults_Volume: a volume that names no source is an emptyDir.
  if (!Object.keys(volume).some((k) => k !== "name" && isObject(volume[k]))) volume.emptyDir = {};
  for (const source of ["configMap", "secret", "downwardAPI", "projected"]) {
    const value = volume[source];
    if (isObject(value)) setDefault(value, "defaultMode", 420);
  }
  const hostPath = volume.hostPath;
  if (isObject(hostPath)) setDefault(hostPath, "type", "");
  const downward = volume.downwardAPI;
  if (isObject(downward)) {
    for (const item of objects(downward.items)) if (isObject(item.fieldRef)) setDefault(item.fieldRef, "apiVersion", "v1");
  }
}

export interface PodSpecDefaultsOptions {
  /** Job and CronJob templates get no restartPolicy default: the API server demands an explicit one */
  restartPolicy: boolean;
}

/** With hostNetwork, a container port is also its host port. */
function defaultHostPorts(container: JsonObject): void {
  for (const port of objects(container.ports)) if (port.hostPort === undefined || port.hostPort === 0) port.hostPort = port.containerPort;
}

export function defaultPodSpec(spec: JsonObject, options: PodSpecDefaultsOptions): void {
  if (options.restartPolicy) setDefault(spec, "restartPolicy", "Always");
  setDefault(spec, "dnsPolicy", "ClusterFirst");
  setDefault(spec, "schedulerName", "default-scheduler");
  setDefault(spec, "terminationGracePeriodSeconds", 30);
  setDefault(spec, "securityContext", {});
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ["containers", "initContainers"]) {
    for (const container of objects(spec[list])) {
      defaultContainer(container);
      if (hostNetwork) defaultHostPorts(container);
    }
  }
  for (const volume of objects(spec.volumes)) defaultVolume(volume);
}

/** Defaults a bare Pod gets from admission plugins (ServiceAccount, Priority, DefaultTolerationSeconds). */
export function defaultPodAdmission(spec: JsonObject): void {
  setDefault(spec, "enableServiceLinks", true);
  setDefault(spec, "serviceAccountName", "default");
  setDefault(spec, "serviceAccount", spec.serviceAccountName);
  setDefault(spec, "priority", 0);
  setDefault(spec, "preemptionPolicy", "PreemptLowerPriority");
  const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
    const present = objects(tolerations).some((t) => (t.key === key || t.operator === "Exists" && t.key === undefined) && (t.effect === "NoExecute" || t.effect === undefined));
    if (!present) tolerations.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });
  }
  spec.tolerations = tolerations;
}

export function templateSpec(owner: JsonObject, field = "template"): JsonObject | undefined {
  const template = owner[field];
  if (!isObject(template)) return undefined;
  return ensureObject(template, "spec");
}
