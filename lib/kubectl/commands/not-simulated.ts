/**
 * kubectl commands this simulation does not offer yet: each says so plainly (and what to do
 * instead) rather than pretending, and is listed in `kubectl --help`.
 */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";

const MISSING: readonly (readonly [path: string, short: string, instead: string])[] = [
  ["port-forward", "Forward one or more local ports to a pod", "there is no local network here; test from inside the cluster instead"],
  ["patch", "Update fields of a resource", "use kubectl set/label/annotate/scale, or apply a changed manifest"],
];

export const NOT_SIMULATED: readonly KubectlCommand[] = MISSING.map(([path, short, instead]) => ({
  path,
  short: `${short} (not simulated)`,
  usage: `kubectl ${path}`,
  flags: [],
  run: () => {
    throw new KubectlError(`error: kubectl ${path} is not supported by this simulated terminal: ${instead}.`);
  },
}));
