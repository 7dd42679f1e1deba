/**
 * Kind and version resolution, answered like kubectl's REST mapper: a served kind resolves to its
 * resource; anything else gets `no matches for kind "X" in version "Y"` and a hint a learner can use.
 */
import { closestName } from "../suggest";
import { CONFIG_FILE_CORE_KINDS, CONFIG_FILE_GROUPS, REMOVED_VERSIONS } from "./removed-apis";
import { apiVersionOf, servedKind, servedVersionsOfKind, splitApiVersion, type ServedKind } from "./served-kinds";
import { VALIDATORS } from "./validators";

export type KindResolution = { ok: true; served: ServedKind } | { ok: false; message: string };

const ALL_KINDS = [...new Set(Object.keys(VALIDATORS).map((key) => key.slice(key.lastIndexOf("/") + 1)))];
const BUILT_IN_GROUPS = new Set([...Object.keys(VALIDATORS), ...Object.keys(REMOVED_VERSIONS).map((v) => `${v}/`)].map((key) => splitApiVersion(key.slice(0, key.lastIndexOf("/"))).group));
const CRD_HINT = "if it is a custom resource, apply its CustomResourceDefinition first (ensure CRDs are installed first), and check the spelling of kind and apiVersion.";

function noMatches(apiVersion: string, kind: string): string {
  return `no matches for kind "${kind}" in version "${apiVersion}"`;
}

function configFileHint(apiVersion: string, kind: string): string | undefined {
  const { group } = splitApiVersion(apiVersion);
  const config = group === "" ? CONFIG_FILE_CORE_KINDS[kind] : CONFIG_FILE_GROUPS[group];
  if (!config) return undefined;
  return `${noMatches(apiVersion, kind)}: this is a configuration file for ${config.reader}, read at start-up, not an object you apply to the API server; ${config.usage}.`;
}

function removedHint(apiVersion: string, kind: string): string | undefined {
  const removed = REMOVED_VERSIONS[apiVersion];
  if (!removed) return undefined;
  const target = removed.movedTo[kind];
  if (target === undefined) return `${noMatches(apiVersion, kind)}: ${apiVersion} is no longer served (removed in Kubernetes ${removed.removedIn}).`;
  if (!target.includes(" ")) return `${noMatches(apiVersion, kind)}: ${apiVersion} was removed in Kubernetes ${removed.removedIn}; ${kind} moved to ${target}. Change the apiVersion to "${target}" (check the fields too: some changed between versions).`;
  return `${noMatches(apiVersion, kind)}: ${target}`;
}

export function resolveKind(apiVersion: string, kind: string): KindResolution {
  const served = servedKind(apiVersion, kind);
  if (served) return { ok: true, served };
  const message = configFileHint(apiVersion, kind) ?? removedHint(apiVersion, kind);
  if (message) return { ok: false, message };

  const sameKind = servedVersionsOfKind(kind);
  const exact = sameKind.filter((s) => s.kind === kind);
  if (exact.length > 0) {
    const versions = exact.map((s) => `"${apiVersionOf(s)}"`).join(" or ");
    return { ok: false, message: `${noMatches(apiVersion, kind)}: ${kind} is served as apiVersion ${versions}.` };
  }
  const caseOnly = sameKind[0];
  if (caseOnly) {
    return { ok: false, message: `${noMatches(apiVersion, kind)}: kinds are case-sensitive; did you mean "${caseOnly.kind}" (apiVersion "${apiVersionOf(caseOnly)}")?` };
  }
  // A typo is likely in a built-in group; elsewhere the kind is probably a custom resource.
  const near = BUILT_IN_GROUPS.has(splitApiVersion(apiVersion).group) ? closestName(kind, ALL_KINDS) : undefined;
  const hint = near ? `did you mean "${near}"?` : CRD_HINT;
  return { ok: false, message: `${noMatches(apiVersion, kind)}: ${hint}` };
}
