import { accountExportStream } from "@/lib/server/account/account-export-stream";
import { withUser } from "@/lib/server/with-user";

/** Downloads everything the signed-in account owns as one JSON file (see exportAccountHead). */
export const GET = withUser(async (_request, { user }) => {
  const now = new Date();
  return new Response(await accountExportStream(user.id, now), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kubedeck-export-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
