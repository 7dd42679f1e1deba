import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";

/** Revokes one of the user's tokens at once (404 for another user's or an unknown token). */
export async function revokeApiToken(userId: string, tokenId: string, now: Date): Promise<void> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new ApiError(404, `No live API token with id "${tokenId}" of yours.`);
}
