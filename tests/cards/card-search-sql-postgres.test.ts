import { describe, expect, it } from "vitest";
import { buildCardSearchSql, buildCardSearchSqlPostgres } from "@/lib/cards/card-search-sql";
import { cardSearchSchema } from "@/lib/validations/card-browser";

const now = new Date("2026-12-07T10:00:00.000Z");

describe("the card search in PostgreSQL form", () => {
  const search = cardSearchSchema.parse({ q: "Service", topic: "pods", tag: "networking", state: "buried", dueFrom: "2026-12-01", dueTo: "2026-12-31", minLapses: 2 });
  const sqlite = buildCardSearchSql(search, "u1", now);
  const postgres = buildCardSearchSqlPostgres(search, "u1", now);

  it("numbers one $n per SQLite ? in order, and keeps the parameters in that order", () => {
    const placeholders = [...`${postgres.from} ${postgres.where}`.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
    expect(placeholders).toEqual(Array.from({ length: sqlite.params.length }, (_, i) => i + 1));
    expect(`${postgres.from} ${postgres.where}`).not.toContain("?");
    expect(postgres.params).toHaveLength(sqlite.params.length);
  });

  it("matches text case-insensitively as SQLite's LIKE does, and reads the JSON arrays through jsonb", () => {
    const at = (value: unknown) => `$${sqlite.params.indexOf(value) + 1}`;
    const lastAt = (value: unknown) => `$${sqlite.params.lastIndexOf(value) + 1}`;
    expect(postgres.where).toContain(`c."front" ILIKE ${at("%Service%")} ESCAPE '\\'`);
    expect(postgres.where).toContain(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(c."topic"::jsonb) AS item(value) WHERE item.value ILIKE ${lastAt("%pods%")} ESCAPE '\\')`);
    expect(postgres.where).toContain(`jsonb_array_elements_text(c."tags"::jsonb) AS item(value) WHERE item.value = ${at("networking")}`);
    expect(postgres.where).toContain(`strpos(c."tags", ${at('"networking"')}) > 0`);
    expect(postgres.where).not.toMatch(/json_each|[^I]LIKE|instr\(/);
  });

  it("passes dates as UTC timestamps without an offset (the columns are timestamp(3))", () => {
    expect(postgres.params.slice(-4)).toEqual(["2026-12-07T10:00:00.000", "2026-12-01T00:00:00.000", "2027-01-01T00:00:00.000", 2]);
    expect(sqlite.params.slice(-4)).toEqual(["2026-12-07T10:00:00.000+00:00", "2026-12-01T00:00:00.000+00:00", "2027-01-01T00:00:00.000+00:00", 2]);
  });

  it("tests booleans as booleans", () => {
    const suspended = buildCardSearchSqlPostgres(cardSearchSchema.parse({ state: "suspended" }), "u1", now);
    expect(suspended.where).toContain(`s."suspended"`);
    expect(suspended.where).not.toContain(`s."suspended" = 1`);
    expect(buildCardSearchSqlPostgres(cardSearchSchema.parse({ state: "leech" }), "u1", now).where).not.toContain("= 1");
  });
});
