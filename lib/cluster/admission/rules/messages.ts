/** The API server's error phrasings (k8s.io/apimachinery field.Error), each with an optional how-to-fix. */
import { showValue } from "../schema/schema-errors";
import type { RuleFinding } from "./rule";

function withFix(text: string, fix?: string): string {
  return fix ? `${text}. ${fix}` : text;
}

export function required(path: string, detail?: string, fix?: string): RuleFinding {
  return { path, message: withFix(`${path}: Required value${detail ? `: ${detail}` : ""}`, fix) };
}

export function invalid(path: string, value: unknown, detail: string, fix?: string): RuleFinding {
  return { path, message: withFix(`${path}: Invalid value: ${showValue(value)}: ${detail}`, fix) };
}

export function unsupported(path: string, value: unknown, allowed: readonly string[], fix?: string): RuleFinding {
  const values = allowed.map((v) => JSON.stringify(v)).join(", ");
  return { path, message: withFix(`${path}: Unsupported value: ${showValue(value)}: supported values: ${values}`, fix) };
}

export function duplicate(path: string, value: unknown, fix?: string): RuleFinding {
  return { path, message: withFix(`${path}: Duplicate value: ${showValue(value)}`, fix) };
}

export function notFound(path: string, value: unknown, fix?: string): RuleFinding {
  return { path, message: withFix(`${path}: Not found: ${showValue(value)}`, fix) };
}

export function forbidden(path: string, detail: string, fix?: string): RuleFinding {
  return { path, message: withFix(`${path}: Forbidden: ${detail}`, fix) };
}
