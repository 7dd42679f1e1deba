/** Volumes are uniquely named with exactly one source; volume mounts name a defined volume and an absolute-free-of-':' path. */
import { isObject, objects, str } from "../access";
import { duplicate, forbidden, invalid, notFound, required } from "./messages";
import { dns1123Label } from "./name-syntax";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

export const volumes: Rule = {
  meta: { id: "volumes", title: "volumes are unique with one source, and mounts refer to defined volumes", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    const defined = new Set<string>();
    objects(pod.spec.volumes).forEach((volume, i) => {
      const path = `${pod.specPath}.volumes[${i}]`;
      const name = str(volume.name);
      if (!name) findings.push(required(`${path}.name`));
      else {
        for (const problem of dns1123Label(name)) findings.push(invalid(`${path}.name`, name, problem));
        if (defined.has(name)) findings.push(duplicate(`${path}.name`, name, "Each volume in a pod needs its own name."));
        defined.add(name);
      }
      const sources = Object.keys(volume).filter((k) => k !== "name" && isObject(volume[k]));
      if (sources.length === 0) findings.push(required(path, "must specify a volume type", "Add a source such as emptyDir: {}, configMap: {name: ...}, secret: {secretName: ...} or persistentVolumeClaim: {claimName: ...}."));
      for (const extra of sources.slice(1)) findings.push(forbidden(`${path}.${extra}`, "may not specify more than 1 volume type"));
    });
    const templates = object.kind === "StatefulSet" && isObject(object.spec) ? objects(object.spec.volumeClaimTemplates) : [];
    for (const claim of templates) {
      const name = str(claim.metadata && isObject(claim.metadata) ? claim.metadata.name : undefined);
      if (name) defined.add(name);
    }
    for (const { container, path: base } of containersOf(pod)) {
      const mountPaths = new Set<string>();
      objects(container.volumeMounts).forEach((mount, m) => {
        const path = `${base}.volumeMounts[${m}]`;
        const name = str(mount.name);
        if (!name) findings.push(required(`${path}.name`));
        else if (!defined.has(name)) findings.push(notFound(`${path}.name`, name, `No volume is named "${name}": add it under ${pod.specPath}.volumes${object.kind === "StatefulSet" ? " or spec.volumeClaimTemplates" : ""}, or fix the name.`));
        const mountPath = str(mount.mountPath);
        if (!mountPath) findings.push(required(`${path}.mountPath`));
        else {
          if (mountPaths.has(mountPath)) findings.push(invalid(`${path}.mountPath`, mountPath, "must be unique"));
          mountPaths.add(mountPath);
        }
      });
    }
    return findings;
  },
};
