/** The command-task format: kind and time in front matter, sh sequences with edit steps, and file:line errors. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/scenarios";

const FILE = "tests/fixtures/scenarios/command-task.md";
const TEXT = readFileSync(FILE, "utf8");
const lineOf = (text: string, start: string, from = 0): number => text.split("\n").findIndex((l, i) => i >= from && l.startsWith(start)) + 1;

const issuesOf = (text: string): string[] => parseScenario(text, "t.md").issues.map((i) => `${i.file}:${i.line}: ${i.message}`);

describe("parsing a command task", () => {
  it("reads kind, time and each solution's commands with their lines, edit steps and file", () => {
    const { scenario, issues } = parseScenario(TEXT, FILE);
    expect(issues).toEqual([]);
    expect(scenario?.kind).toBe("commands");
    expect(scenario?.timeLimitSeconds).toBe(90);
    expect(scenario?.solutions.map((s) => ({ title: s.title, files: s.files, commands: s.commands }))).toEqual([
      {
        title: "expose, then fix with edit",
        files: [],
        commands: [
          { line: "kubectl expose deployment web \\\n  --port=8080", sourceLine: lineOf(TEXT, "kubectl expose deployment web \\") },
          { line: "kubectl edit svc web", sourceLine: lineOf(TEXT, "kubectl edit svc web"), editPatch: "-    targetPort: 8080\n+    targetPort: 80" },
          { line: "cat <<EOF > note.txt\nexposed: web\nEOF", sourceLine: lineOf(TEXT, "cat <<EOF > note.txt") },
          { line: "vi note.txt", sourceLine: lineOf(TEXT, "vi note.txt"), edited: null },
        ],
      },
      {
        title: "a file written in vi, then applied",
        files: [],
        commands: [
          { line: "vi svc.yaml", sourceLine: lineOf(TEXT, "vi svc.yaml"), edited: "apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 8080, targetPort: 80 }]" },
          { line: "kubectl apply -f svc.yaml", sourceLine: lineOf(TEXT, "kubectl apply -f svc.yaml") },
        ],
      },
    ]);
    expect(scenario?.wrongAnswers).toEqual([expect.objectContaining({
      title: "Only --port", fails: "answers", expect: "nothing listens on port 8080", files: [],
      commands: [{ line: "kubectl expose deployment web --port=8080", sourceLine: lineOf(TEXT, "kubectl expose deployment web --port=8080") }],
    })]);
  });

  it("keeps manifest scenarios as they were (kind manifests, no time, no commands) and lets them carry an sh solution", () => {
    const { scenario } = parseScenario(readFileSync("content/scenarios/internal-db.md", "utf8"), "content/scenarios/internal-db.md");
    expect(scenario?.kind).toBe("manifests");
    expect(scenario?.timeLimitSeconds).toBeUndefined();
    expect(scenario?.solutions.every((s) => s.commands === undefined)).toBe(true);
    const expose = parseScenario(readFileSync("content/scenarios/expose-web.md", "utf8"), "content/scenarios/expose-web.md").scenario;
    expect(expose?.kind).toBe("manifests");
    expect(expose?.solutions.map((s) => [s.title, s.files.length, s.commands?.length ?? 0])).toEqual([["Deployment, Service and Ingress", 1, 0], ["at the terminal", 0, 3]]);
  });

  it.each([
    ["an unknown kind", TEXT.replace("kind: commands", "kind: terminal"), `t.md:${lineOf(TEXT, "kind:")}: kind must be one of manifests, commands (default manifests), got "terminal"`],
    ["a bad time", TEXT.replace("time: 1m30s", "time: soon"), `t.md:${lineOf(TEXT, "time:")}: time must be a duration such as 6m, 90s or 1m30s (at most 2h), got "soon"`],
    ["a zero time", TEXT.replace("time: 1m30s", "time: 0s"), `t.md:${lineOf(TEXT, "time:")}: time must be a duration such as 6m, 90s or 1m30s (at most 2h), got "0s"`],
    ["a command task without a time", TEXT.replace("time: 1m30s\n", ""), `t.md:${lineOf(TEXT, "kind:")}: a command task needs a time limit: add time: 6m (exam-style) to the front matter`],
    ["an edited block after no editing command", TEXT.replace("kubectl edit svc web\n```", "kubectl get svc web\n```"),
      `t.md:${lineOf(TEXT, "```diff edited")}: this edited block does not follow an editing command: put it right after the \`\`\`sh block whose last command is \`kubectl edit …\` or \`vi FILE\``],
    ["an editing command with no edited block", TEXT.replace("```yaml edited=cancel\n```\n", ""),
      `t.md:${lineOf(TEXT, "vi note.txt")}: "vi note.txt" opens the editor: follow its sh block with a \`\`\`yaml edited block (the saved text), a \`\`\`diff edited block (the change) or \`\`\`yaml edited=cancel`],
    ["an editing command in the middle of a block", TEXT.replace("kubectl edit svc web\n```", "kubectl edit svc web\nkubectl get svc\n```"),
      `t.md:${lineOf(TEXT, "kubectl edit svc web")}: "kubectl edit svc web" opens the editor, so it must be the last command of its sh block, followed by a \`\`\`yaml edited block with the saved text`],
    ["two editors on one line", TEXT.replace("kubectl edit svc web\n```", "kubectl edit svc web; vi a.yaml\n```"),
      `t.md:${lineOf(TEXT, "kubectl edit svc web")}: "kubectl edit svc web; vi a.yaml" opens the editor 2 times: put each editing command on a line of its own`],
    ["an unterminated heredoc", TEXT.replace("exposed: web\nEOF\n", "exposed: web\n"), `t.md:${lineOf(TEXT, "cat <<EOF > note.txt")}: this command is not complete: its heredoc is never closed by a line "EOF"`],
    ["a wrong sequence without fails=", TEXT.replace('```sh fails=answers expect="nothing listens on port 8080"', "```sh"),
      `t.md:${lineOf(TEXT, "### Only --port")}: wrong answer "Only --port" does not say which check it fails: add fails=<check-id> to its yaml or sh fence (or a first line # fails: <check-id> in yaml)`],
  ])("reports %s at its line", (_name, text, expected) => {
    expect(issuesOf(text)).toEqual([expected]);
  });

  it("asks a command task for a reference command sequence", () => {
    const manifestOnly = TEXT.slice(0, TEXT.indexOf("## Solution: expose")) + "## Solution\n\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n```\n";
    expect(issuesOf(manifestOnly)).toEqual([`t.md:${lineOf(manifestOnly, "## Solution")}: a command task needs a reference command sequence: add a \`\`\`sh block to a Solution section`]);
  });

  it("recognises editing commands behind the alias, global flags and && but not other kubectl verbs", async () => {
    const { opensEditor } = await import("@/lib/scenarios/commands/editing-command");
    expect(["k edit deploy web", "kubectl -n dev edit svc/web", "kubectl get svc && kubectl edit svc web", "vim pod.yaml", "nano a", "kubectl edit svc web | cat"].map(opensEditor)).toEqual([true, true, true, true, true, true]);
    expect(["kubectl get edit", "kubectl create deploy edit --image=x", "vi", "echo kubectl edit"].map(opensEditor)).toEqual([false, false, false, false]);
  });
});
