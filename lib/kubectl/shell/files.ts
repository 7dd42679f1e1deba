/**
 * The shell's in-memory file system: what `> file`, `cat file`, `kubectl apply -f file` and the file
 * editor read and write. Flat paths with directories implied by their files; the home and working
 * directory is /root, as on the exam machines.
 */
export const HOME = "/root";

export class MemoryFiles {
  private readonly files = new Map<string, string>();
  cwd = HOME;

  resolve(path: string): string {
    const raw = path.startsWith("~") ? HOME + path.slice(1) : path.startsWith("/") ? path : `${this.cwd}/${path}`;
    const parts: string[] = [];
    for (const part of raw.split("/")) {
      if (part === "" || part === ".") continue;
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    return `/${parts.join("/")}`;
  }

  read(path: string): string | undefined {
    return this.files.get(this.resolve(path));
  }

  write(path: string, text: string, append = false): void {
    const key = this.resolve(path);
    this.files.set(key, append ? (this.files.get(key) ?? "") + text : text);
  }

  remove(path: string): boolean {
    return this.files.delete(this.resolve(path));
  }

  isDirectory(path: string): boolean {
    const dir = this.resolve(path);
    if (dir === "/" || dir === HOME) return true;
    const prefix = `${dir}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  /** Names directly inside a directory (files and implied subdirectories), sorted. */
  list(path: string): string[] {
    const prefix = `${this.resolve(path).replace(/\/$/, "")}/`;
    const names = new Set<string>();
    for (const key of this.files.keys()) if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split("/")[0] ?? "");
    return [...names].filter((n) => n !== "").sort();
  }

  /** Every file path, sorted (for completion and the editor's file list). */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }
}
