import "server-only";
import { exportAccountHead, exportReviewPages } from "./export-account";

/**
 * GET /api/me/export's body: one JSON object, written as it is read. The head (account, settings,
 * decks, card states, attempts, classes) is built at once; the review log, last, a page at a time,
 * so a long history never sits in memory whole.
 */
export async function accountExportStream(userId: string, now: Date, pageSize?: number): Promise<ReadableStream<Uint8Array>> {
  // The head is read before the response starts, so its errors still get their status (404, 500).
  const head = JSON.stringify(await exportAccountHead(userId, now));
  const encoder = new TextEncoder();
  const pages = exportReviewPages(userId, pageSize);
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"reviews":[`));
    },
    async pull(controller) {
      const page = await pages.next();
      if (page.done) {
        controller.enqueue(encoder.encode("]}\n"));
        controller.close();
        return;
      }
      const items = page.value.map((review) => JSON.stringify(review)).join(",");
      controller.enqueue(encoder.encode(`${first ? "" : ","}${items}`));
      first = false;
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
