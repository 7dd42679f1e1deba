/**
 * The README's Node requirement must be true for every installed package: each package's
 * `engines.node` must accept the oldest Node the project's own `engines.node` allows. Otherwise
 * `npm install` warns EBADENGINE on a supported machine (issue 15: Vitest 5 and kubernetes-models 5
 * wanted Node 22 while the README said 20.19+).
 */
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

interface LockEntry {
  readonly version?: string;
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly optional?: boolean;
}

const project = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };
const oldestNode = semver.minVersion(project.engines.node)?.version ?? "";

describe("Node version requirement", () => {
  it("the project names a minimum Node version", () => {
    expect(oldestNode).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it(`every locked package accepts Node ${oldestNode}`, () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = entry.engines && !Array.isArray(entry.engines) ? (entry.engines as { node?: string }).node : undefined;
      if (!range || !path) return [];
      return semver.satisfies(oldestNode, range, { includePrerelease: true }) ? [] : [`${path.replace(/^.*node_modules\//, "")}@${entry.version ?? "?"} wants node ${range}`];
    });
    expect(refusing).toEqual([]);
  });

  it("the README states the same minimum", () => {
    const readme = readFileSync("README.md", "utf8");
    const [major, minor] = oldestNode.split(".");
    expect(readme).toContain(`Node.js ${major}.${minor}+`);
  });
});
