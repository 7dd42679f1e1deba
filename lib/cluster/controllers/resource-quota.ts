/** ResourceQuota controller: `status.hard` and `status.used` as `kubectl describe quota` shows them. */
import { writeStatus } from "../api";
import { formatAmount, hardOf, quotaUsed } from "../plugins/resource-quota";
import type { Controller, Enqueue } from "./controller";
import type { StoreChange } from "../store/store";
import type { Runtime } from "../runtime/context";

const inNamespace = (change: StoreChange, enqueue: Enqueue, rt: Runtime): void => {
  for (const k of rt.store.keys("ResourceQuota", change.object.metadata.namespace ?? "")) enqueue(k);
};

export const resourceQuotaController: Controller = {
  name: "resourcequota",
  watches: { ResourceQuota: (c, enqueue) => enqueue(c.key), Pod: inNamespace, Service: inNamespace, ConfigMap: inNamespace, Secret: inNamespace, PersistentVolumeClaim: inNamespace, ReplicationController: inNamespace },
  reconcile: (key, rt) => {
    const quota = rt.store.get(key);
    if (!quota) return;
    const hard = hardOf(quota);
    const used = quotaUsed(rt, quota);
    writeStatus(rt, quota, {
      hard: { ...hard },
      used: Object.fromEntries(Object.keys(hard).map((r) => [r, formatAmount(r, used.get(r) ?? 0)])),
    });
  },
  resync: (rt) => rt.store.keys("ResourceQuota"),
};
