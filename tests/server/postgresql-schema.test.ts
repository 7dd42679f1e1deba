import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresConnection } from "@/lib/server/postgres-config";

const root = process.cwd();
const script = path.join(root, "scripts", "postgresql-schema.mjs");

function check(from: string, to: string) {
  return spawnSync(process.execPath, [script, "--check", "--from", from, "--to", to], { encoding: "utf8" });
}

describe("the PostgreSQL schema is generated from prisma/schema.prisma", () => {
  it("the committed copy is in step", () => {
    const result = check("prisma/schema.prisma", "prisma/postgresql/schema.prisma");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a model added to the SQLite schema alone is drift", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "kubedeck-pg-schema-"));
    const edited = path.join(scratch, "schema.prisma");
    writeFileSync(edited, `${readFileSync("prisma/schema.prisma", "utf8")}\nmodel Extra {\n  id String @id\n}\n`);
    const result = check(edited, "prisma/postgresql/schema.prisma");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("out of step");
  });

  it("writes the PostgreSQL provider and its own client folder, the models unchanged", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "kubedeck-pg-schema-"));
    const written = path.join(scratch, "postgresql.prisma");
    execFileSync(process.execPath, [script, "--from", "prisma/schema.prisma", "--to", written]);
    const text = readFileSync(written, "utf8");
    expect(text).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(text).toContain('output     = "../generated-postgresql"');
    const models = (schema: string) => schema.slice(schema.indexOf("model "));
    expect(models(text)).toBe(models(readFileSync("prisma/schema.prisma", "utf8")));
  });
});

describe("the PostgreSQL migration history", () => {
  const sqliteNames = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const covered = readdirSync("prisma/migrations-postgresql", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [...readFileSync(path.join("prisma/migrations-postgresql", entry.name, "migration.sql"), "utf8").matchAll(/^-- sqlite-migration: (\S+)$/gm)].map((match) => match[1]));

  it("has a PostgreSQL form of every SQLite migration (npm run db:migration writes both)", () => {
    expect(sqliteNames.filter((name) => !covered.includes(name))).toEqual([]);
  });

  it("names no SQLite migration that does not exist", () => {
    expect(covered.filter((name) => name === undefined || !sqliteNames.includes(name))).toEqual([]);
  });

  it("has the study-version triggers in plpgsql", () => {
    const sql = readFileSync("prisma/migrations-postgresql/20261207120000_init/migration.sql", "utf8");
    expect(sql).toMatch(/CREATE TRIGGER "CardState_study_version" AFTER INSERT OR UPDATE OR DELETE ON "CardState"/);
    expect(sql).toMatch(/CREATE TRIGGER "ReviewLog_study_version" AFTER INSERT OR UPDATE OR DELETE ON "ReviewLog"/);
  });
});

describe("postgresConnection", () => {
  it("passes the URL as separate fields", () => {
    expect(postgresConnection("postgresql://kd%40app:s%3Acret@db.internal:6543/kubedeck?connection_limit=4")).toEqual({
      host: "db.internal",
      port: 6543,
      database: "kubedeck",
      user: "kd@app",
      password: "s:cret",
      max: 4,
      allowExitOnIdle: true,
    });
  });

  it("reads a socket folder from ?host= and TLS from ?sslmode=", () => {
    const connection = postgresConnection("postgresql:///kubedeck?host=/tmp/pg&sslmode=require");
    expect(connection.host).toBe("/tmp/pg");
    expect(connection.port).toBe(5432);
    expect(connection.ssl).toEqual({ rejectUnauthorized: false });
  });

  it("keeps pools small unless the URL asks for more (6 pods x 2 pools x 5 stays under max_connections 100)", () => {
    expect(postgresConnection("postgresql://u:p@localhost:5432/kubedeck").max).toBe(5);
    expect(postgresConnection("postgresql://u:p@localhost:5432/kubedeck?connection_limit=zero").max).toBe(5);
  });

  it("says how to write a URL without a database", () => {
    expect(() => postgresConnection("postgresql://u:p@localhost:5432/")).toThrow(/names no database/);
  });
});
