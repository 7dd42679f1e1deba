import { queueKindOfState } from "@/lib/srs";
import { readJsonBody } from "@/lib/server/api-error";
import { loadStudyQueue, studyCardPayload } from "@/lib/server/study/load-study-queue";
import { undoLastReview } from "@/lib/server/study/undo-review";
import { withUser } from "@/lib/server/with-user";
import { undoSchema } from "@/lib/validations/review";

/** Undoes the learner's last review (when `clientId` is sent, only if it is that answer) and returns that card to answer again. */
export const POST = withUser(async (request, { user }) => {
  const input = undoSchema.parse(await readJsonBody(request));
  const now = new Date();
  const undone = await undoLastReview(user.id, now, input.clientId);
  const queue = await loadStudyQueue(user.id, input.decks, now);
  // The card is labelled by the state the undo restored (a learning card is not "review").
  const card = await studyCardPayload(user.id, undone.cardId, queueKindOfState(undone.state), now);
  return Response.json({ undone, queue: { ...queue, next: card ?? queue.next } });
});
