/** `kubectl get events` rows and the Events section of `kubectl describe`. */
import type { ClusterEvent } from "../../cluster";
import { humanDuration } from "./age";
import type { Clock } from "./columns";
import { formatTable } from "./table";

const objectRef = (e: ClusterEvent): string => `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`;

export function eventsTable(events: readonly ClusterEvent[], clock: Clock, withNamespace: boolean): string {
  const sorted = [...events].sort((a, b) => a.lastSeconds - b.lastSeconds || a.seq - b.seq);
  const rows = sorted.map((e) => [
    ...(withNamespace ? [e.involvedObject.namespace ?? ""] : []),
    humanDuration(clock.now - e.lastSeconds), e.type, e.reason, objectRef(e), e.message,
  ]);
  return formatTable([[...(withNamespace ? ["NAMESPACE"] : []), "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"], ...rows]);
}

/** describe's Events: block (two-space padding, "<none>" when there are none). */
export function describeEvents(events: readonly ClusterEvent[], clock: Clock): string {
  if (events.length === 0) return "Events:  <none>\n";
  const sorted = [...events].sort((a, b) => a.firstSeconds - b.firstSeconds || a.seq - b.seq);
  const rows = [["Type", "Reason", "Age", "From", "Message"], ["----", "------", "----", "----", "-------"], ...sorted.map((e) => [
    e.type, e.reason,
    e.count > 1 ? `${humanDuration(clock.now - e.lastSeconds)} (x${e.count} over ${humanDuration(clock.now - e.firstSeconds)})` : humanDuration(clock.now - e.firstSeconds),
    e.source, e.message,
  ])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return `Events:\n${rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 2))).join("")}\n`).join("")}`;
}
