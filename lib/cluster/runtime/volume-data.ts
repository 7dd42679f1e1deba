/**
 * What is written inside volumes, keyed by where the data physically lives: an emptyDir or a
 * container's writable layer lives with the pod (`pod:<uid>/…`), a PersistentVolume's data with the
 * volume (`pv:<name>`), a hostPath with the node (`host:<node>:<path>`). Restoring an etcd snapshot
 * does not touch it, as restoring etcd does not touch disks.
 */
export class VolumeData {
  private readonly volumes = new Map<string, Map<string, string>>();

  write(volume: string, path: string, content: string): void {
    let files = this.volumes.get(volume);
    if (!files) this.volumes.set(volume, (files = new Map()));
    files.set(path, content);
  }

  read(volume: string, path: string): string | undefined {
    return this.volumes.get(volume)?.get(path);
  }

  /** Forgets every volume whose id starts with `prefix` (a pod's emptyDirs when the pod goes). */
  dropPrefix(prefix: string): void {
    for (const id of [...this.volumes.keys()]) if (id.startsWith(prefix)) this.volumes.delete(id);
  }

  files(volume: string): [string, string][] {
    return [...(this.volumes.get(volume) ?? new Map<string, string>())];
  }
}
