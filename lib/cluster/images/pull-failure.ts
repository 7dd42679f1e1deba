/**
 * Whether a node could pull an image, decided from data: Docker Hub's common public repositories and
 * registry.k8s.io's documentation images with the tags that exist (public-tags.json), and the
 * teaching images of the behaviour catalogue. A tag that is not listed fails as containerd fails
 * (`… not found`); a Docker Hub name a small edit away from a known one (`ngnix`) fails as a
 * repository that does not exist, with the closest name. Other registries, other Docker Hub names
 * and digests are assumed to exist.
 */
import { closestName } from "../admission/suggest";
import data from "./public-tags.json";

interface TagRules {
  /** Version line → highest patch, or "*" for any numeric continuation. */
  readonly lines: Readonly<Record<string, number | string>>;
  /** Whether the major version alone (`1` of `1.27`) is a tag. */
  readonly majors: boolean;
  readonly variants: readonly string[];
  readonly named: readonly string[];
}

export interface PullFailure {
  /** `tag`: the repository exists but not the tag; `repository`: no such repository. */
  readonly kind: "tag" | "repository";
  /** The runtime's error, as the kubelet's `Failed to pull image "…": …` event and waiting message carry it. */
  readonly message: string;
  /** The closest known repository (`nginx` for `ngnix`) or tag (`1.27` for `1.277`). */
  readonly didYouMean?: string;
  /** The repository as the catalogue names it (`nginx`, `registry.k8s.io/pause`). */
  readonly repository: string;
}

const REPOSITORIES: Readonly<Record<string, TagRules>> = data.repositories;
const ALIASES: Readonly<Record<string, string>> = data.aliases;
const EXISTING = new Set<string>(data.existing);
/** Teaching images whose tags the behaviour catalogue lists (kept in step with catalogue.ts). */
const TEACHING: Readonly<Record<string, readonly string[]>> = { "kubedeck/web": ["1.0", "2.0"], "kubedeck/api": ["1.0"], "kubedeck/log-agent": ["1.0"] };
const DOCKER_HUB_NAMES = [...Object.keys(REPOSITORIES).filter((r) => !r.includes(".")), ...Object.keys(TEACHING)];

interface Reference { readonly registry: string; readonly path: string; readonly tag: string; readonly full: string }

/** `ngnix:1.27` → docker.io, library/ngnix, 1.27, `docker.io/library/ngnix:1.27` (the runtime's spelling). */
function parse(image: string): Reference | undefined {
  if (image.includes("@")) return undefined;
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  const name = colon < 0 ? image : image.slice(0, colon);
  const tag = colon < 0 ? "latest" : image.slice(colon + 1);
  const first = name.split("/")[0] ?? "";
  const hasRegistry = name.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasRegistry ? first : "docker.io";
  let path = hasRegistry ? name.slice(first.length + 1) : name;
  if (registry === "docker.io" && !path.includes("/")) path = `library/${path}`;
  return { registry, path, tag, full: `${registry}/${path}:${tag}` };
}

function catalogueName(ref: Reference): string {
  if (ref.registry === "docker.io") return ref.path.replace(/^library\//, "");
  return `${ALIASES[ref.registry] ?? ref.registry}/${ref.path}`;
}

function versionExists(rules: TagRules, version: string): boolean {
  if (Object.hasOwn(rules.lines, version)) return true;
  for (const [line, highest] of Object.entries(rules.lines)) {
    if (rules.majors && line.split(".")[0] === version && !line.startsWith("v")) return true;
    if (!version.startsWith(`${line}.`)) continue;
    const rest = version.slice(line.length + 1);
    if (highest === "*") return /^[0-9]+(\.[0-9]+)*$/.test(rest);
    if (/^[0-9]+$/.test(rest) && Number(rest) <= Number(highest)) return true;
  }
  return false;
}

export function tagExists(rules: TagRules, tag: string): boolean {
  if (rules.named.includes(tag)) return true;
  if (versionExists(rules, tag)) return true;
  for (const variant of rules.variants) {
    if (tag.endsWith(`-${variant}`) && versionExists(rules, tag.slice(0, -variant.length - 1))) return true;
  }
  return false;
}

const notFound = (ref: Reference): string =>
  `rpc error: code = NotFound desc = failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${ref.full}: not found`;
const noRepository = (ref: Reference): string =>
  `rpc error: code = Unknown desc = failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;

function decide(image: string): PullFailure | undefined {
  const ref = parse(image);
  if (!ref) return undefined;
  const repository = catalogueName(ref);
  const teaching = TEACHING[repository];
  if (teaching) return teaching.includes(ref.tag) ? undefined : { kind: "tag", message: notFound(ref), repository, ...suggest(ref.tag, teaching) };
  const rules = REPOSITORIES[repository];
  if (rules) {
    if (tagExists(rules, ref.tag)) return undefined;
    return { kind: "tag", message: notFound(ref), repository, ...suggest(ref.tag, [...Object.keys(rules.lines), ...rules.named]) };
  }
  if (ref.registry !== "docker.io" || EXISTING.has(repository)) return undefined;
  const near = closestName(repository, DOCKER_HUB_NAMES);
  return near ? { kind: "repository", message: noRepository(ref), repository, didYouMean: near } : undefined;
}

function suggest(tag: string, candidates: readonly string[]): { didYouMean?: string } {
  const near = closestName(tag, candidates);
  return near ? { didYouMean: near } : {};
}

const decided = new Map<string, PullFailure | null>();

/** Why a node cannot pull `image`, or undefined when it can. */
export function imagePullFailure(image: string): PullFailure | undefined {
  let result = decided.get(image);
  if (result === undefined) {
    result = decide(image.trim()) ?? null;
    if (decided.size >= 4096) decided.clear();
    decided.set(image, result);
  }
  return result ?? undefined;
}
