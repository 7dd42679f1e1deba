import { readFileSync } from "node:fs";
import type { CliCommand } from "../command";

export const command: CliCommand = {
  name: "version",
  summary: "Print the Kubedeck version.",
  usage: "Usage: npx kubedeck version\n\nPrints the version from package.json.",
  run: async (_args, io) => {
    const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
    io.stdout(`kubedeck ${pkg.version}\n`);
    return 0;
  },
};
