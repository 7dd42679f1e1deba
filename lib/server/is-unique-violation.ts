/** Whether a Prisma error is a unique-constraint violation (P2002): a duplicate the caller can answer for. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
