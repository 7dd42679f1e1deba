/** Which images a node can pull: the tag catalogue (data), typos of known names, other registries assumed to exist. */
import { describe, expect, it } from "vitest";
import { imagePullFailure } from "@/lib/cluster/images/pull-failure";

describe("imagePullFailure", () => {
  it.each([
    "nginx", "nginx:1.27", "nginx:1.27.5", "nginx:1", "nginx:stable-alpine", "nginx:1.27.3-alpine", "docker.io/library/nginx:1.25",
    "redis:7.2-alpine", "postgres:16", "postgres:16.4", "postgres:9.6.24", "mysql:8.0.36", "mongo:7.0", "busybox:1.36", "busybox:1.28",
    "alpine:3.20", "ubuntu:22.04", "ubuntu:jammy", "python:3.12-slim", "node:20.11.1-alpine", "httpd:2.4", "debian:bookworm-slim",
    "k8s.gcr.io/pause:3.1", "registry.k8s.io/pause:3.10", "k8s.gcr.io/etcd:3.5.1-0", "ghcr.io/acme/shop:9.9", "quay.io/x/y:z",
    "mono:6.12", "hashicorp/http-echo:0.2.3", "kubedeck/web:1.0", "nginx@sha256:0123456789abcdef",
  ])("pulls %s", (image) => {
    expect(imagePullFailure(image)).toBeUndefined();
  });

  it("fails a tag that does not exist as containerd does, with the closest tag", () => {
    expect(imagePullFailure("nginx:1.277")).toEqual({
      kind: "tag", repository: "nginx", didYouMean: "1.27",
      message: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.277": failed to resolve reference "docker.io/library/nginx:1.277": docker.io/library/nginx:1.277: not found',
    });
    for (const image of ["nginx:1.27.99", "postgres:16.99", "registry.k8s.io/pause:9.9", "kubedeck/web:3.0", "busybox:1.99"]) expect(imagePullFailure(image)?.kind, image).toBe("tag");
  });

  it("fails a misspelt Docker Hub name as a missing repository, naming the known one", () => {
    expect(imagePullFailure("ngnix:1.27")).toMatchObject({ kind: "repository", repository: "ngnix", didYouMean: "nginx" });
    expect(imagePullFailure("ngnix:1.27")?.message).toContain("pull access denied, repository does not exist or may require authorization");
    expect(imagePullFailure("postgress:16")).toMatchObject({ didYouMean: "postgres" });
    expect(imagePullFailure("kubedeck/wbe:1.0")).toMatchObject({ didYouMean: "kubedeck/web" });
  });
});
