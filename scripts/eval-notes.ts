/**
 * `npm run eval:notes [-- --set heldout|tuning|seeds] [--verbose]`: recall and precision of the notes
 * parser per file and overall against hand-judged cards (matching rule in
 * tests/notes/eval/score-notes.ts). `--verbose` lists the missed and the unexpected cards.
 */
import { scoreSet, totals, type FileScore } from "../tests/notes/eval/score-notes";

const args = process.argv.slice(2);
const at = args.indexOf("--set");
const sets = at >= 0 && args[at + 1] ? [args[at + 1] ?? ""] : ["tuning", "heldout"];
const verbose = args.includes("--verbose");
const ratio = (a: number, b: number): string => (b === 0 ? "  -  " : (a / b).toFixed(2));

for (const set of sets) {
  const scores: FileScore[] = scoreSet(set);
  console.log(`\n${set}: file, recall, precision (found/expected, found/produced), kinds agreeing`);
  for (const score of scores) {
    console.log(`  ${score.file.padEnd(42)} R ${ratio(score.found, score.expected)}  P ${ratio(score.found, score.produced)}  (${score.found}/${score.expected}, ${score.found}/${score.produced})  kinds ${score.kindsAgree}/${score.found}`);
    if (verbose) {
      for (const front of score.missed) console.log(`      missed: ${front}`);
      for (const card of score.extra) console.log(`      extra:  ${card}`);
    }
  }
  const total = totals(scores);
  console.log(`  ${set} overall: recall ${total.recall.toFixed(3)}, precision ${total.precision.toFixed(3)} (${total.found} of ${total.expected} expected, ${total.found} of ${total.produced} produced)`);
}
