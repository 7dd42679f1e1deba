/**
 * How the images the engine knows behave: the ports they listen on, the env they need, where they
 * keep data, whether they exit. The kubelet uses it to decide container states and readiness; the
 * network uses it to decide whether anything answers on a port. Behaviour is data, as in KWOK's stages.
 * Which images and tags exist at all is data too (public-tags.json, read by pull-failure.ts).
 */
import { imagePullFailure } from "./pull-failure";

export interface ListenSpec {
  readonly port: number;
  readonly protocol: "TCP" | "UDP";
  /** HTTP paths answered with 2xx, or "any" when every path is answered; absent for non-HTTP ports. */
  readonly httpPaths?: "any" | readonly string[];
}

export interface ImageBehaviour {
  /** Repository the entry matches, without tag (`kubedeck/web`, `nginx`). `*` is the fallback. */
  readonly repository: string;
  /** Tags that exist; `"any"` accepts every tag. An unknown tag fails with ErrImagePull. */
  readonly tags: "any" | readonly string[];
  /** Ports it listens on. `"declared"` means the ports in the container's `ports` list. */
  readonly listens: readonly ListenSpec[] | "declared";
  /** Env vars that must be set and non-empty, or the container exits with code 1 (CrashLoopBackOff). */
  readonly requiredEnv: readonly string[];
  /** Seconds after the container starts before it answers anything (probes fail until then). */
  readonly startupSeconds: number;
  /** Paths where the image keeps data that should survive restarts. */
  readonly dataPaths: readonly string[];
  /** Host paths the image reads (e.g. a log agent reading /var/log). */
  readonly readsHostPaths: readonly string[];
  /** A batch image exits with this code after `afterSeconds`; `null` for long-running servers. */
  readonly exits: { readonly code: number; readonly afterSeconds: number } | null;
  /** One line for learners: what the image is. */
  readonly description: string;
  /** The default command is a shell or one-shot tool: without a long-running command it exits at once. */
  readonly exitsWithoutCommand?: boolean;
}

const SERVER_DEFAULTS = {
  requiredEnv: [],
  startupSeconds: 0,
  dataPaths: [],
  readsHostPaths: [],
  exits: null,
} as const;

export const IMAGE_CATALOGUE: readonly ImageBehaviour[] = [
  {
    ...SERVER_DEFAULTS,
    repository: "kubedeck/web",
    tags: ["1.0"],
    listens: [{ port: 8080, protocol: "TCP", httpPaths: "any" }],
    description: "Kubedeck's teaching web server: HTTP on 8080, /healthz answers when ready.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "kubedeck/web",
    tags: ["2.0"],
    listens: [{ port: 8080, protocol: "TCP", httpPaths: "any" }],
    startupSeconds: 15,
    description: "Kubedeck's web server 2.0: HTTP on 8080, answers nothing for 15 s after start.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "kubedeck/api",
    tags: ["1.0"],
    listens: [{ port: 3000, protocol: "TCP", httpPaths: "any" }],
    requiredEnv: ["DB_HOST", "DB_PASSWORD"],
    description: "Kubedeck's teaching API: HTTP on 3000; exits unless DB_HOST and DB_PASSWORD are set.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "kubedeck/log-agent",
    tags: ["1.0"],
    listens: [],
    readsHostPaths: ["/var/log"],
    description: "Kubedeck's log agent: reads the node's /var/log; listens on nothing.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "postgres",
    tags: "any",
    listens: [{ port: 5432, protocol: "TCP" }],
    requiredEnv: ["POSTGRES_PASSWORD"],
    dataPaths: ["/var/lib/postgresql/data"],
    description: "PostgreSQL: listens on 5432, needs POSTGRES_PASSWORD, keeps data in /var/lib/postgresql/data.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "redis",
    tags: "any",
    listens: [{ port: 6379, protocol: "TCP" }],
    dataPaths: ["/data"],
    description: "Redis: listens on 6379, keeps data in /data.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "nginx",
    tags: "any",
    listens: [{ port: 80, protocol: "TCP", httpPaths: "any" }],
    description: "nginx: HTTP on 80.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "busybox",
    tags: "any",
    listens: "declared",
    exitsWithoutCommand: true,
    description: "busybox: runs its command; with no long-running command it exits at once.",
  },
  ...["alpine", "ubuntu", "debian", "centos", "fedora", "bash"].map((repository) => ({
    ...SERVER_DEFAULTS,
    repository,
    tags: "any" as const,
    listens: "declared" as const,
    exitsWithoutCommand: true,
    description: `${repository}: a base image; its default shell exits at once without a long-running command.`,
  })),
  {
    ...SERVER_DEFAULTS,
    repository: "perl",
    tags: "any",
    listens: "declared",
    exits: { code: 0, afterSeconds: 5 },
    description: "perl: runs its script and exits.",
  },
  {
    ...SERVER_DEFAULTS,
    repository: "*",
    tags: "any",
    listens: "declared",
    description: "An image the engine does not know: it runs and listens on the ports it declares.",
  },
];

export interface ImageReference {
  readonly repository: string;
  readonly tag: string;
}

/** Splits `registry/repo:tag` into repository and tag (`latest` when absent; digests keep `@sha…`). */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf("@");
  if (at >= 0) return { repository: image.slice(0, at), tag: image.slice(at) };
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon < 0) return { repository: image, tag: "latest" };
  return { repository: image.slice(0, colon), tag: image.slice(colon + 1) };
}

function normaliseRepository(repository: string): string {
  return repository.replace(/^(docker\.io\/)?(library\/)?/, "");
}

/**
 * The behaviour of an image, or `null` when the cluster cannot pull it (a tag that does not exist,
 * e.g. `kubedeck/web:3.0` or `nginx:1.277`, or a misspelt repository such as `ngnix`).
 */
export function describeImage(image: string): ImageBehaviour | null {
  if (imagePullFailure(image)) return null;
  const { repository, tag } = parseImageReference(image.trim());
  const name = normaliseRepository(repository);
  const candidates = IMAGE_CATALOGUE.filter((entry) => entry.repository === name);
  if (candidates.length === 0) return IMAGE_CATALOGUE[IMAGE_CATALOGUE.length - 1] ?? null;
  return candidates.find((entry) => entry.tags === "any" || entry.tags.includes(tag)) ?? null;
}
