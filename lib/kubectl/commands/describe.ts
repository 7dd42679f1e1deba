/** `kubectl describe (TYPE [NAME_PREFIX] | TYPE/NAME) [-l SELECTOR] [-A]`, with each object's Events. */
import type { KubeObject } from "../../cluster";
import { DescribeWriter, eventsFor } from "../describe/format";
import { describeBinding, describeQuota, describeRole } from "../describe/access";
import { describeEndpoints } from "../describe/endpoints";
import { describeIngress, describeNetworkPolicy, describeService } from "../describe/network";
import { describeAutoscaler, describeClaim, describeData, describeGeneric, describeNamespace, describeNode, describeVolume } from "../describe/other";
import { describePod } from "../describe/pod";
import { describeCronJob, describeDaemonSet, describeDeployment, describeJob, describeReplicaSet, describeStatefulSet, type Related } from "../describe/workloads";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { ENDPOINTS_WARNING, listKind } from "../kubectl/endpoints-view";
import { clockOf, notFound, parseTargets } from "../kubectl/objects";
import { parseSelector } from "../kubectl/selector";

type Describer = (o: KubeObject, w: DescribeWriter, rel: Related) => void;

const DESCRIBERS: Readonly<Record<string, Describer>> = {
  Pod: describePod, Deployment: describeDeployment, ReplicaSet: describeReplicaSet, StatefulSet: describeStatefulSet,
  DaemonSet: describeDaemonSet, Job: describeJob, CronJob: describeCronJob, Service: describeService, Ingress: describeIngress,
  NetworkPolicy: describeNetworkPolicy, Node: describeNode, Namespace: describeNamespace, ConfigMap: describeData, Secret: describeData,
  Endpoints: describeEndpoints, PersistentVolumeClaim: describeClaim, ResourceQuota: describeQuota,
  Role: describeRole, ClusterRole: describeRole, RoleBinding: describeBinding, ClusterRoleBinding: describeBinding, PersistentVolume: describeVolume, HorizontalPodAutoscaler: describeAutoscaler,
};

// kubectl's Secret, Namespace, ResourceQuota and RBAC describers print no Events block.
const NO_EVENTS = new Set(["Secret", "Namespace", "ResourceQuota", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"]);

export const command: KubectlCommand = {
  path: "describe",
  short: "Show details of a specific resource or group of resources",
  usage: "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
  flags: [{ name: "selector", short: "l", type: "string" }, { name: "all-namespaces", short: "A", type: "bool" }, { name: "show-events", type: "bool", default: true }],
  run: (inv) => {
    if (inv.args.length === 0) throw new KubectlError("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl describe -h' for help and examples");
    const selector = inv.flags.has("selector") ? parseSelector(inv.flags.string("selector")) : undefined;
    const rel: Related = { list: (kind, ns) => listKind(inv.cluster, kind, ns) };
    const events = inv.cluster.events();
    const clock = clockOf(inv.cluster);
    const blocks: string[] = [];
    const errors: string[] = [];
    for (const { resource, names } of parseTargets(inv.args)) {
      const ns = resource.namespaced && !inv.flags.bool("all-namespaces") ? inv.namespace : undefined;
      const all = listKind(inv.cluster, resource.kind, ns);
      let objects: KubeObject[];
      if (names.length === 0) objects = all.filter((o) => !selector || selector(o.metadata.labels));
      else {
        objects = [];
        for (const name of names) {
          const exact = all.find((o) => o.metadata.name === name);
          // kubectl describe TYPE PREFIX shows every object whose name starts with PREFIX.
          const hits = exact ? [exact] : all.filter((o) => (o.metadata.name ?? "").startsWith(name));
          if (hits.length === 0) errors.push(notFound(resource, name).text);
          objects.push(...hits);
        }
      }
      if (objects.length === 0 && names.length === 0) errors.push(`No resources found${ns ? ` in ${ns} namespace` : ""}.`);
      for (const o of objects) {
        const w = new DescribeWriter();
        (DESCRIBERS[o.kind] ?? describeGeneric)(o, w, rel);
        if (!NO_EVENTS.has(o.kind) && inv.flags.bool("show-events")) w.events(eventsFor(events, o), clock);
        blocks.push(w.toString());
      }
    }
    const warning = parseTargets(inv.args).some((t) => t.resource.kind === "Endpoints") ? ENDPOINTS_WARNING : "";
    return { stdout: blocks.join("\n\n"), stderr: warning + errors.map((e) => `${e}\n`).join(""), code: errors.length > 0 ? 1 : 0, stderrFirst: warning !== "" };
  },
};
