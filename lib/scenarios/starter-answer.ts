/**
 * What the scenario editor starts from instead of an empty box: the objects the task asks for, as
 * comments (kind and name, read from the first reference solution), so the learner knows what to
 * write without being shown how.
 */
import { parseAllDocuments } from "yaml";
import { yamlTooDeep } from "../yaml/yaml-depth";
import type { Scenario } from "./types";

function objectsOf(text: string): string[] {
  const found: string[] = [];
  // A page render is no budget thread: YAML too deep to build (lib/yaml/yaml-depth.ts) names nothing.
  if (yamlTooDeep(text)) return found;
  for (const doc of parseAllDocuments(text)) {
    const value: unknown = doc.toJS();
    if (typeof value !== "object" || value === null) continue;
    const { kind, metadata } = value as { kind?: unknown; metadata?: { name?: unknown } };
    if (typeof kind !== "string") continue;
    found.push(typeof metadata?.name === "string" ? `${kind} "${metadata.name}"` : kind);
  }
  return found;
}

export function starterAnswer(scenario: Pick<Scenario, "solutions">): string {
  const objects = (scenario.solutions[0]?.files ?? []).flatMap((file) => objectsOf(file.text));
  const lines = ["# Write the manifests for the task here; separate objects with a line of ---."];
  if (objects.length > 0) {
    lines.push("# The task needs:");
    for (const object of objects) lines.push(`#   - ${object}`);
  }
  return `${lines.join("\n")}\n`;
}
