"use client";

import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter, type Diagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useMemo } from "react";
import { diagnoseManifests } from "@/lib/editor/manifest-diagnostics";

function toDiagnostics(view: EditorView, extraNamespaces: readonly string[]): Diagnostic[] {
  const doc = view.state.doc;
  return diagnoseManifests(doc.toString(), "answer.yaml", extraNamespaces).map((finding) => {
    const line = doc.line(Math.min(finding.line, doc.lines));
    const from = Math.min(line.from + finding.column - 1, line.to);
    return { from, to: Math.max(from, line.to), severity: finding.severity, message: finding.message };
  });
}

interface ManifestEditorProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  extraNamespaces?: readonly string[];
}

/** A YAML editor that shows the API server's errors inline while the learner types. */
export function ManifestEditor({ value, onChange, label, extraNamespaces = [] }: ManifestEditorProps) {
  const extensions = useMemo(
    () => [yaml(), lintGutter(), linter((view) => toDiagnostics(view, extraNamespaces), { delay: 300 })],
    [extraNamespaces],
  );
  return (
    <div className="overflow-hidden rounded border border-slate-300 text-sm dark:border-slate-700">
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        minHeight="20rem"
        basicSetup={{ lineNumbers: true, foldGutter: true, highlightActiveLine: true }}
        aria-label={label}
      />
    </div>
  );
}
