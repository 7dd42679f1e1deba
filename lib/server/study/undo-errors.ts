import "server-only";
import { ApiError } from "../api-error";

/** What an undo answers when it cannot undo, alike on both databases (./undo-review.ts, ./undo-review-postgres.ts). */
export const undoErrors = {
  nothingToUndo: () => new ApiError(404, "There is no review to undo."),
  newerAnswer: () =>
    new ApiError(409, "Your last answer on this page is no longer your newest review (another tab answered since), so nothing was undone. Reload to see where you are."),
  noState: () => new ApiError(409, "This card has no saved state to restore."),
};
