/// <reference lib="webworker" />
/**
 * Verifies a scenario off the UI thread, exactly as `kubedeck lint` does (the engine grades every
 * reference solution and known-wrong answer, which can take a second on a large scenario).
 */
import { verifyScenario } from "@/lib/scenarios/verify-scenario";

self.onmessage = (event: MessageEvent<{ seq: number; text: string }>) => {
  const { seq, text } = event.data;
  try {
    const findings = verifyScenario(text, "scenario.md");
    self.postMessage({ seq, problems: findings.map((finding) => ({ line: finding.line, message: finding.message })) });
  } catch (error) {
    self.postMessage({ seq, problems: [{ line: 1, message: `verification failed: ${(error as Error).message}` }] });
  }
};
