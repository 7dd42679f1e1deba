import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "../api-error";
import type { SessionUser } from "../current-user";
import { getTaughtClassOrThrow, type TaughtClass } from "./class-access";

/** getTaughtClassOrThrow for server pages: 404 → the not-found page, 403 → the forbidden page. */
export async function taughtClassForPage(user: SessionUser, classId: string): Promise<TaughtClass> {
  try {
    return await getTaughtClassOrThrow(user, classId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 403) redirect("/forbidden?needs=instructor");
    throw error;
  }
}
