/**
 * Addresses the cluster hands out: pod IPs from each node's /24 in 10.244.0.0/16 (never reused, so a
 * replaced pod gets a new IP), Service cluster IPs from 10.96.0.0/12 and node ports from 30000-32767
 * drawn from the seeded generator, LoadBalancer addresses from 203.0.113.0/24 (TEST-NET-3).
 */
import type { Random } from "../util/rand";

export interface AllocatorState {
  readonly nodeIndex: readonly [string, number][];
  readonly nextHost: readonly [string, number][];
  readonly clusterIPs: readonly string[];
  readonly nodePorts: readonly number[];
  readonly nextLb: number;
}

export class Allocators {
  private nodeIndex = new Map<string, number>();
  private nextHost = new Map<string, number>();
  private clusterIPs = new Set<string>();
  /** The API server's and cluster DNS's well-known addresses: only given when asked for. */
  private readonly reserved = new Set<string>(["10.96.0.1", "10.96.0.10"]);
  private nodePorts = new Set<number>();
  private nextLb = 10;

  constructor(private readonly random: Random) {}

  /** The index of a node (0 for the first registered), which picks its pod CIDR and internal IP. */
  registerNode(name: string): number {
    const known = this.nodeIndex.get(name);
    if (known !== undefined) return known;
    const index = this.nodeIndex.size;
    this.nodeIndex.set(name, index);
    return index;
  }

  nodeInternalIP(name: string): string {
    const index = this.registerNode(name);
    return `172.18.${Math.floor((index + 2) / 256)}.${(index + 2) % 256}`;
  }

  podCIDR(name: string): string {
    const index = this.registerNode(name);
    return `10.${244 + Math.floor(index / 256)}.${index % 256}.0/24`;
  }

  podIP(node: string): string {
    const index = this.registerNode(node);
    const host = this.nextHost.get(node) ?? 2;
    this.nextHost.set(node, host >= 254 ? 2 : host + 1);
    return `10.${244 + Math.floor(index / 256)}.${index % 256}.${host}`;
  }

  clusterIP(requested?: string): string {
    if (requested && requested !== "None" && !this.clusterIPs.has(requested)) {
      this.clusterIPs.add(requested);
      return requested;
    }
    for (;;) {
      const n = 1 + this.random.int((1 << 20) - 2);
      const ip = `10.${96 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
      if ((n & 255) === 0 || (n & 255) === 255 || this.clusterIPs.has(ip) || this.reserved.has(ip)) continue;
      this.clusterIPs.add(ip);
      return ip;
    }
  }

  releaseClusterIP(ip: string): void {
    this.clusterIPs.delete(ip);
  }

  /** A node port; a requested one is honoured when free, `undefined` when taken. */
  nodePort(requested?: number): number | undefined {
    if (requested !== undefined) {
      if (this.nodePorts.has(requested)) return undefined;
      this.nodePorts.add(requested);
      return requested;
    }
    for (;;) {
      const port = 30000 + this.random.int(2768);
      if (this.nodePorts.has(port)) continue;
      this.nodePorts.add(port);
      return port;
    }
  }

  releaseNodePort(port: number): void {
    this.nodePorts.delete(port);
  }

  loadBalancerIP(): string {
    const ip = `203.0.113.${this.nextLb}`;
    this.nextLb = this.nextLb >= 254 ? 10 : this.nextLb + 1;
    return ip;
  }

  save(): AllocatorState {
    return {
      nodeIndex: [...this.nodeIndex],
      nextHost: [...this.nextHost],
      clusterIPs: [...this.clusterIPs],
      nodePorts: [...this.nodePorts],
      nextLb: this.nextLb,
    };
  }
}
