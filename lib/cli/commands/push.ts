/**
 * `kubedeck push FILE… --server URL [--token T] [--dry-run]`: publishes decks (and scenarios) from
 * git to a Kubedeck server through /api/v1, one line per file. Exit 0 all pushed, 1 any refused
 * (file:line: message), 2 usage or connection error.
 */
import { readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand, type CliIo } from "../command";
import { walkMarkdown } from "../walk-markdown";
import { apiClient, ConnectionError, type ApiCall } from "../push/api-client";
import { classifySource } from "../push/classify-source";
import { pushDeck, type OwnedDeck, type PushResult } from "../push/push-deck";
import { pushScenario, type OwnedScenario } from "../push/push-scenario";
import { formatPushLine } from "../push/push-line";

const USAGE = `Usage: npx kubedeck push FILE… --server URL [--token TOKEN] [--dry-run]

Creates or updates your decks and scenarios on a Kubedeck server from Markdown files (folders are
walked for *.md, README.md skipped). A scenario (front matter difficulty:, or a ## Checks section) is
published when it verifies, else kept as a draft and refused. A deck is matched to yours by its
slug: front matter id:, else its title, else the file name. The token (Settings → API tokens, write scope) comes from --token or KUBEDECK_TOKEN.
--dry-run shows what would change without writing.
Prints one line per file, e.g. "decks/pods.md: updated revision 4 (+2 ~1 -0)" (+added ~changed -retired).
Exit codes: 0 all pushed, 1 any file refused (file:line: message), 2 usage or connection error.`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`kubedeck push: ${message}\n\n${USAGE}\n`);
  return EXIT_USAGE;
}

async function ownedScenarios(call: ApiCall): Promise<Map<string, OwnedScenario>> {
  const answer = await call<{ scenarios: OwnedScenario[] }>("GET", "/api/v1/scenarios");
  return new Map((answer.body?.scenarios ?? []).map((scenario) => [scenario.id, scenario]));
}

async function ownedDecks(call: ApiCall): Promise<Map<string, OwnedDeck> | string> {
  const answer = await call<{ decks: (OwnedDeck & { owned: boolean })[] }>("GET", "/api/v1/decks");
  if (answer.error || !answer.body) return `the server refused to list your decks (${answer.status}): ${answer.error?.message ?? "no answer"}`;
  return new Map(answer.body.decks.filter((deck) => deck.owned).map((deck) => [deck.slug, deck]));
}

export const command: CliCommand = {
  name: "push",
  summary: "Create or update your decks on a server from Markdown files (CI publishing).",
  usage: USAGE,
  run: async (args, io) => {
    let parsed: { values: { server?: string; token?: string; "dry-run"?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...args], options: { server: { type: "string" }, token: { type: "string" }, "dry-run": { type: "boolean" } }, strict: true, allowPositionals: true });
    } catch (error) {
      return usageError(io, (error as Error).message);
    }
    const { values, positionals } = parsed;
    const token = values.token ?? process.env.KUBEDECK_TOKEN;
    if (positionals.length === 0) return usageError(io, "name at least one FILE or folder.");
    if (!values.server || !/^https?:\/\/\S+$/.test(values.server)) return usageError(io, "--server must be the app's URL, e.g. --server https://kubedeck.example.org");
    if (!token) return usageError(io, "no token: pass --token or set KUBEDECK_TOKEN (create one in Settings → API tokens).");
    const files: string[] = [];
    for (const path of positionals) {
      try {
        statSync(resolve(io.cwd, path));
      } catch {
        return usageError(io, `cannot read ${path}: no such file or directory`);
      }
      files.push(...walkMarkdown(resolve(io.cwd, path)).map((file) => relative(io.cwd, file) || file));
    }
    const call = apiClient(values.server, token);
    const dryRun = values["dry-run"] ?? false;
    let refused = 0;
    try {
      const owned = await ownedDecks(call);
      if (typeof owned === "string") {
        io.stderr(`kubedeck push: ${owned}\n`);
        return EXIT_USAGE;
      }
      let scenarios: Map<string, OwnedScenario> | null = null;
      for (const file of files) {
        const markdown = readFileSync(resolve(io.cwd, file), "utf8");
        if (classifySource(markdown) === "scenario") {
          scenarios ??= await ownedScenarios(call);
          const pushed = await pushScenario(call, file, markdown, scenarios, dryRun);
          if (pushed.line) io.stdout(`${pushed.line}\n`);
          if (!pushed.ok) {
            refused += 1;
            for (const problem of pushed.problems) io.stderr(`${file}:${problem.line}: ${problem.message}\n`);
          }
          continue;
        }
        const result: PushResult = await pushDeck(call, file, markdown, owned, dryRun);
        if (!result.ok) {
          refused += 1;
          io.stderr(`${file}:${result.line}: ${result.message}\n`);
          continue;
        }
        for (const warning of result.warnings) io.stderr(`${file}:${warning.line}: warning: ${warning.message}\n`);
        io.stdout(`${formatPushLine(file, result.outcome)}\n`);
      }
    } catch (error) {
      if (error instanceof ConnectionError) {
        io.stderr(`kubedeck push: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
    return refused > 0 ? 1 : 0;
  },
};
