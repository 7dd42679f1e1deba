/** pod-image-pull: an image the nodes cannot pull, with the closest repository or tag that exists. */
import { imagePullFailure } from "../../images/pull-failure";
import { podPathIn } from "../paths";
import { podsOf, type DiagnosisRule, type Finding } from "../problem";

const PULL = new Set(["ErrImagePull", "ImagePullBackOff"]);

export const podImagePull: DiagnosisRule = {
  meta: { id: "pod-image-pull", title: "an image cannot be pulled", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      const pod = group.pods.find((p) => [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])].some((s) => PULL.has(s.state.waiting?.reason ?? "")));
      if (!pod) continue;
      const status = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find((s) => PULL.has(s.state.waiting?.reason ?? ""));
      const init = (pod.spec.initContainers ?? []).findIndex((c) => c.name === status?.name);
      const index = init >= 0 ? init : pod.spec.containers.findIndex((c) => c.name === status?.name);
      const image = status?.image ?? "";
      const failure = imagePullFailure(image);
      const path = podPathIn(group.owner, `spec.${init >= 0 ? "initContainers" : "containers"}[${index}].image`);
      const why = failure?.kind === "repository"
        ? `there is no repository "${failure.repository}" on Docker Hub${failure.didYouMean ? ` — did you mean ${failure.didYouMean}?` : ""}`
        : `repository ${failure?.repository ?? image} has no tag "${image.split(":").pop() ?? ""}"${failure?.didYouMean ? ` — did you mean ${failure.repository}:${failure.didYouMean}?` : ""}`;
      out.push({
        object: group.owner, path,
        message: `${podsOf(group)} cannot start: image "${image}" cannot be pulled (${status?.state.waiting?.reason ?? "ErrImagePull"}): ${why}${why.endsWith("?") ? "" : "."}`,
        fix: failure?.didYouMean ? `Use ${failure.kind === "repository" ? failure.didYouMean : `${failure.repository}:${failure.didYouMean}`} (check the spelling against the registry).` : "Use an image name and tag that exist in the registry (docker.io unless the name starts with a registry host).",
      });
    }
    return out;
  },
};
