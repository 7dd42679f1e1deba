#!/usr/bin/env node
/**
 * Bundles the direct routes (lib/server/direct) into <distDir>/direct-routes.mjs, the budget pool's
 * thread entry (lib/server/budget/budget-worker.ts) into <distDir>/budget-worker.mjs, and the WAL
 * checkpoint thread (lib/server/wal-checkpoint-thread.ts) into <distDir>/wal-checkpoint-thread.mjs, for
 * scripts/serve.mjs, after `next build` (which empties distDir, so a bundle never outlives its build).
 * The app's own TypeScript is bundled; packages stay in node_modules and load as usual, except
 * `server-only`, which is resolved as for server code (its empty module) since only server code is here.
 */
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

const packagesStayExternal = {
  name: "packages-stay-external",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@/")) return undefined; // the project's own alias (tsconfig paths)
      if (args.path === "server-only") return { path: path.join(root, "node_modules/server-only/empty.js") };
      return { path: args.path, external: true };
    });
  },
};

const started = performance.now();
await build({
  entryPoints: {
    "direct-routes": path.join(root, "lib/server/direct/index.ts"),
    "wal-checkpoint-thread": path.join(root, "lib/server/wal-checkpoint-thread.ts"),
    "budget-worker": path.join(root, "lib/server/budget/budget-worker.ts"),
  },
  outdir: path.join(root, distDir),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: path.join(root, "tsconfig.json"),
  plugins: [packagesStayExternal],
  logLevel: "warning",
});
console.log(`direct routes: ${distDir}/direct-routes.mjs, ${distDir}/wal-checkpoint-thread.mjs and ${distDir}/budget-worker.mjs (${Math.round(performance.now() - started)} ms)`);
