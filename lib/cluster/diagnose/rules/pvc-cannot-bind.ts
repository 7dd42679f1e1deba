/**
 * pvc-cannot-bind: a PersistentVolumeClaim left Pending. A StorageClass name close to an existing
 * one is a warning (a typo); a class or volume that may still be created is a hint, and so is a
 * WaitForFirstConsumer claim no pod uses yet.
 */
import { closestName } from "../../admission/suggest";
import { record } from "../../types";
import { named, type DiagnosisRule, type Finding } from "../problem";

export const pvcCannotBind: DiagnosisRule = {
  meta: { id: "pvc-cannot-bind", title: "a PersistentVolumeClaim stays Pending", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    const classes = ctx.list("StorageClass");
    for (const pvc of ctx.list("PersistentVolumeClaim")) {
      if (record(pvc.status)?.phase === "Bound" || pvc.metadata.deletionTimestamp) continue;
      const className = record(pvc.spec)?.storageClassName;
      const cls = typeof className === "string" ? classes.find((c) => c.metadata.name === className) : undefined;
      if (typeof className === "string" && className !== "" && !cls) {
        const near = closestName(className, classes.map((c) => c.metadata.name ?? ""));
        const pvs = ctx.list("PersistentVolume").filter((pv) => record(pv.spec)?.storageClassName === className);
        out.push({
          object: pvc, path: "spec.storageClassName", severity: near ? "warning" : "info",
          message: `${named(pvc)} asks for StorageClass ${className}, which does not exist${near ? `; the closest class is ${near}` : ""}${pvs.length === 0 ? ", and no PersistentVolume of that class is available" : ", and no available PersistentVolume of that class fits it"}: it stays Pending and pods that mount it are not scheduled.`,
          fix: near ? `Set storageClassName: ${near}.` : `Create a PersistentVolume with storageClassName: ${className} that fits the claim, or use an existing StorageClass (${classes.map((c) => c.metadata.name ?? "").join(", ")}).`,
        });
        continue;
      }
      if (record(cls)?.volumeBindingMode === "WaitForFirstConsumer") {
        out.push({
          object: pvc, path: "spec.storageClassName", severity: "info",
          message: `${named(pvc)} waits for a pod: StorageClass ${String(className)} binds (volumeBindingMode WaitForFirstConsumer) only when the first pod that mounts the claim is scheduled.`,
          fix: "Create a pod (or workload) that mounts the claim; it binds then.",
        });
        continue;
      }
      out.push({
        object: pvc, path: "spec", severity: "info",
        message: `${named(pvc)} is Pending: no PersistentVolume fits its size, access modes and class, and ${className === "" ? "storageClassName: \"\" turns off dynamic provisioning" : "its class provisions none"}.`,
        fix: "Create a PersistentVolume that fits the claim (class, capacity, access modes), or let the default StorageClass provision one by leaving storageClassName out.",
      });
    }
    return out;
  },
};
