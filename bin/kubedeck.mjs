#!/usr/bin/env node
// Entry point for `npx kubedeck`: loads the TypeScript CLI through tsx so no build step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/main.ts");
// The process's streams, folder and clock, handed to the CLI (lib/ reads none of them itself).
const io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
};
process.exitCode = await main(process.argv.slice(2), io);
