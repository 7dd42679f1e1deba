/** Runs once before the Vitest suites; integration suites create their own databases. */
export default function setup(): void {
  process.env.TZ = "UTC";
}
