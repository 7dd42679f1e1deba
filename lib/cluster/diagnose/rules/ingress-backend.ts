/**
 * ingress-backend: an Ingress path whose backend Service does not exist (a warning when a Service
 * of a close name exists, a hint otherwise) or does not expose the port the Ingress names.
 */
import { closestName } from "../../admission/suggest";
import { record } from "../../types";
import { named, type DiagnosisRule, type Finding } from "../problem";

interface Backend { readonly path: string; readonly service: string; readonly port: unknown }

function backends(spec: Record<string, unknown>): Backend[] {
  const out: Backend[] = [];
  const add = (raw: unknown, path: string): void => {
    const svc = record(record(raw)?.service);
    if (typeof svc?.name === "string") out.push({ path, service: svc.name, port: record(svc.port)?.number ?? record(svc.port)?.name });
  };
  add(spec.defaultBackend, "spec.defaultBackend.service");
  (Array.isArray(spec.rules) ? spec.rules : []).forEach((rule, r) => {
    const paths = record(record(rule)?.http)?.paths;
    (Array.isArray(paths) ? paths : []).forEach((p, i) => add(record(p)?.backend, `spec.rules[${r}].http.paths[${i}].backend.service`));
  });
  return out;
}

export const ingressBackend: DiagnosisRule = {
  meta: { id: "ingress-backend", title: "an Ingress points at a missing Service or port", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const ing of ctx.list("Ingress")) {
      const ns = ing.metadata.namespace ?? "default";
      const services = ctx.list("Service", ns);
      for (const b of backends(record(ing.spec) ?? {})) {
        const svc = services.find((s) => s.metadata.name === b.service);
        if (!svc) {
          const near = closestName(b.service, services.map((s) => s.metadata.name ?? ""));
          out.push({
            object: ing, path: `${b.path}.name`, severity: near ? "warning" : "info",
            message: `${named(ing)} sends traffic to Service ${b.service}, which does not exist in namespace ${ns}${near ? `; the closest Service is ${near}` : ""}: the controller answers 503.`,
            fix: near ? `Set the backend's service.name to ${near}.` : `Create Service ${b.service} in namespace ${ns}, or name an existing one.`,
          });
          continue;
        }
        const ports = (Array.isArray(record(svc.spec)?.ports) ? (record(svc.spec)?.ports as unknown[]) : []).map((p) => record(p) ?? {});
        const matches = ports.some((p) => (typeof b.port === "number" ? p.port === b.port : p.name === b.port));
        if (b.port === undefined || matches) continue;
        const offered = ports.map((p) => (typeof b.port === "number" ? String(p.port) : `"${String(p.name ?? "")}"`)).join(", ");
        out.push({
          object: ing, path: `${b.path}.port`,
          message: `${named(ing)} sends traffic to port ${typeof b.port === "number" ? b.port : `"${String(b.port)}"`} of Service ${b.service}, which exposes ${offered || "no ports"}.`,
          fix: `Use one of the Service's ports (${offered}) in the backend — the Service's port, not the container's targetPort.`,
        });
      }
    }
    return out;
  },
};
