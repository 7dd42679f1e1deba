import type { ClusterPicture, PodPicture } from "@/lib/scenarios/types";

function podTone(pod: PodPicture): string {
  if (pod.ready) return "border-emerald-500 bg-emerald-50 dark:bg-emerald-950";
  if (pod.status === "Running" || pod.status === "ContainerCreating" || pod.status === "Pending") return "border-amber-500 bg-amber-50 dark:bg-amber-950";
  return "border-red-500 bg-red-50 dark:bg-red-950";
}

function Pod({ pod }: { pod: PodPicture }) {
  return (
    <li className={`rounded border px-2 py-1 text-xs ${podTone(pod)}`}>
      <span className="font-mono">{pod.namespace === "default" ? pod.name : `${pod.namespace}/${pod.name}`}</span>{" "}
      <span>{pod.status}{pod.ready ? " · ready" : ""}</span>
      {pod.ip && <span className="block text-[0.7rem] text-slate-500">{pod.ip}</span>}
    </li>
  );
}

/** Nodes with their pods by state, Services with their endpoints, Ingress rules. */
export function ClusterPictureView({ picture, label }: { picture: ClusterPicture; label: string }) {
  return (
    <section aria-label={label} className="space-y-3">
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {picture.nodes.map((node) => (
          <div key={node.name} className="rounded border border-slate-200 p-2 dark:border-slate-800">
            <p className="text-sm font-medium">
              {node.name} <span className={node.ready ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>{node.ready ? "Ready" : "NotReady"}</span>
              {node.controlPlane && <span className="ml-1 text-xs text-slate-500">control plane</span>}
            </p>
            <ul className="mt-1 space-y-1">
              {node.pods.map((pod) => <Pod key={`${pod.namespace}/${pod.name}`} pod={pod} />)}
              {node.pods.length === 0 && <li className="text-xs text-slate-500">no pods</li>}
            </ul>
          </div>
        ))}
      </div>
      {picture.unscheduled.length > 0 && (
        <div>
          <p className="text-sm font-medium">Not scheduled</p>
          <ul className="mt-1 flex flex-wrap gap-1">{picture.unscheduled.map((pod) => <Pod key={`${pod.namespace}/${pod.name}`} pod={pod} />)}</ul>
        </div>
      )}
      {picture.services.length > 0 && (
        <div className="overflow-x-auto" data-testid="scroll-box">
        <table className="w-full min-w-[28rem] text-left text-xs">
          <caption className="text-left text-sm font-medium">Services</caption>
          <thead><tr><th>Service</th><th>Type</th><th>Ports</th><th>Ready endpoints</th><th>Not ready</th></tr></thead>
          <tbody>
            {picture.services.map((service) => (
              <tr key={`${service.namespace}/${service.name}`} className="border-t border-slate-200 dark:border-slate-800">
                <td className="font-mono">{service.namespace}/{service.name}</td>
                <td>{service.type}</td>
                <td>{service.ports.join(", ")}</td>
                <td>{service.ready.join(", ") || "none"}</td>
                <td>{service.notReady.join(", ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {picture.ingresses.length > 0 && (
        <div className="overflow-x-auto" data-testid="scroll-box">
        <table className="w-full min-w-[28rem] text-left text-xs">
          <caption className="text-left text-sm font-medium">Ingress rules</caption>
          <thead><tr><th>Ingress</th><th>Host</th><th>Path</th><th>Backend</th></tr></thead>
          <tbody>
            {picture.ingresses.flatMap((ingress) =>
              ingress.rules.map((rule) => (
                <tr key={`${ingress.name}${rule.host}${rule.path}`} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="font-mono">{ingress.name}</td>
                  <td>{rule.host}</td>
                  <td>{rule.path} ({rule.pathType})</td>
                  <td>{rule.backend}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
