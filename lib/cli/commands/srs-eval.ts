import { readFile } from "node:fs/promises";
import path from "node:path";
import { EXIT_USAGE, type CliCommand, type CliIo } from "../command";
import { evaluateReviewLog, type ReviewLogEvaluation } from "../../srs/fit";
import type { ModelScore } from "../../srs/metrics";
import { ReviewLogCsvError, parseReviewLogCsv, type CsvReview } from "../../srs/review-log-csv";
import { isValidTimeZone } from "../../srs/study-day";

const USAGE = `Usage: npx kubedeck srs-eval FILE.csv [--json] [--timezone ZONE] [--day-start HOUR]

Evaluates FSRS-6 on a review log (columns card_id,review_rating,review_time,review_duration):
with default parameters, with parameters fitted on the log, and the constant "average recall"
baseline. All three are scored out of sample with a 5-fold time-series split (srs-benchmark:
train on the past, score the next chunk; only reviews a day or more after the card's previous
review are scored). RMSE(bins) groups reviews by interval, review count and lapses (srs-benchmark).

Options:
  --json            print one JSON object: reviews, cards, baseline, default, fitted, parameters
  --timezone ZONE   IANA zone the study days are counted in (default UTC)
  --day-start HOUR  hour the study day starts (default 4)

Exit codes: 0 ok, 1 unreadable or invalid file, 2 usage error.`;

interface Options {
  readonly file: string;
  readonly json: boolean;
  readonly timeZone: string;
  readonly dayStartHour: number;
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  let json = false;
  let timeZone = "UTC";
  let dayStartHour = 4;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--timezone") {
      timeZone = args[++i] ?? "";
      if (!isValidTimeZone(timeZone)) return `--timezone needs an IANA time zone such as Europe/Berlin, got "${timeZone}"`;
    } else if (arg === "--day-start") {
      dayStartHour = Number(args[++i]);
      if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) return "--day-start needs an hour 0-23";
    } else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `one FILE.csv expected, got also "${arg}"`;
  }
  return file === undefined ? "missing FILE.csv" : { file, json, timeZone, dayStartHour };
}

const fixed = (value: number) => value.toFixed(4);

function table(name: string, result: ReviewLogEvaluation): string {
  const row = (label: string, score: ModelScore) => `  ${label.padEnd(30)} ${fixed(score.logLoss).padStart(9)} ${fixed(score.rmseBins).padStart(11)}`;
  return [
    `${name}: ${result.reviews} reviews of ${result.cards} cards; ${result.scoredReviews} reviews scored out of sample (${result.folds}-fold time-series split)`,
    "",
    `  ${"model".padEnd(30)} ${"log loss".padStart(9)} ${"RMSE(bins)".padStart(11)}`,
    row("average recall (baseline)", result.baseline),
    row("FSRS-6, default parameters", result.current),
    row("FSRS-6, fitted parameters", result.fitted),
    "",
    `Parameters fitted on the whole log: ${result.parameters.map((p) => p.toFixed(4)).join(", ")}`,
    `(@open-spaced-repetition/binding's evaluateWithTimeSeriesSplits, non-chronological folds: log loss ${fixed(result.library.logLoss)}, RMSE(bins) ${fixed(result.library.rmseBins)})`,
    "",
  ].join("\n");
}

async function readReviews(file: string, io: CliIo): Promise<CsvReview[] | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    io.stderr(`srs-eval: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code || String(error)}\n`);
    return null;
  }
  try {
    return parseReviewLogCsv(text);
  } catch (error) {
    if (error instanceof ReviewLogCsvError) {
      io.stderr(`${file}:${error.line}: ${error.problem}\n`);
      return null;
    }
    throw error;
  }
}

export const command: CliCommand = {
  name: "srs-eval",
  summary: "Score FSRS-6 (default and fitted) against a baseline on a review-log CSV.",
  usage: USAGE,
  run: async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === "string") {
      io.stderr(`srs-eval: ${options}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const file = path.resolve(io.cwd, options.file);
    const reviews = await readReviews(file, io);
    if (!reviews) return 1;
    let result: ReviewLogEvaluation;
    try {
      result = await evaluateReviewLog(reviews, { timeZone: options.timeZone, dayStartHour: options.dayStartHour });
    } catch (error) {
      io.stderr(`srs-eval: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    if (options.json) {
      const { reviews: count, cards, baseline, current, fitted, parameters, scoredReviews, folds, library } = result;
      const output = { reviews: count, cards, baseline, default: current, fitted, parameters, scoredReviews, folds, libraryTimeSeriesSplits: library };
      io.stdout(`${JSON.stringify(output)}\n`);
    } else {
      io.stdout(table(options.file, result));
    }
    return 0;
  },
};
