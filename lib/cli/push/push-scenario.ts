/** Pushes one scenario file: publishes it if it verifies (else it is kept as a draft and refused). */
import type { ApiCall } from "./api-client";

export interface OwnedScenario {
  id: string;
  revision: number;
}

interface ScenarioAnswer {
  id: string;
  revision: number;
  published: boolean;
  unchanged: boolean;
  verification: { passed: boolean; problems: { line?: number; message: string }[] };
}

export type ScenarioPushResult =
  | { ok: true; line: string }
  | { ok: false; line?: string; problems: { line: number; message: string }[] };

/** The front matter id, to tell create from update (the server checks the Markdown itself). */
function scenarioIdOf(markdown: string): string | null {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? "";
  return /^id:\s*([a-z0-9-]+)\s*$/m.exec(frontMatter)?.[1] ?? null;
}

export async function pushScenario(call: ApiCall, file: string, markdown: string, owned: ReadonlyMap<string, OwnedScenario>, dryRun: boolean): Promise<ScenarioPushResult> {
  const id = scenarioIdOf(markdown);
  const existing = id ? owned.get(id) : undefined;
  const answer = existing
    ? await call<ScenarioAnswer>("PUT", `/api/v1/scenarios/${existing.id}`, { markdown, publish: true, dryRun })
    : await call<ScenarioAnswer>("POST", "/api/v1/scenarios", { markdown, publish: true, dryRun });
  if (answer.error || !answer.body) return { ok: false, problems: [{ line: answer.error?.line ?? 1, message: answer.error?.message ?? "no answer" }] };
  const body = answer.body;
  const verb = body.unchanged ? "unchanged" : dryRun ? (existing ? "would update to" : "would create") : existing ? "updated" : "created";
  if (body.published) return { ok: true, line: `${file}: ${verb} revision ${body.revision}, ${dryRun && !body.unchanged ? "would publish" : "published"}` };
  const count = body.verification.problems.length;
  return {
    ok: false,
    line: `${file}: ${body.unchanged ? "unchanged draft" : dryRun ? `${verb} draft` : "saved draft"} revision ${body.revision}, not published (${count} problem${count === 1 ? "" : "s"})`,
    problems: body.verification.problems.map((problem) => ({ line: problem.line ?? 1, message: problem.message })),
  };
}
