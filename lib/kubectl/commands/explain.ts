/** `kubectl explain TYPE[.field.path] [--recursive] [--api-version GROUP/VERSION]`: field documentation (../explain). */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { resourceOrThrow } from "../kubectl/objects";
import { groupOf } from "../kubectl/resources";
import { explainDocs } from "../explain/docs";
import { ExplainError, renderExplain } from "../explain/render";

export const command: KubectlCommand = {
  path: "explain",
  short: "Get documentation for a resource",
  usage: "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
  flags: [
    { name: "recursive", type: "bool" },
    { name: "api-version", type: "string" },
    { name: "output", short: "o", type: "string", default: "plaintext" },
  ],
  run: (inv) => {
    const typed = inv.args[0];
    if (typed === undefined) {
      throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl explain -h\' for help and examples');
    }
    if (inv.args.length > 1) throw new KubectlError(`error: We accept only this format: explain RESOURCE\nSee 'kubectl explain -h' for help and examples`);
    const output = inv.flags.string("output");
    if (output !== "plaintext" && output !== "plaintext-openapiv2") throw new KubectlError(`error: unsupported output format: ${output}. Choose one of: plaintext, plaintext-openapiv2`);
    const [resourceName = "", ...path] = typed.split(".");
    const resource = resourceOrThrow(resourceName);
    const docs = explainDocs();
    if (!docs) throw new KubectlError("error: the field documentation is still loading in this terminal; run the command again in a moment");
    const entry = docs.kinds[resource.kind];
    if (!entry) throw new KubectlError(`error: this simulated terminal has no field documentation for ${resource.kind}; it covers ${Object.keys(docs.kinds).sort().join(", ")}`);
    const wanted = inv.flags.string("api-version");
    const have = entry.g ? `${entry.g}/${entry.v}` : entry.v;
    if (wanted && wanted !== have) {
      const [group, version] = wanted.includes("/") ? wanted.split("/") : ["", wanted];
      if (group !== groupOf(resource)) throw new KubectlError(`error: couldn't find resource for "${wanted}, Resource=${resource.name}"`);
      throw new KubectlError(`error: this simulated terminal documents ${resource.name} in ${have} only, not ${version ?? wanted}`);
    }
    try {
      return { stdout: renderExplain(docs, resource.kind, path, inv.flags.bool("recursive")), stderr: "", code: 0 };
    } catch (e) {
      if (e instanceof ExplainError) throw new KubectlError(e.message);
      throw e;
    }
  },
};
