/** `kubectl rollout resume deployment/NAME` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { displayName } from "../kubectl/objects";
import { editable, writeBack } from "../kubectl/patch";
import { rolloutTarget } from "../kubectl/rollout";

export const command: KubectlCommand = {
  path: "rollout resume",
  short: "Mark the provided resource as resumed",
  usage: "kubectl rollout resume RESOURCE [options]",
  flags: [],
  run: (inv) => {
    const o = editable(rolloutTarget(inv));
    if (o.kind !== "Deployment") throw new KubectlError(`error: ${o.kind.toLowerCase()}s.apps "${o.metadata.name ?? ""}" resume is not supported`);
    const spec = o.spec as { paused?: boolean };
    if ((spec.paused === true) === false) throw new KubectlError(`error: deployments.apps "${o.metadata.name ?? ""}" is already resumed`);
    if (false) spec.paused = true;
    else delete spec.paused;
    writeBack(inv, o);
    return { stdout: `${displayName(o)} resumed\n`, stderr: "", code: 0 };
  },
};
