/**
 * /api/v1 × role × token scope: every route answers a read token, a write token, a cookie session
 * and no credentials as documented; another user's private deck is a 404; errors have the v1 shape.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokenFor, signedInAs } from "./helpers/accounts";
import { bearer } from "./helpers/bearer";
import type { HttpSession } from "./helpers/http-session";

const deckMarkdown = (id: string, extra = "") => `---
id: ${id}
title: Deck ${id}
---
# Pods

- **Pod** — the smallest deployable unit
- **Node** — a machine that runs pods
${extra}`;

interface SaveBody {
  id: string;
  slug: string;
  revision: number;
  added: number;
  changed: number;
  retired: number;
  kept: number;
  issues: { line: number; message: string }[];
}
interface V1Error {
  error: { message: string; field?: string; line?: number };
}

let owner: { session: HttpSession; email: string };
let readToken: string;
let writeToken: string;
let strangerToken: string;
let counter = 0;

async function newDeck(token = writeToken): Promise<SaveBody> {
  counter += 1;
  const response = await bearer(token, "POST", "/api/v1/decks", { markdown: deckMarkdown(`deck-${counter}-${Date.now()}`) });
  expect(response.status).toBe(201);
  return (await response.json()) as SaveBody;
}

async function builtInDeckId(): Promise<string> {
  const { decks } = (await (await bearer(readToken, "GET", "/api/v1/decks")).json()) as { decks: { id: string; origin: string }[] };
  const builtIn = decks.find((deck) => deck.origin === "builtin");
  if (!builtIn) throw new Error("no built-in deck");
  return builtIn.id;
}

beforeAll(async () => {
  owner = await signedInAs("learner");
  readToken = await apiTokenFor(owner.email, "read");
  writeToken = await apiTokenFor(owner.email, "write");
  strangerToken = await apiTokenFor((await signedInAs("learner")).email, "write");
});

type Route = { name: string; method: string; path: (deckId: string) => string; scope: "read" | "write"; body?: () => unknown; ok: number };

const ROUTES: Route[] = [
  { name: "list decks", method: "GET", path: () => "/api/v1/decks", scope: "read", ok: 200 },
  { name: "create deck", method: "POST", path: () => "/api/v1/decks", scope: "write", body: () => ({ markdown: deckMarkdown(`made-${++counter}-${Date.now()}`) }), ok: 201 },
  { name: "get deck", method: "GET", path: (id) => `/api/v1/decks/${id}`, scope: "read", ok: 200 },
  { name: "update deck", method: "PUT", path: (id) => `/api/v1/decks/${id}`, scope: "write", body: () => ({ markdown: deckMarkdown(`upd-${++counter}`, "- **Service** — a stable address\n") }), ok: 200 },
  { name: "rename deck", method: "PATCH", path: (id) => `/api/v1/decks/${id}`, scope: "write", body: () => ({ title: "Renamed" }), ok: 200 },
  { name: "delete deck", method: "DELETE", path: (id) => `/api/v1/decks/${id}`, scope: "write", ok: 204 },
  { name: "list revisions", method: "GET", path: (id) => `/api/v1/decks/${id}/revisions`, scope: "read", ok: 200 },
  { name: "get revision", method: "GET", path: (id) => `/api/v1/decks/${id}/revisions/1`, scope: "read", ok: 200 },
  { name: "diff revisions", method: "GET", path: (id) => `/api/v1/decks/${id}/diff?from=1&to=1`, scope: "read", ok: 200 },
  { name: "restore revision", method: "POST", path: (id) => `/api/v1/decks/${id}/restore`, scope: "write", body: () => ({ revision: 1 }), ok: 200 },
  { name: "copy deck", method: "POST", path: (id) => `/api/v1/decks/${id}/copy`, scope: "write", ok: 201 },
  { name: "delete impact", method: "GET", path: (id) => `/api/v1/decks/${id}/impact`, scope: "read", ok: 200 },
  { name: "OpenAPI document", method: "GET", path: () => "/api/v1/openapi.json", scope: "read", ok: 200 },
];

describe.each(ROUTES)("$method $name", (route) => {
  it("answers 401 in the v1 error shape without credentials, and for an unknown, revoked or expired token", async () => {
    const { id } = await newDeck();
    const revoked = await apiTokenFor(owner.email, "write", { revoked: true });
    const expired = await apiTokenFor(owner.email, "write", { days: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    for (const token of [null, "kd_not-a-real-token", revoked, expired]) {
      const response = await bearer(token, route.method, route.path(id), route.body?.());
      expect(response.status, `token ${token}`).toBe(401);
      const body = (await response.json()) as V1Error;
      expect(typeof body.error.message).toBe("string");
    }
  });

  it(`answers a write token with ${route.ok}; a read token with ${route.scope === "read" ? route.ok : 403}`, async () => {
    const { id } = await newDeck();
    const write = await bearer(writeToken, route.method, route.path(id), route.body?.());
    expect(write.status).toBe(route.ok);
    const other = await newDeck();
    const read = await bearer(readToken, route.method, route.path(other.id), route.body?.());
    if (route.scope === "read") expect(read.status).toBe(route.ok);
    else {
      expect(read.status).toBe(403);
      expect(((await read.json()) as V1Error).error.message).toMatch(/read scope; this request writes/);
    }
  });

  it("works with the cookie session too", async () => {
    const { id } = await newDeck();
    const response = await owner.session.request(route.path(id), {
      method: route.method,
      headers: route.body ? { "content-type": "application/json" } : {},
      body: route.body ? JSON.stringify(route.body()) : undefined,
    });
    expect(response.status).toBe(route.ok);
  });

  if (route.path("x").includes("x")) {
    it("answers 404 for another user's private deck", async () => {
      const { id } = await newDeck();
      const response = await bearer(strangerToken, route.method, route.path(id), route.body?.());
      expect(response.status).toBe(404);
      expect(((await response.json()) as V1Error).error.message).toMatch(/No deck with id/);
    });
  }
});

describe("/api/v1/decks contract", () => {
  it("POST answers the save fields; GET lists and reads the deck; PUT reports added/changed/retired/kept", async () => {
    const slug = `contract-${Date.now()}`;
    const created = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: deckMarkdown(slug) });
    expect(created.status).toBe(201);
    const body = (await created.json()) as SaveBody;
    expect(body).toMatchObject({ slug, title: `Deck ${slug}`, revision: 1, added: 2, changed: 0, retired: 0, kept: 0, issues: [] });

    const list = (await (await bearer(readToken, "GET", "/api/v1/decks")).json()) as { decks: Record<string, unknown>[] };
    expect(list.decks.find((deck) => deck.id === body.id)).toEqual(expect.objectContaining({ slug, title: `Deck ${slug}`, origin: "authored", visibility: "private", cards: 2, revision: 1 }));

    const edited = deckMarkdown(slug).replace("a machine that runs pods", "a worker").replace("- **Pod** — the smallest deployable unit\n", "- **Service** — a stable address\n");
    const put = await bearer(writeToken, "PUT", `/api/v1/decks/${body.id}`, { markdown: edited, baseRevision: 1 });
    expect(await put.json()).toMatchObject({ id: body.id, revision: 2, added: 1, changed: 1, retired: 1, kept: 0 });

    const deck = (await (await bearer(readToken, "GET", `/api/v1/decks/${body.id}`)).json()) as { markdown: string; revision: number; cards: { kind: string; front: string; back: string; sourceLine: number }[] };
    expect(deck.revision).toBe(2);
    expect(deck.markdown).toBe(edited);
    expect(deck.cards.map(({ kind, front, back, sourceLine }) => ({ kind, front, back, sourceLine }))).toEqual([
      { kind: "basic", front: "Service", back: "a stable address", sourceLine: 7 },
      { kind: "basic", front: "Node", back: "a worker", sourceLine: 8 },
    ]);
  });

  it("answers 409 for a stale baseRevision naming the current one, and for a slug the caller already uses", async () => {
    const { id, slug } = await newDeck();
    await bearer(writeToken, "PUT", `/api/v1/decks/${id}`, { markdown: deckMarkdown(slug, "- **Service** — x\n") });
    const stale = await bearer(writeToken, "PUT", `/api/v1/decks/${id}`, { markdown: deckMarkdown(slug), baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as V1Error).error).toMatchObject({ field: "baseRevision", message: expect.stringMatching(/Revision 2 of .* is current/) });
    const taken = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: deckMarkdown(slug) });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as V1Error).error.message).toContain(`deck ${id}`);
    const otherUser = await bearer(strangerToken, "POST", "/api/v1/decks", { markdown: deckMarkdown(slug) });
    expect(otherUser.status).toBe(201);
  });

  it("answers 422 with the field and the Markdown line, and 413 for a body over the limit", async () => {
    const noCards = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: "---\ntitle: Nothing\n---\njust words" });
    expect(noCards.status).toBe(422);
    expect(((await noCards.json()) as V1Error).error).toMatchObject({ field: "markdown", line: 1, message: expect.stringMatching(/makes no cards/) });
    const badId = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: "---\ntitle: T\nid: Bad Id\n---\n- **A** — b\n" });
    expect(((await badId.json()) as V1Error).error).toMatchObject({ field: "markdown", line: 3 });
    const missing = await bearer(writeToken, "POST", "/api/v1/decks", { visibility: "private" });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as V1Error).error.field).toBe("markdown");
    const huge = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: "x".repeat(500_000) });
    expect(huge.status).toBe(413);
  });

  it("lets only instructors publish: a learner's public deck is a 403, an instructor's is listed for everyone with its author", async () => {
    const learnerPublic = await bearer(writeToken, "POST", "/api/v1/decks", { markdown: deckMarkdown(`pub-${Date.now()}`), visibility: "public" });
    expect(learnerPublic.status).toBe(403);
    const instructor = await signedInAs("instructor");
    const token = await apiTokenFor(instructor.email, "write");
    const made = (await (await bearer(token, "POST", "/api/v1/decks", { markdown: deckMarkdown(`pub-${Date.now()}`), visibility: "public" })).json()) as SaveBody;
    const seen = (await (await bearer(readToken, "GET", "/api/v1/decks")).json()) as { decks: { id: string; owned: boolean; author: string | null }[] };
    expect(seen.decks.find((deck) => deck.id === made.id)).toMatchObject({ owned: false, author: "Test instructor" });
    expect((await bearer(writeToken, "PUT", `/api/v1/decks/${made.id}`, { markdown: deckMarkdown("mine") })).status).toBe(403);
  });

  it("refuses changes to a built-in deck (403) but copies it with new card ids", async () => {
    const id = await builtInDeckId();
    expect((await bearer(writeToken, "DELETE", `/api/v1/decks/${id}`)).status).toBe(403);
    const copy = await bearer(writeToken, "POST", `/api/v1/decks/${id}/copy`);
    expect(copy.status).toBe(201);
    const copied = (await copy.json()) as SaveBody;
    expect(copied.slug).toMatch(/-copy(-\d+)?$/);
    expect(copied.added).toBeGreaterThan(0);
  });

  it("accepts bearer tokens only on /api/v1", async () => {
    expect((await bearer(writeToken, "GET", "/api/decks")).status).toBe(401);
  });

  it("serves an OpenAPI 3.1 document generated from the request schemas", async () => {
    const doc = (await (await bearer(readToken, "GET", "/api/v1/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths["/api/v1/decks/{deckId}"] ?? {}).sort()).toEqual(["delete", "get", "patch", "put"]);
    expect(doc.components.schemas.UpdateDeck?.required).toEqual(["markdown"]);
    expect(Object.keys(doc.components.schemas.UpdateDeck?.properties ?? {})).toEqual(["markdown", "baseRevision", "dryRun"]);
  });
});

describe("Settings → API tokens", () => {
  it("creates a token shown once, lists it with last use, and revokes it", async () => {
    const { session } = await signedInAs("learner");
    const created = await session.json("/api/tokens", "POST", { name: "laptop", scope: "read", days: 7 });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    expect((await bearer(token, "GET", "/api/v1/decks")).status).toBe(200);
    const { tokens } = (await (await session.request("/api/tokens")).json()) as { tokens: Record<string, unknown>[] };
    expect(tokens).toEqual([expect.objectContaining({ id, name: "laptop", scope: "read", hint: token.slice(-4), lastUsedAt: expect.any(String) })]);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect((await session.request(`/api/tokens/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await bearer(token, "GET", "/api/v1/decks")).status).toBe(401);
    const stranger = await signedInAs("learner");
    expect((await stranger.session.request(`/api/tokens/${id}`, { method: "DELETE" })).status).toBe(404);
    const bad = await session.json("/api/tokens", "POST", { name: "", scope: "admin" });
    expect(bad.status).toBe(422);
    expect((await bearer(token, "POST", "/api/tokens", { name: "x" })).status).toBe(401);
  });
});
