import "server-only";
import { setFrontMatter } from "@/lib/decks/set-front-matter";
import { hasRole } from "@/lib/validations/user";
import type { DeckDetailsInput } from "@/lib/validations/authoring";
import { ApiError } from "../api-error";
import type { SharedClass } from "../classes/class-shares";
import type { DeckDb } from "./deck-db";
import { loadDeckSource } from "./load-deck-source";
import { saveDeckMarkdown, type SaveDeckResult } from "./save-deck-markdown";
import { deckClassesForViewer, setDeckClasses } from "./share-deck";

type Deck = Parameters<typeof saveDeckMarkdown>[1] & { visibility: string };

/**
 * Rename, describe, tag (written into the Markdown's front matter, so they are a new revision and
 * `push` of the file agrees) and visibility (public, or shared with classes they teach, only for
 * instructors and admins).
 */
export async function updateDeckDetails(
  tx: DeckDb,
  deck: Deck,
  user: { id: string; role: string },
  input: DeckDetailsInput,
  now: Date,
): Promise<{ visibility: string; classes: SharedClass[]; save: SaveDeckResult | null }> {
  if (input.visibility === "public" && !hasRole(user.role, "instructor")) {
    throw new ApiError(403, "Only instructors and admins can make a deck public; keep it private or ask an instructor.", [{ path: "visibility", message: "needs the instructor role" }]);
  }
  let save: SaveDeckResult | null = null;
  if (input.title !== undefined || input.description !== undefined || input.tags !== undefined) {
    const source = await loadDeckSource(tx, deck);
    let markdown: string;
    try {
      markdown = setFrontMatter(source.markdown, { title: input.title, description: input.description, tags: input.tags });
    } catch (error) {
      throw new ApiError(422, (error as Error).message, [{ path: "markdown", line: 1, message: (error as Error).message }]);
    }
    save = await saveDeckMarkdown(tx, deck, user.id, { markdown, baseRevision: input.baseRevision }, now);
  }
  const visibility = input.visibility ?? deck.visibility;
  if (input.classIds !== undefined && visibility !== "classes") {
    throw new ApiError(422, `classIds only go with visibility "classes"; this deck is ${visibility}. Send visibility "classes" with them.`, [{ path: "classIds", message: 'needs visibility "classes"' }]);
  }
  if (visibility !== deck.visibility || input.classIds !== undefined) {
    return { visibility, classes: await setDeckClasses(tx, user, deck.id, visibility, input.classIds), save };
  }
  return { visibility, classes: (await deckClassesForViewer(tx, [deck.id], user.id, new Set([deck.id]))).get(deck.id) ?? [], save };
}
