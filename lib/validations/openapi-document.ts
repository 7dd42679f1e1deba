/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that validate the requests
 * (lib/validations/authoring.ts), never written by hand. Served at GET /api/v1/openapi.json.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  createDeckSchema,
  deckDetailsSchema,
  deckListResponseSchema,
  deckResponseSchema,
  deckSaveResponseSchema,
  errorResponseSchema,
  restoreRevisionSchema,
  scenarioRequestSchema,
  scenarioSaveResponseSchema,
  updateDeckSchema,
} from "./authoring";

const deckId = z.object({ deckId: z.string().meta({ description: "The deck's id (GET /api/v1/decks lists them)." }) });

function json(description: string, schema: z.ZodType): ResponseConfig {
  return { description, content: { "application/json": { schema } } };
}

function errors(...statuses: number[]): Record<number, ResponseConfig> {
  const meaning: Record<number, string> = {
    401: "No session or API token, or the token is unknown, revoked or expired.",
    403: "The token's scope or the account's role does not allow this, or the deck is not yours.",
    404: "No such deck that you can see.",
    409: "A stale baseRevision, or a slug you already use.",
    413: "The request body is too large.",
    422: "The request or the Markdown is invalid; `field` and `line` say where.",
  };
  return Object.fromEntries(statuses.map((status) => [status, json(meaning[status] ?? "Error", errorResponseSchema)]));
}

function body(schema: z.ZodType) {
  return { body: { content: { "application/json": { schema } } } };
}

export function buildOpenApiDocument(serverUrl = "/") {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "apiToken", { type: "http", scheme: "bearer", description: "A token from Settings → API tokens (or `npx kubedeck token:create`)." });
  const security = [{ apiToken: [] }];
  const paths = [
    { method: "get", path: "/api/v1/decks", summary: "List the decks you can see", responses: { 200: json("The decks", deckListResponseSchema), ...errors(401) } },
    { method: "post", path: "/api/v1/decks", summary: "Create a deck from Markdown", request: body(createDeckSchema), responses: { 201: json("Created (200 for a dry run)", deckSaveResponseSchema), ...errors(401, 403, 409, 413, 422) } },
    { method: "get", path: "/api/v1/decks/{deckId}", summary: "A deck's Markdown, revision and cards", request: { params: deckId }, responses: { 200: json("The deck", deckResponseSchema), ...errors(401, 404) } },
    { method: "put", path: "/api/v1/decks/{deckId}", summary: "Save new Markdown as the next revision", request: { params: deckId, ...body(updateDeckSchema) }, responses: { 200: json("Saved", deckSaveResponseSchema), ...errors(401, 403, 404, 409, 413, 422) } },
    { method: "patch", path: "/api/v1/decks/{deckId}", summary: "Rename, describe, tag, change visibility or the classes it is shared with", request: { params: deckId, ...body(deckDetailsSchema) }, responses: { 200: json("Updated", z.object({ visibility: z.string(), classes: z.array(z.object({ id: z.string(), name: z.string() })), save: deckSaveResponseSchema.nullable() })), ...errors(401, 403, 404, 409, 422) } },
    { method: "delete", path: "/api/v1/decks/{deckId}", summary: "Delete a deck (review history is kept)", request: { params: deckId }, responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) } },
    { method: "post", path: "/api/v1/decks/{deckId}/restore", summary: "Restore an old revision as the next one", request: { params: deckId, ...body(restoreRevisionSchema) }, responses: { 200: json("Restored", deckSaveResponseSchema), ...errors(401, 403, 404, 409, 422) } },
    { method: "post", path: "/api/v1/decks/{deckId}/copy", summary: "Make an editable copy", request: { params: deckId }, responses: { 201: json("The copy", deckSaveResponseSchema), ...errors(401, 403, 404) } },
    { method: "post", path: "/api/v1/scenarios", summary: "Create a scenario (instructors); published when asked and it verifies", request: body(scenarioRequestSchema), responses: { 201: json("Saved", scenarioSaveResponseSchema), ...errors(401, 403, 409, 413, 422) } },
    { method: "put", path: "/api/v1/scenarios/{scenarioId}", summary: "Save a scenario's next revision", request: { params: z.object({ scenarioId: z.string() }), ...body(scenarioRequestSchema) }, responses: { 200: json("Saved", scenarioSaveResponseSchema), ...errors(401, 403, 404, 413, 422) } },
  ] as const;
  for (const path of paths) registry.registerPath({ ...path, security });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Kubedeck API", version: "1", description: "Decks as Markdown: list, create, update, delete, restore. Errors are `{ \"error\": { \"message\", \"field\"?, \"line\"? } }`." },
    servers: [{ url: serverUrl }],
  });
}
