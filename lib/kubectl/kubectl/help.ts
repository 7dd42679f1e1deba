/** `kubectl --help` and `kubectl CMD --help`, from the commands' own data. */
import type { KubectlCommand } from "./command";

export function rootHelp(commands: readonly KubectlCommand[]): string {
  const lines = ["kubectl controls the Kubernetes cluster manager (simulated by Kubedeck's engine).", "", "Commands:"];
  for (const c of commands) lines.push(`  ${c.path.padEnd(22)} ${c.short}`);
  lines.push("", "Usage:", "  kubectl [flags] [options]", "", "Use \"kubectl <command> --help\" for more information about a given command.", "");
  return lines.join("\n");
}

export function helpText(command: KubectlCommand, all: readonly KubectlCommand[]): string {
  const subs = all.filter((c) => c.path.startsWith(`${command.path} `));
  const lines = [`${command.short}.`, ""];
  if (subs.length > 0) {
    lines.push("Available Commands:");
    for (const s of subs) lines.push(`  ${s.path.slice(command.path.length + 1).padEnd(20)} ${s.short}`);
    lines.push("");
  }
  lines.push("Options:");
  for (const f of command.flags) lines.push(`    ${f.short ? `-${f.short}, ` : ""}--${f.name}${f.type === "bool" ? "" : "=''"}${f.ignored ? "    (accepted; has no effect in the simulation)" : ""}`);
  lines.push("", "Usage:", `  ${command.usage}`, "");
  return lines.join("\n");
}
