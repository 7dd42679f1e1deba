/**
 * Garbage collector (background cascading deletion): when an object goes, every object that named it
 * as an owner and has no owner left is deleted in turn.
 */
import { deleteObject } from "../api";
import type { Controller } from "./controller";

export const garbageCollector: Controller = {
  name: "garbage-collector",
  watches: {
    "*": (change, enqueue, rt) => {
      if (change.type !== "DELETED") return;
      for (const key of rt.store.dependents(change.object.metadata.uid ?? "")) enqueue(key);
    },
  },
  reconcile: (key, rt) => {
    const o = rt.store.get(key);
    if (!o || o.metadata.deletionTimestamp) return;
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.length === 0 || refs.some((r) => rt.store.getByUid(r.uid))) return;
    deleteObject(rt, key);
  },
  resync: (rt) => rt.store.all().filter((o) => (o.metadata.ownerReferences ?? []).length > 0).map((o) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name ?? ""}`),
};
