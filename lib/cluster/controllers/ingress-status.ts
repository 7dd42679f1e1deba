/** The ingress controller's status writer: Ingresses it serves get its address (network layer decides which). */
import { writeStatus } from "../api";
import { ingressControllerView } from "../network";
import { keyOf } from "../store/keys";
import type { Controller } from "./controller";

const ALL = "ingresses";

export const ingressStatusController: Controller = {
  name: "ingress-status",
  watches: { Ingress: (_c, enqueue) => enqueue(ALL), IngressClass: (_c, enqueue) => enqueue(ALL) },
  reconcile: (_key, rt) => {
    const view = ingressControllerView([...rt.store.list("IngressClass"), ...rt.store.list("Ingress")]);
    const served = new Map(view.served.map((s) => [keyOf("Ingress", s.namespace, s.name), s.status]));
    for (const ingress of rt.store.list("Ingress")) {
      const servedStatus = served.get(keyOf("Ingress", ingress.metadata.namespace, ingress.metadata.name ?? ""));
      const written = writeStatus(rt, ingress, servedStatus ?? { loadBalancer: {} });
      if (written !== ingress && servedStatus) rt.record(ingress, "Normal", "Sync", "Scheduled for sync", "nginx-ingress-controller");
    }
  },
  resync: () => [ALL],
};
