import { exportAccount } from "@/lib/server/account/export-account";
import { withUser } from "@/lib/server/with-user";

/** Downloads everything the signed-in account owns as one JSON file (see exportAccount). */
export const GET = withUser(async (_request, { user }) => {
  const now = new Date();
  const body = JSON.stringify(await exportAccount(user.id, now), null, 2);
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kubedeck-export-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
