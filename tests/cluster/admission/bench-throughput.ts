/**
 * Admission throughput on the corpus: documents per second of CPU time, YAML parsing included.
 * Run: npx tsx tests/cluster/admission/bench-throughput.ts [rounds]
 * CPU time (not wall time) so a busy machine does not distort the figure much.
 */
import { admit, readManifests } from "@/lib/cluster/admission";
import { ANY_NAMESPACE } from "./helpers/context";
import { corpusAvailable, CORPUS_DIR, loadCorpus } from "./helpers/corpus";

if (!corpusAvailable()) {
  console.error(`corpus not found at ${CORPUS_DIR}`);
  process.exit(2);
}
const sources = loadCorpus();
const rounds = Number(process.argv[2] ?? 20);

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function measure(label: string, run: () => number): void {
  for (let i = 0; i < 3; i++) run();
  const start = cpuMs();
  let documents = 0;
  for (let i = 0; i < rounds; i++) documents += run();
  const ms = cpuMs() - start;
  console.log(`${label}: ${Math.round((documents / ms) * 1000)} documents/s (${documents} documents in ${Math.round(ms)} ms CPU)`);
}

measure("read only", () => readManifests(sources).documents.length);
measure("read + admit", () => {
  const { documents } = readManifests(sources);
  for (const doc of documents) admit(doc, ANY_NAMESPACE);
  return documents.length;
});
