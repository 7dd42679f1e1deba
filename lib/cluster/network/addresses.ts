/** What sits at an IP address: the ingress controller, a node, a load balancer, a ClusterIP or a pod. */
import type { ClusterIndex } from "./cluster-index";
import { INGRESS_CONTROLLER } from "./ingress";
import { loadBalancerAddresses } from "./load-balancer";
import type { NodeView, PodView, ServiceView } from "./read";

export type AddressOwner =
  | { kind: "ingress-controller" }
  | { kind: "node"; node: NodeView }
  | { kind: "load-balancer"; service: ServiceView }
  | { kind: "cluster-ip"; service: ServiceView }
  | { kind: "pod"; pod: PodView }
  | { kind: "none" };

export function ownerOf(index: ClusterIndex, address: string): AddressOwner {
  if (address === INGRESS_CONTROLLER.address) return { kind: "ingress-controller" };
  const node = index.nodes.find((n) => n.addresses.includes(address));
  if (node) return { kind: "node", node };
  const lb = index.services.find((s) => loadBalancerAddresses(s).includes(address));
  if (lb) return { kind: "load-balancer", service: lb };
  const service = index.services.find((s) => s.clusterIP === address);
  if (service) return { kind: "cluster-ip", service };
  const pod = index.podByIP(address);
  if (pod) return { kind: "pod", pod };
  return { kind: "none" };
}
