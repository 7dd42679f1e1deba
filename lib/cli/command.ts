/** The shape every `kubedeck` subcommand module exports (one file per command in ./commands). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The clock commands stamp with (the process's own in `main`; fixed in tests when they need it). */
  readonly now: () => Date;
}

export interface CliCommand {
  /** The name typed after `kubedeck`, e.g. `apply` or `user:create`. */
  readonly name: string;
  /** One line for `kubedeck --help`. */
  readonly summary: string;
  /** Full usage text for `kubedeck <name> --help`. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code (0 ok, 1 failure, 2 usage error). */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Exit code for a usage error, shared by every command. */
export const EXIT_USAGE = 2;
