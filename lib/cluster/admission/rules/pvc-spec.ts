/** PersistentVolumeClaims (and StatefulSet claim templates) name access modes and request storage. */
import { at, isObject, list, obj, objects } from "../access";
import { invalid, required, unsupported } from "./messages";
import { parseQuantity } from "../../util/quantity";
import type { Rule, RuleFinding } from "./rule";

const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

function checkClaimSpec(spec: unknown, path: string, findings: RuleFinding[]): void {
  const modes = list(at(spec, "accessModes"));
  if (modes.length === 0) findings.push(required(`${path}.accessModes`, "at least 1 access mode is required", "Add accessModes: [ReadWriteOnce]."));
  modes.forEach((mode, i) => {
    if (typeof mode === "string" && !ACCESS_MODES.includes(mode)) findings.push(unsupported(`${path}.accessModes[${i}]`, mode, ACCESS_MODES));
  });
  if (modes.includes("ReadWriteOncePod") && modes.length > 1) findings.push(invalid(`${path}.accessModes`, modes, "may not use ReadWriteOncePod with other access modes"));
  const hasSource = isObject(at(spec, "dataSource")) || isObject(at(spec, "dataSourceRef"));
  const storage = at(spec, "resources", "requests", "storage");
  if (storage === undefined && !hasSource) {
    findings.push(required(`${path}.resources[storage]`, undefined, "Request a size: resources: {requests: {storage: 1Gi}}."));
  } else if (storage !== undefined) {
    const amount = parseQuantity(storage);
    if (Number.isFinite(amount) && amount <= 0) findings.push(invalid(`${path}.resources[storage]`, storage, "must be greater than zero"));
  }
}

export const pvcSpec: Rule = {
  meta: { id: "pvc-spec", title: "volume claims have access modes and a storage request", kinds: ["PersistentVolumeClaim", "StatefulSet"] },
  check(object) {
    const findings: RuleFinding[] = [];
    if (object.kind === "PersistentVolumeClaim") checkClaimSpec(object.spec, "spec", findings);
    else {
      objects(at(object, "spec", "volumeClaimTemplates")).forEach((claim, i) => {
        if (obj(claim.spec)) checkClaimSpec(claim.spec, `spec.volumeClaimTemplates[${i}].spec`, findings);
      });
    }
    return findings;
  },
};
