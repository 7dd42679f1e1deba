/**
 * `kubectl run --overrides=JSON [--override-type=merge|strategic]`: the fragment merged into the
 * generated object. merge is RFC 7386 (objects merge, arrays and scalars replace, null deletes);
 * strategic also merges lists of named objects (containers, env, ports…) item by item by `name`.
 */
import type { KubeObject } from "../../cluster";
import { KubectlError } from "./command";

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);

const named = (list: Json): list is Record<string, Json>[] => Array.isArray(list) && list.every((x) => isObject(x) && typeof x.name === "string");

function mergeLists(target: Record<string, Json>[], patch: Record<string, Json>[], strategic: boolean): Record<string, Json>[] {
  const out = target.map((x) => ({ ...x }));
  for (const item of patch) {
    const at = out.findIndex((x) => x.name === item.name);
    if (at < 0) out.push(item);
    else out[at] = mergePatch(out[at], item, strategic) as Record<string, Json>;
  }
  return out;
}

export function mergePatch(target: Json, patch: Json, strategic: boolean): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (strategic && named(value) && named(out[key])) out[key] = mergeLists(out[key], value, true);
    else out[key] = mergePatch(out[key], value, strategic);
  }
  return out;
}

export function applyOverrides(object: KubeObject, overrides: string, type: string): KubeObject {
  if (type === "json") throw new KubectlError("error: --override-type=json (a JSON patch) is not supported by this simulated terminal; use the default merge (or strategic) with a JSON object");
  if (type !== "merge" && type !== "strategic") throw new KubectlError(`error: --override-type must be one of json, merge, or strategic, got "${type}"`);
  let fragment: Json;
  try { fragment = JSON.parse(overrides) as Json; } catch { throw new KubectlError("error: Invalid JSON Patch"); }
  if (!isObject(fragment)) throw new KubectlError("error: Invalid JSON Patch");
  return mergePatch(object, fragment, type === "strategic") as KubeObject;
}
