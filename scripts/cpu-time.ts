/** CPU time of one run, for the benchmark scripts: CPU, not wall, as on a shared machine wall time measures the neighbours. */
export function cpu<T>(run: () => T): { ms: number; value: T | Error } {
  const start = process.cpuUsage();
  let value: T | Error;
  try {
    value = run();
  } catch (error) {
    value = error instanceof Error ? error : new Error(String(error));
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}
