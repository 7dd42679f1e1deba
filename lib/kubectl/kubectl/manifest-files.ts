/** `-f FILE`, `-f DIR` and `-f -` (standard input, named STDIN as kubectl does) for apply, create, replace, delete. */
import type { KubeObject } from "../../cluster";
import { readManifests } from "../../cluster/admission";
import { KubectlError, type Invocation } from "./command";

export interface ManifestSourceLike { readonly file: string; readonly text: string }

export function manifestSources(inv: Invocation): ManifestSourceLike[] {
  const files = inv.flags.strings("filename");
  if (files.length === 0) throw new KubectlError("error: must specify one of -f and -k");
  const sources: ManifestSourceLike[] = [];
  for (const f of files) {
    if (f === "-") { sources.push({ file: "STDIN", text: inv.stdin }); continue; }
    if (/^https?:\/\//.test(f)) throw new KubectlError(`error: this simulated terminal has no network: cannot read ${f}. Paste the manifest with \`cat <<EOF > file.yaml\` instead.`);
    const text = inv.session.files.read(f);
    if (text !== undefined) { sources.push({ file: f, text }); continue; }
    if (inv.session.files.isDirectory(f)) {
      for (const name of inv.session.files.list(f).filter((n) => /\.(ya?ml|json)$/.test(n))) sources.push({ file: `${f.replace(/\/$/, "")}/${name}`, text: inv.session.files.read(`${f}/${name}`) ?? "" });
      continue;
    }
    throw new KubectlError(`error: the path "${f}" does not exist`);
  }
  return sources;
}

/** The objects in the -f files, as written (for delete and get -f). */
export function readManifestArgs(inv: Invocation): KubeObject[] {
  const { documents, errors } = readManifests(manifestSources(inv));
  const first = errors[0];
  if (first) throw new KubectlError(`error: error parsing ${first.file}: error converting YAML to JSON: yaml: line ${first.line}: ${first.message}`);
  return documents.map((d) => d.object);
}
