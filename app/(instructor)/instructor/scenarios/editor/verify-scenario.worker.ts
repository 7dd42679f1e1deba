/// <reference lib="webworker" />
/**
 * Verifies a scenario off the UI thread, exactly as `kubedeck lint` does (the engine grades every
 * reference solution and known-wrong answer, which can take a second on a large scenario).
 *
 * The verifier is imported dynamically so that a failure while loading it (a module that needs the
 * DOM, a chunk that does not load) is answered as a problem: an exception while a worker's static
 * imports evaluate reaches no handler on the page, and the editor would wait for an answer forever.
 */
type Problems = { line: number; message: string }[];

const verifier = import("@/lib/scenarios/verify-scenario");

async function verify(text: string): Promise<Problems> {
  let verifyScenario: Awaited<typeof verifier>["verifyScenario"];
  try {
    ({ verifyScenario } = await verifier);
  } catch (error) {
    return [{ line: 1, message: `verification could not start in this browser (${(error as Error).message}); publishing still verifies on the server` }];
  }
  try {
    return verifyScenario(text, "scenario.md").map((finding) => ({ line: finding.line, message: finding.message }));
  } catch (error) {
    return [{ line: 1, message: `verification failed: ${(error as Error).message}` }];
  }
}

self.onmessage = (event: MessageEvent<{ seq: number; text: string }>) => {
  const { seq, text } = event.data;
  void verify(text).then((problems) => self.postMessage({ seq, problems }));
};
