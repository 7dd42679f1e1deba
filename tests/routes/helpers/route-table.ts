/**
 * Every API route with the least role it needs, a request that passes validation or fails it
 * harmlessly (never a 401/403 for a role that may call it), and its body limit. The security suite
 * (tests/routes/security.test.ts) fails when a route file under app/api exports a method this table
 * does not list: a new route must be added here, and so meets every check.
 */
import type { Role } from "@/lib/validations/user";

export type Access = "anonymous" | Role;

export interface RouteCase {
  /** The route file under app/api. */
  readonly file: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly access: Access;
  /** A harmless JSON body for state-changing methods (often one that answers 422). */
  readonly body?: unknown;
  /** The route's body limit in bytes (1 MB unless it states more). */
  readonly limit: number;
  /** next-auth's endpoints take forms, not JSON. */
  readonly form?: boolean;
}

const MB = 1_000_000;

export const ROUTES: readonly RouteCase[] = [
  { file: "admin/users/route.ts", method: "GET", path: "/api/admin/users", access: "admin", limit: MB },
  { file: "auth/[...nextauth]/route.ts", method: "GET", path: "/api/auth/csrf", access: "anonymous", limit: 16_000, form: true },
  { file: "auth/[...nextauth]/route.ts", method: "POST", path: "/api/auth/callback/credentials", access: "anonymous", limit: 16_000, form: true },
  { file: "cards/[cardId]/route.ts", method: "GET", path: "/api/cards/no-such-card", access: "learner", limit: MB },
  { file: "cards/[cardId]/route.ts", method: "PATCH", path: "/api/cards/no-such-card", access: "learner", body: {}, limit: 20_000 },
  { file: "cards/[cardId]/actions/route.ts", method: "POST", path: "/api/cards/no-such-card/actions", access: "learner", body: {}, limit: MB },
  { file: "decks/route.ts", method: "GET", path: "/api/decks", access: "learner", limit: MB },
  { file: "decks/route.ts", method: "POST", path: "/api/decks", access: "learner", body: {}, limit: 4_000_000 },
  { file: "me/route.ts", method: "GET", path: "/api/me", access: "learner", limit: MB },
  { file: "me/route.ts", method: "DELETE", path: "/api/me", access: "learner", body: {}, limit: MB },
  { file: "me/password/route.ts", method: "PUT", path: "/api/me/password", access: "learner", body: {}, limit: MB },
  { file: "notes/preview/route.ts", method: "POST", path: "/api/notes/preview", access: "learner", body: {}, limit: MB },
  { file: "progress/route.ts", method: "GET", path: "/api/progress", access: "learner", limit: MB },
  { file: "reviews/route.ts", method: "POST", path: "/api/reviews", access: "learner", body: {}, limit: 64 * 1024 },
  { file: "reviews/export/route.ts", method: "GET", path: "/api/reviews/export", access: "learner", limit: MB },
  { file: "reviews/undo/route.ts", method: "POST", path: "/api/reviews/undo", access: "learner", body: { clientId: 7 }, limit: MB },
  { file: "scenarios/route.ts", method: "GET", path: "/api/scenarios", access: "learner", limit: MB },
  { file: "scenarios/[scenarioId]/attempts/route.ts", method: "POST", path: "/api/scenarios/expose-web/attempts", access: "learner", body: {}, limit: 700_000 },
  { file: "settings/route.ts", method: "GET", path: "/api/settings", access: "learner", limit: MB },
  { file: "settings/route.ts", method: "PUT", path: "/api/settings", access: "learner", body: {}, limit: MB },
  { file: "settings/optimise/route.ts", method: "POST", path: "/api/settings/optimise", access: "learner", body: {}, limit: MB },
  { file: "signup/route.ts", method: "POST", path: "/api/signup", access: "anonymous", body: {}, limit: 16_000 },
  { file: "study/route.ts", method: "GET", path: "/api/study", access: "learner", limit: MB },
  { file: "admin/users/[userId]/route.ts", method: "PATCH", path: "/api/admin/users/no-such-user", access: "admin", body: {}, limit: MB },
  { file: "cards/route.ts", method: "GET", path: "/api/cards", access: "learner", limit: MB },
  { file: "cards/bulk/route.ts", method: "POST", path: "/api/cards/bulk", access: "learner", body: {}, limit: MB },
  { file: "health/route.ts", method: "GET", path: "/api/health", access: "anonymous", limit: MB },
  { file: "me/export/route.ts", method: "GET", path: "/api/me/export", access: "learner", limit: MB },
  { file: "scenarios/[scenarioId]/hints/route.ts", method: "POST", path: "/api/scenarios/expose-web/hints", access: "learner", body: {}, limit: MB },
  { file: "tokens/route.ts", method: "GET", path: "/api/tokens", access: "learner", limit: MB },
  { file: "tokens/route.ts", method: "POST", path: "/api/tokens", access: "learner", body: {}, limit: MB },
  { file: "tokens/[tokenId]/route.ts", method: "DELETE", path: "/api/tokens/no-such-token", access: "learner", limit: MB },
  { file: "v1/openapi.json/route.ts", method: "GET", path: "/api/v1/openapi.json", access: "learner", limit: MB },
  { file: "v1/decks/route.ts", method: "GET", path: "/api/v1/decks", access: "learner", limit: MB },
  { file: "v1/decks/route.ts", method: "POST", path: "/api/v1/decks", access: "learner", body: {}, limit: 210_000 },
  { file: "v1/decks/[deckId]/route.ts", method: "GET", path: "/api/v1/decks/no-such-deck", access: "learner", limit: MB },
  { file: "v1/decks/[deckId]/route.ts", method: "PUT", path: "/api/v1/decks/no-such-deck", access: "learner", body: {}, limit: 210_000 },
  { file: "v1/decks/[deckId]/route.ts", method: "PATCH", path: "/api/v1/decks/no-such-deck", access: "learner", body: {}, limit: 20_000 },
  { file: "v1/decks/[deckId]/route.ts", method: "DELETE", path: "/api/v1/decks/no-such-deck", access: "learner", limit: MB },
  { file: "v1/decks/[deckId]/copy/route.ts", method: "POST", path: "/api/v1/decks/no-such-deck/copy", access: "learner", body: {}, limit: MB },
  { file: "v1/decks/[deckId]/diff/route.ts", method: "GET", path: "/api/v1/decks/no-such-deck/diff?from=1&to=2", access: "learner", limit: MB },
  { file: "v1/decks/[deckId]/impact/route.ts", method: "GET", path: "/api/v1/decks/no-such-deck/impact", access: "learner", limit: MB },
  { file: "v1/decks/[deckId]/restore/route.ts", method: "POST", path: "/api/v1/decks/no-such-deck/restore", access: "learner", body: {}, limit: MB },
  { file: "v1/decks/[deckId]/revisions/route.ts", method: "GET", path: "/api/v1/decks/no-such-deck/revisions", access: "learner", limit: MB },
  { file: "v1/decks/[deckId]/revisions/[number]/route.ts", method: "GET", path: "/api/v1/decks/no-such-deck/revisions/1", access: "learner", limit: MB },
  { file: "v1/scenarios/route.ts", method: "GET", path: "/api/v1/scenarios", access: "instructor", limit: MB },
  { file: "v1/scenarios/route.ts", method: "POST", path: "/api/v1/scenarios", access: "instructor", body: {}, limit: 210_000 },
  { file: "v1/scenarios/[scenarioId]/route.ts", method: "PUT", path: "/api/v1/scenarios/no-such-scenario", access: "instructor", body: {}, limit: 210_000 },
  { file: "v1/classes/route.ts", method: "GET", path: "/api/v1/classes", access: "learner", limit: MB },
  { file: "v1/classes/route.ts", method: "POST", path: "/api/v1/classes", access: "instructor", body: {}, limit: 4_096 },
  { file: "v1/classes/join/route.ts", method: "POST", path: "/api/v1/classes/join", access: "learner", body: {}, limit: 4_096 },
  { file: "v1/classes/[classId]/assignments/route.ts", method: "POST", path: "/api/v1/classes/no-such-class/assignments", access: "instructor", body: {}, limit: 4_096 },
  { file: "v1/classes/[classId]/assignments/[assignmentId]/route.ts", method: "DELETE", path: "/api/v1/classes/no-such-class/assignments/no-such-assignment", access: "instructor", limit: MB },
  { file: "v1/classes/[classId]/instructors/route.ts", method: "POST", path: "/api/v1/classes/no-such-class/instructors", access: "instructor", body: {}, limit: 4_096 },
  { file: "v1/classes/[classId]/join-code/route.ts", method: "POST", path: "/api/v1/classes/no-such-class/join-code", access: "instructor", body: {}, limit: MB },
  { file: "v1/classes/[classId]/members/[userId]/route.ts", method: "DELETE", path: "/api/v1/classes/no-such-class/members/me", access: "learner", limit: MB },
  { file: "v1/classes/[classId]/progress/route.ts", method: "GET", path: "/api/v1/classes/no-such-class/progress", access: "instructor", limit: MB },
  { file: "v1/classes/[classId]/progress.csv/route.ts", method: "GET", path: "/api/v1/classes/no-such-class/progress.csv", access: "instructor", limit: MB },
  { file: "v1/me/assignments/route.ts", method: "GET", path: "/api/v1/me/assignments", access: "learner", limit: MB },
];

export const STATE_CHANGING = ROUTES.filter((route) => route.method !== "GET");

const RANK: Record<Access, number> = { anonymous: 0, learner: 1, instructor: 2, admin: 3 };

/** The status class a caller of `role` must get from `route` before validation: 401, 403, or "allowed". */
export function expectedAccess(route: RouteCase, role: Access): 401 | 403 | "allowed" {
  if (RANK[role] >= RANK[route.access]) return "allowed";
  return role === "anonymous" ? 401 : 403;
}
