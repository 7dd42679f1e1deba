import { searchCardsOnDatabase } from "@/lib/server/cards/search-cards";
import { withUser } from "@/lib/server/with-user";
import { cardSearchSchema } from "@/lib/validations/card-browser";

/** The card browser's search: every card the user can study, filtered, sorted, one page at a time. */
export const GET = withUser(async (request, { user }) => {
  const search = cardSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await searchCardsOnDatabase(user.id, search, new Date()));
});
