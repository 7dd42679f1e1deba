/**
 * Defaults the API server fills in on create that need the object's uid or the cluster's state:
 * a Job's generated selector and pod labels (controller-uid, job-name), and a claim's default
 * StorageClass (the DefaultStorageClass admission plugin), an Ingress's default IngressClass.
 */
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { record } from "../types";

function jobDefaults(job: KubeObject): KubeObject {
  const spec = record(job.spec) ?? {};
  if (spec.manualSelector === true) return job;
  const uid = job.metadata.uid ?? "";
  const name = job.metadata.name ?? "";
  const template = record(spec.template) ?? {};
  const meta = record(template.metadata) ?? {};
  const labels = {
    ...(record(meta.labels) ?? {}),
    "batch.kubernetes.io/controller-uid": uid,
    "batch.kubernetes.io/job-name": name,
    "controller-uid": uid,
    "job-name": name,
  };
  return {
    ...job,
    spec: {
      ...spec,
      selector: { matchLabels: { "batch.kubernetes.io/controller-uid": uid } },
      template: { ...template, metadata: { ...meta, labels } },
    },
  };
}

function claimDefaults(rt: Runtime, pvc: KubeObject): KubeObject {
  const spec = record(pvc.spec) ?? {};
  if (spec.storageClassName !== undefined || typeof spec.volumeName === "string") return pvc;
  const cls = rt.store.list("StorageClass").find((c) => c.metadata.annotations?.["storageclass.kubernetes.io/is-default-class"] === "true");
  return cls ? { ...pvc, spec: { ...spec, storageClassName: cls.metadata.name } } : pvc;
}

/** The DefaultIngressClass admission plugin: a class-less Ingress gets the default class. */
function ingressDefaults(rt: Runtime, ingress: KubeObject): KubeObject {
  const spec = record(ingress.spec) ?? {};
  if (spec.ingressClassName !== undefined || ingress.metadata.annotations?.["kubernetes.io/ingress.class"] !== undefined) return ingress;
  const cls = rt.store.list("IngressClass").find((c) => c.metadata.annotations?.["ingressclass.kubernetes.io/is-default-class"] === "true");
  return cls ? { ...ingress, spec: { ...spec, ingressClassName: cls.metadata.name } } : ingress;
}

export function createDefaults(rt: Runtime, o: KubeObject): KubeObject {
  if (o.kind === "Job") return jobDefaults(o);
  if (o.kind === "Ingress") return ingressDefaults(rt, o);
  if (o.kind === "PersistentVolumeClaim") return claimDefaults(rt, o);
  return o;
}
