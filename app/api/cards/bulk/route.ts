import { readJsonBody } from "@/lib/server/api-error";
import { applyBulkCardAction } from "@/lib/server/cards/apply-bulk-card-action";
import { withUser } from "@/lib/server/with-user";
import { bulkCardActionSchema } from "@/lib/validations/card-browser";

/** Suspend, unsuspend, bury, unbury, reset or set the due date of many cards at once. */
export const POST = withUser(async (request, { user }) => {
  const input = bulkCardActionSchema.parse(await readJsonBody(request, 150_000));
  return Response.json(await applyBulkCardAction(user.id, input, new Date()));
});
