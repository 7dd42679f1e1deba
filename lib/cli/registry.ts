/**
 * Finds every `kubedeck` subcommand: each module in ./commands exports `command: CliCommand`.
 * Commands are discovered from the folder and loaded lazily, so adding a command means adding a
 * file, and `kubedeck apply` never pays for the database client.
 */
import { readdirSync } from "node:fs";
import type { CliCommand } from "./command";

const COMMANDS_DIR = new URL("./commands/", import.meta.url);

function isCliCommand(value: unknown): value is CliCommand {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<CliCommand>;
  return typeof candidate.name === "string" && typeof candidate.run === "function";
}

export function listCommandFiles(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((file) => /\.ts$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
}

export async function loadCommand(file: string): Promise<CliCommand> {
  const loaded: unknown = (await import(new URL(file, COMMANDS_DIR).href)).command;
  if (!isCliCommand(loaded)) throw new Error(`lib/cli/commands/${file} does not export \`command\``);
  return loaded;
}

export async function loadAllCommands(): Promise<CliCommand[]> {
  return Promise.all(listCommandFiles().map(loadCommand));
}

/** File name for a command name: `user:create` lives in `user-create.ts`. */
export function commandFileFor(name: string): string {
  return `${name.replace(/:/g, "-")}.ts`;
}
