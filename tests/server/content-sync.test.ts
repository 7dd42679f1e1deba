import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncBuiltInContent } from "@/lib/server/content-sync";
import { migratedDatabase } from "./migrated-database";

const deck = (podBack: string, extra = "") => `---
title: Basics
description: A test deck.
---
# Basics

- **Pod** — ${podBack}
- **Node** — A machine that runs Pods.
${extra}`;

let env: ReturnType<typeof migratedDatabase>;
let root: string;
const file = () => path.join(root, "content", "decks", "01-basics.md");
const now = (minute: number) => new Date(Date.UTC(2026, 10, 21, 12, minute));

beforeAll(() => {
  env = migratedDatabase("content-sync");
  root = path.join(env.folder, "repo");
  mkdirSync(path.join(root, "content", "decks"), { recursive: true });
});

afterAll(async () => env.dispose());

async function cards() {
  return env.db.card.findMany({ where: { deck: { slug: "builtin-01-basics" } }, orderBy: { position: "asc" } });
}

describe("syncBuiltInContent", () => {
  it("loads a deck, then keeps card ids and learners' progress through edits, additions and removals", async () => {
    writeFileSync(file(), deck("The smallest deployable unit."));
    const first = await syncBuiltInContent(env.db, root, now(0));
    expect(first.changed).toEqual(["content/decks/01-basics.md"]);
    const loaded = await cards();
    const pod = loaded.find((card) => card.front === "Pod");
    expect(pod?.back).toBe("The smallest deployable unit.");

    const user = await env.db.user.create({ data: { email: "l@example.com", name: "L" } });
    await env.db.cardState.create({ data: { userId: user.id, cardId: pod?.id ?? "", state: "review", due: now(30), reps: 3, stability: 12 } });

    const unchanged = await syncBuiltInContent(env.db, root, now(1));
    expect(unchanged.changed).toEqual([]);

    writeFileSync(file(), deck("One or more containers that share a network namespace.", "- **Service** — A stable address for a set of Pods.\n"));
    const edited = await syncBuiltInContent(env.db, root, now(2));
    expect(edited.cards).toMatchObject({ added: expect.any(Number), updated: expect.any(Number) });
    const afterEdit = await cards();
    const podAfter = afterEdit.find((card) => card.front === "Pod");
    expect(podAfter?.id).toBe(pod?.id);
    expect(podAfter?.back).toBe("One or more containers that share a network namespace.");
    expect(afterEdit.some((card) => card.front === "Service" && card.retiredAt === null)).toBe(true);
    const state = await env.db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state).toMatchObject({ cardId: pod?.id, reps: 3, stability: 12 });

    writeFileSync(file(), `---\ntitle: Basics\n---\n# Basics\n\n- **Node** — A machine that runs Pods.\n`);
    await syncBuiltInContent(env.db, root, now(3));
    const afterRemoval = await cards();
    expect(afterRemoval.find((card) => card.id === pod?.id)?.retiredAt).toEqual(now(3));
    expect(await env.db.cardState.count({ where: { cardId: pod?.id } })).toBe(1);

    writeFileSync(file(), deck("One or more containers that share a network namespace."));
    const restored = await syncBuiltInContent(env.db, root, now(4));
    expect(restored.cards.restored).toBeGreaterThanOrEqual(1);
    expect((await cards()).find((card) => card.id === pod?.id)?.retiredAt).toBeNull();
  });

  it("retires a deck whose file is gone, keeping its cards and history", async () => {
    rmSync(file());
    const report = await syncBuiltInContent(env.db, root, now(5));
    expect(report.retired).toEqual(["builtin-01-basics"]);
    const retired = await env.db.deck.findUniqueOrThrow({ where: { slug: "builtin-01-basics" } });
    expect(retired.retiredAt).toEqual(now(5));
    expect((await cards()).every((card) => card.retiredAt !== null)).toBe(true);
    expect(await env.db.cardState.count()).toBe(1);
  });
});
