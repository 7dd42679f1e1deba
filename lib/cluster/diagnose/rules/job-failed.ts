/** job-failed: a Job that gave up (backoffLimit or activeDeadlineSeconds), with how its last pod ended. */
import { conditionsOf, isPod } from "../../types";
import { podPathIn } from "../paths";
import { named, type DiagnosisRule, type Finding } from "../problem";

export const jobFailed: DiagnosisRule = {
  meta: { id: "job-failed", title: "a Job failed", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const job of ctx.list("Job")) {
      const failed = conditionsOf(job.status).find((c) => c.type === "Failed" && c.status === "True");
      if (!failed) continue;
      const pods = ctx.list("Pod", job.metadata.namespace ?? "default").filter((p) => isPod(p) && p.metadata.ownerReferences?.some((r) => r.uid === job.metadata.uid));
      const last = pods[pods.length - 1];
      const exit = last && isPod(last) ? last.status?.containerStatuses?.find((s) => s.state.terminated)?.state.terminated : undefined;
      const owner = ctx.ownerOf(job);
      out.push({
        object: owner, path: podPathIn(owner, "spec.containers"),
        message: `${named(job)} failed (${String(failed.reason ?? "")}: ${failed.message ?? ""})${exit ? `; its pods exit with code ${exit.exitCode}` : ""}.`,
        fix: "Read a failed pod's output (kubectl logs job/NAME) and fix the command; backoffLimit sets how many times it is retried.",
      });
    }
    return out;
  },
};
