/** duplicate-key: a key written twice in one mapping; kubectl keeps the last value, the first is ignored. */
import type { KubeObject } from "../../object";
import type { DiagnosisRule, Finding } from "../problem";

export const duplicateKey: DiagnosisRule = {
  meta: { id: "duplicate-key", title: "a YAML key is written twice", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.applyWarnings) {
      const [kind = "", name = ""] = w.object.split("/");
      const object: KubeObject = ctx.objects.find((o) => o.kind === kind && o.metadata.name === name) ?? { apiVersion: "v1", kind, metadata: { name } };
      out.push({ object, path: w.path, at: { file: w.file, line: w.line }, message: w.message, fix: "Delete the key you did not mean; kubectl used the value at the later line." });
    }
    return out;
  },
};
