import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { withUser } from "@/lib/server/with-user";
import { deckIdsFromUrl } from "@/lib/validations/review";

/** The learner's study queue (`?deck=ID` repeatable; every visible deck when absent) and its next card. */
export const GET = withUser(async (request, { user }) => Response.json(await loadStudyQueue(user.id, deckIdsFromUrl(request.url), new Date())));
