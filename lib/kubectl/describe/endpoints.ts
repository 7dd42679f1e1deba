/** describe for v1 Endpoints: kubectl's EndpointsDescriber (Subsets with Addresses, NotReadyAddresses, Ports). */
import type { KubeObject } from "../../cluster";
import { arr, type DescribeWriter, str } from "./format";

export function describeEndpoints(o: KubeObject, w: DescribeWriter): void {
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Subsets:");
  for (const subset of arr(o.subsets)) {
    const ips = (list: unknown): string => arr(list).map((a) => str(a.ip)).join(",") || "<none>";
    w.line(1, "Addresses:", ips(subset.addresses));
    w.line(1, "NotReadyAddresses:", ips(subset.notReadyAddresses));
    const ports = arr(subset.ports);
    if (ports.length > 0) {
      w.line(1, "Ports:").line(2, "Name", "Port", "Protocol").line(2, "----", "----", "--------");
      for (const p of ports) w.line(2, str(p.name) || "<unset>", str(p.port), str(p.protocol, "TCP"));
    }
    w.line(0, "");
  }
}
