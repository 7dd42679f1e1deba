/**
 * NetworkPolicy as a conforming CNI enforces it. A pod is isolated for ingress (or egress) when any
 * policy in its namespace selects it with that type in policyTypes; an isolated pod accepts only what
 * some selecting policy's rule allows (peers: podSelector, namespaceSelector, both, ipBlock; ports by
 * number, range or name). Policies apply to pod IPs and container ports, after a Service's translation.
 */
import type { KubeObject } from "../object";
import type { ClusterIndex } from "./cluster-index";
import { ipInCidr } from "./ip";
import { type PodView } from "./read";
import { asArray, asNumber, asPortRef, asRecord, asString, nameOf, namespaceOf, type Labels } from "./fields";
import { selectorMatches } from "../util/labels";
import { readLabelSelector, type LabelSelector } from "./selectors";

/** One side of a connection as policies see it. External clients and nodes match only ipBlocks. */
export interface PolicyPeer {
  ip: string;
  /** `pod default/client`, `the ingress controller`, `an external client 198.51.100.7`. */
  describe: string;
  namespace?: string;
  labels?: Labels;
  /** The pod itself, when the peer is a pod in the store (named ports resolve against it). */
  pod?: PodView;
}

interface PeerRule { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: { cidr: string; except: string[] } }
interface PortRule { protocol: string; port?: number | string; endPort?: number }
interface Rule { peers: PeerRule[]; ports: PortRule[] }
interface Policy { namespace: string; name: string; podSelector: LabelSelector; ingress?: Rule[]; egress?: Rule[] }

function readRules(value: unknown, peerField: "from" | "to"): Rule[] {
  return asArray(value).map((rule) => {
    const r = asRecord(rule);
    return {
      peers: asArray(r[peerField]).map((p): PeerRule => {
        const x = asRecord(p);
        const block = asRecord(x.ipBlock);
        const cidr = asString(block.cidr);
        return {
          podSelector: readLabelSelector(x.podSelector),
          namespaceSelector: readLabelSelector(x.namespaceSelector),
          ipBlock: cidr ? { cidr, except: asArray(block.except).filter((e): e is string => typeof e === "string") } : undefined,
        };
      }),
      ports: asArray(r.ports).map((p): PortRule => {
        const x = asRecord(p);
        return { protocol: asString(x.protocol) ?? "TCP", port: asPortRef(x.port), endPort: asNumber(x.endPort) };
      }),
    };
  });
}

function readPolicy(o: KubeObject): Policy {
  const spec = asRecord(o.spec);
  const declared = asArray(spec.policyTypes).filter((t): t is string => typeof t === "string");
  const types = declared.length > 0 ? declared : ["Ingress", ...(asArray(spec.egress).length > 0 ? ["Egress"] : [])];
  return {
    namespace: namespaceOf(o),
    name: nameOf(o),
    podSelector: readLabelSelector(spec.podSelector) ?? { matchLabels: {}, matchExpressions: [] },
    ingress: types.includes("Ingress") ? readRules(spec.ingress, "from") : undefined,
    egress: types.includes("Egress") ? readRules(spec.egress, "to") : undefined,
  };
}

export interface PolicyVerdict {
  allowed: boolean;
  /** Whether any policy selects the pod for this direction (if not, everything is allowed). */
  restricted: boolean;
  detail: string;
  deniedBy: string[];
}

function peerMatches(index: ClusterIndex, policyNamespace: string, rule: PeerRule, peer: PolicyPeer): boolean {
  if (rule.ipBlock) {
    return ipInCidr(peer.ip, rule.ipBlock.cidr) && !rule.ipBlock.except.some((e) => ipInCidr(peer.ip, e));
  }
  if (peer.namespace === undefined || peer.labels === undefined) return false;
  if (rule.namespaceSelector && !selectorMatches(rule.namespaceSelector, index.namespaceLabels(peer.namespace))) return false;
  if (!rule.namespaceSelector && peer.namespace !== policyNamespace) return false;
  return !rule.podSelector || selectorMatches(rule.podSelector, peer.labels);
}

