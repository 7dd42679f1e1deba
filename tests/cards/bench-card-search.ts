/**
 * Server time of the card browser's search over 10,000 cards: `npm run bench:cards`
 * (`npx tsx --conditions=react-server tests/cards/bench-card-search.ts`).
 * Builds a throw-away database (10,000 cards in 10 decks, a learner with a state on 6,000 of them and
 * their own tag on 500) and prints p50/p99 of searchCards (count and first page) for every filter.
 */
import { migratedDatabase } from "../server/migrated-database";

const env = migratedDatabase("bench-card-search");
process.env.DATABASE_URL = env.url;
const { searchCards } = await import("@/lib/server/cards/search-cards");
const { cardSearchSchema } = await import("@/lib/validations/card-browser");
const { statement } = await import("@/lib/server/sqlite");

const now = new Date("2026-12-07T10:00:00Z");
const user = await env.db.user.create({ data: { email: "bench@example.com", name: "Bench" } });
const words = ["pod", "node", "service", "ingress", "volume", "secret", "deployment", "probe", "taint", "quota"];
const insertCard = statement(`INSERT INTO "Card" ("id","deckId","key","kind","front","back","topic","tags","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,?,?,?)`);
const insertState = statement(`INSERT INTO "CardState" ("id","userId","cardId","state","due","lapses","difficulty","suspended","leech","updatedAt") VALUES (?,?,?,?,?,?,?,?,?,?)`);
for (let d = 0; d < 10; d++) {
  const deck = await env.db.deck.create({ data: { slug: `bench-${d}`, title: `Deck ${d}`, origin: "builtin", visibility: "public" } });
  for (let i = 0; i < 1000; i++) {
    const n = d * 1000 + i;
    const id = `card-${n}`;
    const stamp = new Date(now.getTime() + (n % 97) * 3_600_000).toISOString().replace("Z", "+00:00");
    insertCard.run(id, deck.id, `k${n}`, n % 5 === 0 ? "qa" : "basic", `What does a ${words[n % 10]} number ${n} do?`, `It does thing ${n} for the ${words[(n * 7) % 10]}.`, JSON.stringify([`Topic ${n % 20}`]), JSON.stringify(n % 3 === 0 ? ["core"] : []), stamp, stamp);
    if (n % 10 < 6) insertState.run(`s-${n}`, user.id, id, n % 4 === 0 ? "learning" : "review", stamp, n % 7, (n % 10) + 0.5, n % 50 === 0 ? 1 : 0, n % 70 === 0 ? 1 : 0, stamp);
  }
}
const insertTag = statement(`INSERT INTO "CardUserTag" ("id","userId","cardId","tag") VALUES (?,?,?,?)`);
for (let n = 0; n < 10_000; n += 20) insertTag.run(`t-${n}`, user.id, `card-${n}`, "exam");
const oneDeck = await env.db.deck.findFirstOrThrow({ where: { slug: "bench-3" } });
const queries: Record<string, Record<string, string>> = {
  "everything, by due": {},
  "everything, by added desc": { sort: "added", order: "desc" },
  "everything, by lapses desc": { sort: "lapses", order: "desc" },
  "text 'ingress'": { q: "ingress" },
  "deck": { deck: oneDeck.id },
  "kind qa": { kind: "qa" },
  "topic 'Topic 1'": { topic: "Topic 1" },
  "topic 'Topic 13' (selective)": { topic: "Topic 13" },
  "tag core (deck's)": { tag: "core" },
  "tag exam (learner's own)": { tag: "exam" },
  "tag core, topic 'Topic 1'": { tag: "core", topic: "Topic 1" },
  "new": { state: "new" },
  "learning": { state: "learning" },
  "review": { state: "review" },
  "suspended": { state: "suspended" },
  "buried": { state: "buried" },
  "leech": { state: "leech" },
  "review, 3+ lapses, by difficulty": { state: "review", minLapses: "3", sort: "difficulty", order: "desc" },
  "due range": { dueFrom: "2026-12-08", dueTo: "2026-12-09" },
  "everything, 3+ lapses": { minLapses: "3" },
};
const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
for (const [name, query] of Object.entries(queries)) {
  const search = cardSearchSchema.parse(query);
  const times: number[] = [];
  let total = 0;
  for (let round = 0; round < 60; round++) {
    const start = performance.now();
    total = searchCards(user.id, search, now).total;
    times.push(performance.now() - start);
  }
  const sorted = times.slice(10).sort((a, b) => a - b);
  console.log(`${name.padEnd(36)} ${String(total).padStart(6)} match  p50 ${pct(sorted, 0.5).toFixed(1)} ms  p99 ${pct(sorted, 0.99).toFixed(1)} ms`);
}
await env.dispose();
