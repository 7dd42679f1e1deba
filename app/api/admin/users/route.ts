import { db } from "@/lib/server/db";
import { withUser } from "@/lib/server/with-user";

/** Every account, newest first (admins only). */
export const GET = withUser(
  async () => {
    const users = await db.user.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    });
    return Response.json({ users });
  },
  { role: "admin" },
);
