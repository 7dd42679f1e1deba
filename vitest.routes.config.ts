import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Route tests: real HTTP against the built app that scripts/test-all.mjs starts (BASE_URL). */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/routes/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    fileParallelism: false,
  },
});
