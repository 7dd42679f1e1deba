/** Namespace controller: a deleted namespace (Terminating) loses all its contents, then goes itself. */
import { deleteObject, removeObject } from "../api";
import { objectKey } from "../store/keys";
import type { Controller } from "./controller";

export const namespaceController: Controller = {
  name: "namespace",
  watches: {
    Namespace: (change, enqueue) => enqueue(change.key),
    "*": (change, enqueue, rt) => {
      const ns = change.object.metadata.namespace;
      if (change.type === "DELETED" && ns) {
        const key = `Namespace//${ns}`;
        if (rt.store.get(key)?.metadata.deletionTimestamp) enqueue(key);
      }
    },
  },
  reconcile: (key, rt) => {
    const ns = rt.store.get(key);
    if (!ns?.metadata.deletionTimestamp) return;
    const name = ns.metadata.name ?? "";
    const contents = rt.store.all().filter((o) => o.metadata.namespace === name);
    for (const o of contents) deleteObject(rt, objectKey(o));
    if (rt.store.all().every((o) => o.metadata.namespace !== name)) removeObject(rt, key);
  },
  resync: (rt) => rt.store.keys("Namespace"),
};
