/**
 * network-policy-blocks-dns: a NetworkPolicy that restricts egress of running pods, allows some
 * traffic, but no DNS (port 53 to kube-system): the pods cannot resolve any Service name. A policy
 * that denies all egress on purpose, or selects no pod yet, is only a hint.
 */
import { readLabelSelector } from "../../network/selectors";
import { record, stringMap } from "../../types";
import { selectorMatches } from "../../util/labels";
import { named, type DiagnosisRule, type Finding } from "../problem";

function allowsDns(rule: Record<string, unknown>): boolean {
  const ports = Array.isArray(rule.ports) ? rule.ports.map((p) => record(p) ?? {}) : [];
  const portOk = ports.length === 0 || ports.some((p) => p.port === 53 || p.port === "dns" || p.port === "dns-tcp" || p.port === undefined);
  if (!portOk) return false;
  const to = Array.isArray(rule.to) ? rule.to.map((t) => record(t) ?? {}) : [];
  if (to.length === 0) return true;
  return to.some((peer) => {
    if (record(peer.ipBlock)) return true;
    const nsSel = record(peer.namespaceSelector);
    if (!nsSel) return false;
    const labels = stringMap(nsSel.matchLabels);
    return Object.keys(labels).length === 0 || labels["kubernetes.io/metadata.name"] === "kube-system";
  });
}

export const networkPolicyBlocksDns: DiagnosisRule = {
  meta: { id: "network-policy-blocks-dns", title: "a NetworkPolicy blocks DNS egress", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const np of ctx.list("NetworkPolicy")) {
      const spec = record(np.spec) ?? {};
      const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
      const egress = Array.isArray(spec.egress) ? spec.egress.map((e) => record(e) ?? {}) : undefined;
      if (!types.includes("Egress") && egress === undefined) continue;
      const rules = egress ?? [];
      if (rules.some(allowsDns)) continue;
      const selector = readLabelSelector(record(spec.podSelector) ?? {});
      const selected = ctx.pods(np.metadata.namespace ?? "default").filter((p) => selector !== undefined && selectorMatches(selector, p.metadata.labels ?? {}));
      const deniesAll = rules.length === 0;
      out.push({
        object: np, path: rules.length > 0 ? "spec.egress" : "spec.policyTypes", severity: deniesAll || selected.length === 0 ? "info" : "warning",
        message: `${named(np)} restricts egress of ${selected.length > 0 ? `${selected.length} pod(s) (e.g. ${selected[0]?.metadata.name ?? ""})` : "the pods it selects"} and ${deniesAll ? "allows none" : "allows no DNS (UDP and TCP port 53 to kube-dns in kube-system)"}: they cannot resolve Service names, so even allowed destinations fail when addressed by name.`,
        fix: "Add an egress rule: to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}] with ports [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}].",
      });
    }
    return out;
  },
};
