/** A pod's resolver: the search path kubelet writes into resolv.conf (ndots 5) and the cluster domain. */
export const CLUSTER_DOMAIN = "cluster.local";
const NDOTS = 5;

/** The names a pod in `fromNamespace` tries for `name`, in order. */
export function searchCandidates(name: string, fromNamespace: string): string[] {
  if (name.endsWith(".")) return [name.slice(0, -1)];
  const search = [`${fromNamespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
  const expanded = search.map((suffix) => `${name}.${suffix}`);
  const dots = name.split(".").length - 1;
  return dots >= NDOTS ? [name, ...expanded] : [...expanded, name];
}
