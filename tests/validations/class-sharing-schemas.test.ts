import { describe, expect, it } from "vitest";
import { createDeckSchema, deckDetailsSchema, scenarioRequestSchema } from "@/lib/validations/authoring";
import { buildOpenApiDocument } from "@/lib/validations/openapi-document";

const markdown = "---\ntitle: T\n---\n# A\n\n- **B** — c\n";

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("visibility \"classes\" in the API v1 schemas", () => {
  it("takes classIds with visibility classes, and says where when they are missing, empty or stray", () => {
    expect(createDeckSchema.parse({ markdown, visibility: "classes", classIds: ["c1"] })).toMatchObject({ visibility: "classes", classIds: ["c1"] });
    expect(issues(createDeckSchema.safeParse({ markdown, visibility: "classes" }))).toEqual([{ path: "classIds", message: 'visibility "classes" needs classIds: the ids of the classes to share with.' }]);
    expect(issues(createDeckSchema.safeParse({ markdown, visibility: "classes", classIds: [] }))[0]).toMatchObject({ path: "classIds", message: expect.stringMatching(/at least one class/) });
    expect(issues(deckDetailsSchema.safeParse({ visibility: "private", classIds: ["c1"] }))[0]).toMatchObject({ path: "classIds", message: expect.stringMatching(/only go with visibility "classes"/) });
    expect(deckDetailsSchema.parse({ classIds: ["c1", "c2"] })).toEqual({ classIds: ["c1", "c2"] });
    expect(issues(scenarioRequestSchema.safeParse({ markdown, visibility: "private" }))[0]).toMatchObject({ path: "visibility", message: "A scenario's visibility is public or classes." });
    expect(issues(scenarioRequestSchema.safeParse({ markdown, classIds: [""] }))[0]).toMatchObject({ path: "classIds.0" });
  });

  it("puts classes and classIds into the generated OpenAPI document (fields added, none renamed)", () => {
    const doc = buildOpenApiDocument() as unknown as { components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> } };
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.CreateDeck?.properties ?? {})).toEqual(["markdown", "visibility", "dryRun", "slug", "classIds"]);
    expect(schemas.CreateDeck?.properties?.visibility?.enum).toEqual(["private", "public", "classes"]);
    expect(Object.keys(schemas.DeckDetails?.properties ?? {})).toEqual(["title", "description", "tags", "visibility", "classIds", "baseRevision"]);
    expect(Object.keys(schemas.ScenarioRequest?.properties ?? {})).toEqual(["markdown", "publish", "visibility", "classIds", "dryRun"]);
    expect(schemas.ScenarioSaveResult?.properties).toHaveProperty("classIds");
    expect(schemas.Deck?.properties).toHaveProperty("classes");
  });
});
