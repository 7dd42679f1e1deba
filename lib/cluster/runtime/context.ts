/**
 * What every controller receives: the store, the virtual clock, seeded randomness, the event recorder,
 * address allocators, volume contents and the simulated load. One object per cluster.
 */
import type { KubeObject } from "../object";
import type { Store } from "../store/store";
import type { Random } from "../util/rand";
import { isoAt } from "../util/time";
import type { Allocators } from "./allocators";
import type { EventRecorder } from "./events";
import type { VolumeData } from "./volume-data";

const ISO_CACHE_LIMIT = 1024;

export interface ClusterSettings {
  readonly seed: number;
  readonly startMs: number;
  readonly defaultStorageClass: string;
  readonly ingressClass: string;
}

export class Runtime {
  /** Virtual seconds since the cluster started. */
  now = 0;
  /** Simulated CPU utilisation (percent of requests) per HPA scale target, `namespace/Kind/name`. */
  readonly load = new Map<string, number>();
  /** Nodes whose kubelet has stopped (powered off, partitioned), with the virtual time it stopped. */
  readonly downNodes = new Map<string, number>();
  /** What `apply` last declared per object key (kubectl's last-applied-configuration), for three-way merges. */
  readonly lastApplied = new Map<string, KubeObject>();
  /** The same declarations as written in the manifest (before defaulting), to answer "unchanged". */
  readonly lastDeclared = new Map<string, KubeObject>();

  constructor(
    readonly store: Store,
    readonly random: Random,
    readonly events: EventRecorder,
    readonly alloc: Allocators,
    readonly volumes: VolumeData,
    readonly settings: ClusterSettings,
  ) {}

  /** Recently printed instants: a kubelet sync prints now, the pod's start and its containers' starts. */
  private readonly isoCache = new Map<number, string>();

  iso(seconds = this.now): string {
    let text = this.isoCache.get(seconds);
    if (text === undefined) {
      if (this.isoCache.size >= ISO_CACHE_LIMIT) this.isoCache.clear();
      text = isoAt(this.settings.startMs, seconds);
      this.isoCache.set(seconds, text);
    }
    return text;
  }

  /** Seconds on the virtual clock of an RFC 3339 time written by the cluster. */
  secondsOf(iso: string | undefined): number {
    if (!iso) return this.now;
    return (Date.parse(iso) - this.settings.startMs) / 1000;
  }

  record(object: KubeObject, type: "Normal" | "Warning", reason: string, message: string, source: string): void {
    this.events.record(object, type, reason, message, source, this.now);
  }
}