function portMatches(rule: PortRule, port: number, protocol: string, target: PodView | undefined): boolean {
  if (rule.protocol !== protocol) return false;
  if (rule.port === undefined) return true;
  if (typeof rule.port === "number") return port >= rule.port && port <= (rule.endPort ?? rule.port);
  const name = rule.port;
  return (target?.containers ?? []).some((c) => c.ports.some((p) => p.name === name && p.protocol === protocol && p.containerPort === port));
}

function ruleAllows(index: ClusterIndex, policy: Policy, rule: Rule, peer: PolicyPeer, port: number, protocol: string, target: PodView | undefined): boolean {
  const peerOk = rule.peers.length === 0 || rule.peers.some((p) => peerMatches(index, policy.namespace, p, peer));
  const portOk = rule.ports.length === 0 || rule.ports.some((p) => portMatches(p, port, protocol, target));
  return peerOk && portOk;
}

export function policiesIn(index: ClusterIndex): Policy[] {
  return index.memo("network-policies", () =>
    index.objects.filter((o) => o.kind === "NetworkPolicy").map(readPolicy)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}

function check(
  index: ClusterIndex,
  direction: "ingress" | "egress",
  subject: PolicyPeer & { pod: PodView },
  other: PolicyPeer,
  port: number,
  protocol: string,
): PolicyVerdict {
  const pod = subject.pod;
  const selecting = policiesIn(index).filter(
    (p) => p.namespace === pod.namespace && p[direction] !== undefined && selectorMatches(p.podSelector, pod.labels),
  );
  const what = direction === "ingress" ? `ingress to pod ${pod.name}` : `egress from pod ${pod.name}`;
  if (selecting.length === 0) return { allowed: true, restricted: false, detail: `no NetworkPolicy restricts ${what}`, deniedBy: [] };
  const target = direction === "ingress" ? pod : other.pod;
  const allowing = selecting.find((p) => (p[direction] ?? []).some((r) => ruleAllows(index, p, r, other, port, protocol, target)));
  if (allowing) return { allowed: true, restricted: true, detail: `NetworkPolicy ${allowing.name} allows ${what} from ${direction === "ingress" ? other.describe : subject.describe} on ${protocol} ${port}`, deniedBy: [] };
  const names = selecting.map((p) => p.name);
  const list = names.length === 1 ? `NetworkPolicy ${names[0]}` : `NetworkPolicies ${names.join(", ")}`;
  const peerText = direction === "ingress" ? `from ${other.describe}` : `to ${other.describe}`;
  return {
    allowed: false,
    restricted: true,
    detail: `${list} (namespace ${pod.namespace}) ${names.length === 1 ? "selects" : "select"} pod ${pod.name} and ${names.length === 1 ? "allows" : "allow"} no ${direction} ${peerText} on ${protocol} ${port}`,
    deniedBy: names,
  };
}

export function checkIngressPolicy(index: ClusterIndex, destination: PodView, source: PolicyPeer, port: number, protocol: string): PolicyVerdict {
  return check(index, "ingress", podPeer(destination), source, port, protocol);
}

export function checkEgressPolicy(index: ClusterIndex, source: PodView, destination: PolicyPeer, port: number, protocol: string): PolicyVerdict {
  return check(index, "egress", podPeer(source), destination, port, protocol);
}

export function podPeer(pod: PodView): PolicyPeer & { pod: PodView } {
  return { ip: pod.podIP ?? "", describe: `pod ${pod.namespace}/${pod.name}`, namespace: pod.namespace, labels: pod.labels, pod };
}

/** CoreDNS as policies see it: pods labelled k8s-app=kube-dns in kube-system, answering on port 53. */
export const CLUSTER_DNS_PEER: PolicyPeer = {
  ip: "10.244.0.53",
  describe: "cluster DNS (kube-system, k8s-app=kube-dns)",
  namespace: "kube-system",
  labels: { "k8s-app": "kube-dns" },
};

/** Whether the pod may ask cluster DNS: egress to kube-dns on UDP 53 (or TCP 53) must be allowed. */
export function checkDnsEgress(index: ClusterIndex, source: PodView): PolicyVerdict {
  const udp = checkEgressPolicy(index, source, CLUSTER_DNS_PEER, 53, "UDP");
  if (udp.allowed) return udp;
  const tcp = checkEgressPolicy(index, source, CLUSTER_DNS_PEER, 53, "TCP");
  return tcp.allowed ? tcp : udp;
}
