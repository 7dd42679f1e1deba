/** What a graded attempt got wrong, in the small form class analytics read. */
import type { GradeResult } from "../scenarios/types";
import type { FailedCheck } from "./types";

/** The check id admission errors are counted under: the API server rejected the manifests. */
export const ADMISSION_CHECK = "admission";

/**
 * The failed checks of a grade, each with the grader's explanation. When the manifests were rejected
 * before any check ran, the first rejection stands for them under ADMISSION_CHECK.
 */
export function failedChecksOf(result: Pick<GradeResult, "checks" | "errors">): FailedCheck[] {
  const failed = result.checks.filter((check) => !check.passed).map((check) => ({ id: check.id, title: check.title, message: check.message }));
  const firstError = result.errors[0];
  if (firstError) failed.unshift({ id: ADMISSION_CHECK, title: "Manifests accepted by the API server", message: firstError.message });
  return failed;
}

function isFailedCheck(value: unknown): value is FailedCheck {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === "string" && typeof record.title === "string" && typeof record.message === "string";
}

/** Reads a stored failed-checks column (JSON); anything malformed reads as no failed checks. */
export function parseFailedChecks(json: string): FailedCheck[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isFailedCheck) : [];
  } catch {
    return [];
  }
}

/** An attempt's failed checks from its stored columns: the summary when present, else the full result (older rows). */
export function storedFailedChecks(summary: string | null, resultJson: string | null): FailedCheck[] {
  if (summary !== null) return parseFailedChecks(summary);
  if (resultJson === null) return [];
  try {
    const result = JSON.parse(resultJson) as Partial<GradeResult>;
    return failedChecksOf({ checks: Array.isArray(result.checks) ? result.checks : [], errors: Array.isArray(result.errors) ? result.errors : [] });
  } catch {
    return [];
  }
}
