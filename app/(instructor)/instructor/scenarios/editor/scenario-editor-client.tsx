"use client";

import { markdown } from "@codemirror/lang-markdown";
import CodeMirror from "@uiw/react-codemirror";
import { useDeferredValue, useMemo, useState } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import { ClassSharePicker, type ShareableClass } from "@/app/_components/class-share-picker";
import { Markdown } from "@/app/_components/markdown";
import { parseScenario } from "@/lib/scenarios";
import { useScenarioVerification } from "./use-scenario-verification";

interface SaveAnswer {
  id: string;
  revision: number;
  published: boolean;
  unchanged: boolean;
  verification: { passed: boolean; problems: { line?: number; message: string }[] };
  error?: { message: string; line?: number };
}

interface ScenarioEditorProps {
  initialMarkdown: string;
  existingId: string | null;
  /** Who sees it once published: everyone, or the classes in `sharedWith`. */
  visibility: "public" | "classes";
  sharedWith: string[];
  /** The classes the instructor teaches (the choices for "Shared with classes"). */
  teaching: ShareableClass[];
}

/** The scenario format in CodeMirror, the parsed task, cluster, checks and hints, and live verification. */
export function ScenarioEditorClient({ initialMarkdown, existingId, visibility: initialVisibility, sharedWith, teaching }: ScenarioEditorProps) {
  const [text, setText] = useState(initialMarkdown);
  const [visibility, setVisibility] = useState(initialVisibility);
  const [classIds, setClassIds] = useState(sharedWith);
  const [savedId, setSavedId] = useState(existingId);
  const [result, setResult] = useState<{ ok: boolean; text: string; problems: { line?: number; message: string }[] } | null>(null);
  const deferred = useDeferredValue(text);
  const parsed = useMemo(() => parseScenario(deferred, "scenario.md"), [deferred]);
  const verification = useScenarioVerification(deferred);
  const extensions = useMemo(() => [markdown()], []);

  async function save(publish: boolean) {
    const response = await fetch(savedId ? `/api/v1/scenarios/${savedId}` : "/api/v1/scenarios", {
      method: savedId ? "PUT" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ markdown: text, publish, visibility, ...(visibility === "classes" ? { classIds } : {}) }),
    });
    const body = (await response.json().catch(() => ({}))) as SaveAnswer;
    if (!response.ok || body.error) return setResult({ ok: false, text: body.error ? `${body.error.line ? `Line ${body.error.line}: ` : ""}${body.error.message}` : `The server answered ${response.status}.`, problems: [] });
    setSavedId(body.id);
    const audience = visibility === "classes" ? "the chosen classes' learners see" : "learners see";
    if (body.published) return setResult({ ok: true, text: `Published revision ${body.revision}: ${audience} “${body.id}” in the scenario list.`, problems: [] });
    const why = publish ? "Not published: it does not verify. Saved as a draft" : "Saved as a draft";
    setResult({ ok: !publish, text: `${why} (revision ${body.revision}).`, problems: body.verification.problems });
  }

  const scenario = parsed.scenario;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={secondaryButton} onClick={() => save(false)}>Save draft</button>
        <button type="button" className={primaryButton} onClick={() => save(true)}>Publish</button>
        <span className="text-sm" data-testid="verification-status">
          {verification.running || !verification.problems ? "Verifying…" : verification.problems.length === 0 ? "Verified: every reference solution passes and every wrong answer fails its check." : `${verification.problems.length} problem${verification.problems.length === 1 ? "" : "s"}: it cannot be published yet.`}
        </span>
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <label className="text-sm font-medium">
          Visibility{" "}
          <select value={visibility} onChange={(event) => setVisibility(event.target.value === "classes" ? "classes" : "public")} className="ml-1 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900">
            <option value="public">Every learner</option>
            <option value="classes">Shared with chosen classes</option>
          </select>
        </label>
        {visibility === "classes" && <ClassSharePicker classes={teaching} chosen={classIds} onChange={setClassIds} />}
      </div>
      {result && (
        <div role={result.ok ? "status" : "alert"} className={`rounded p-2 text-sm ${result.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
          <p>{result.text}</p>
          {result.problems.map((problem) => <p key={`${problem.line}:${problem.message}`}>Line {problem.line ?? 1}: {problem.message}</p>)}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <div className="overflow-hidden rounded border border-slate-300 text-sm dark:border-slate-700">
            <CodeMirror value={text} onChange={setText} extensions={extensions} minHeight="28rem" aria-label="Scenario Markdown" />
          </div>
          <ul aria-label="Scenario problems" className="space-y-1 text-sm text-red-700 dark:text-red-400">
            {[...parsed.issues.map((issue) => ({ line: issue.line, message: issue.message })), ...(parsed.issues.length === 0 ? (verification.problems ?? []) : [])].map((problem) => (
              <li key={`${problem.line}:${problem.message}`}>Line {problem.line}: {problem.message}</li>
            ))}
          </ul>
        </div>
        {scenario ? (
          <div className="space-y-3 text-sm" aria-label="Scenario preview">
            <h2 className="text-lg font-medium">{scenario.title} <span className="text-xs text-slate-500">({scenario.id} · {scenario.difficulty})</span></h2>
            <Markdown text={scenario.task} />
            <p>Starting cluster: {scenario.cluster.nodes.length} nodes, {scenario.cluster.given.length} block(s) of given objects.</p>
            <h3 className="font-medium">Checks</h3>
            <ul className="list-disc pl-5">{scenario.checks.map((check) => <li key={check.id}>{check.title} <span className="text-slate-500">({check.type}, line {check.line})</span></li>)}</ul>
            <h3 className="font-medium">Hints</h3>
            <ol className="list-decimal pl-5">{scenario.hints.map((hint) => <li key={hint}><Markdown text={hint} /></li>)}</ol>
            <p>{scenario.solutions.length} reference solution(s), {scenario.wrongAnswers.length} known-wrong answer(s).</p>
          </div>
        ) : (
          <p className="text-sm">The scenario does not parse yet: see the problems on the left.</p>
        )}
      </div>
    </div>
  );
}
