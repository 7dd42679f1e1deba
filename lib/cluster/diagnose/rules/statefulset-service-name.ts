/** statefulset-service-name: a StatefulSet without a headless governing Service, so its pods get no per-pod DNS names. */
import { record } from "../../types";
import { named, type DiagnosisRule, type Finding } from "../problem";

export const statefulSetServiceName: DiagnosisRule = {
  meta: { id: "statefulset-service-name", title: "a StatefulSet's pods have no per-pod DNS names", severity: "info" },
  check(ctx) {
    const out: Finding[] = [];
    for (const sts of ctx.list("StatefulSet")) {
      const serviceName = record(sts.spec)?.serviceName;
      const name = sts.metadata.name ?? "";
      if (typeof serviceName !== "string" || serviceName === "") {
        out.push({
          object: sts, path: "spec.serviceName",
          message: `${named(sts)} has no serviceName: its pods run, but ${name}-0.<service> and the other per-pod DNS names exist only through a headless governing Service.`,
          fix: `Create a headless Service (clusterIP: None) selecting the pods and set serviceName to its name.`,
        });
        continue;
      }
      const svc = ctx.get("Service", sts.metadata.namespace, serviceName);
      if (svc && record(svc.spec)?.clusterIP !== "None") {
        out.push({
          object: sts, path: "spec.serviceName",
          message: `${named(sts)} names Service ${serviceName} as its governing Service, but it is not headless (clusterIP ${String(record(svc.spec)?.clusterIP ?? "")}): ${name}-0.${serviceName} does not resolve.`,
          fix: `Make Service ${serviceName} headless (clusterIP: None; a Service's clusterIP cannot change, so delete and re-create it).`,
        });
      }
    }
    return out;
  },
};
