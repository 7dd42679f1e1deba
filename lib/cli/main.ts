/**
 * The `kubedeck` command line. Each subcommand lives in its own module under ./commands
 * (`user:create` in `user-create.ts`), so adding a command never touches the dispatcher.
 */
import { EXIT_USAGE, type CliIo } from "./command";
import { commandFileFor, listCommandFiles, loadAllCommands, loadCommand } from "./registry";

async function helpText(): Promise<string> {
  const commands = await loadAllCommands();
  const lines = ["Usage: npx kubedeck <command> [options]", "", "Commands:"];
  for (const command of commands) lines.push(`  ${command.name.padEnd(14)} ${command.summary}`);
  lines.push("", "Run `npx kubedeck <command> --help` for a command's options.", "");
  return lines.join("\n");
}

/** Runs one command; the caller (bin/kubedeck.mjs, or a test) supplies the output streams, folder and clock. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await helpText());
    return name ? 0 : EXIT_USAGE;
  }
  const file = commandFileFor(name);
  if (!listCommandFiles().includes(file)) {
    io.stderr(`kubedeck: unknown command "${name}". Run \`npx kubedeck --help\` for the list.\n`);
    return EXIT_USAGE;
  }
  const command = await loadCommand(file);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  return command.run(rest, io);
}
