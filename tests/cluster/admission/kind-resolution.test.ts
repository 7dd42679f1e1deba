/** Kind and version resolution: served kinds, removed APIs, configuration files, typos. */
import { describe, expect, it } from "vitest";
import { explainUnservedKind, isNamespaced, resourceFor } from "@/lib/cluster/admission";
import { VALIDATORS } from "@/lib/cluster/admission/registry/validators";
import { allServedKinds, apiVersionOf, servedKind } from "@/lib/cluster/admission/registry/served-kinds";
import { admitText } from "./helpers/admit-text";

describe("kind resolution", () => {
  it("maps served kinds to their resources and scope", () => {
    expect(resourceFor("apps/v1", "Deployment")).toEqual({ group: "apps", version: "v1", resource: "deployments", namespaced: true });
    expect(resourceFor("v1", "Namespace")).toEqual({ group: "", version: "v1", resource: "namespaces", namespaced: false });
    expect(resourceFor("networking.k8s.io/v1", "IngressClass")?.namespaced).toBe(false);
    expect(isNamespaced("v1", "ConfigMap")).toBe(true);
    expect(isNamespaced("rbac.authorization.k8s.io/v1", "ClusterRole")).toBe(false);
    expect(resourceFor("extensions/v1beta1", "Deployment")).toBeUndefined();
  });

  it("has a schema validator for every served kind and no validator without a served kind", () => {
    for (const key of Object.keys(VALIDATORS)) {
      const slash = key.lastIndexOf("/");
      expect(servedKind(key.slice(0, slash), key.slice(slash + 1)), key).toBeDefined();
    }
    for (const served of allServedKinds()) expect(VALIDATORS[`${apiVersionOf(served)}/${served.kind}`], served.kind).toBeDefined();
    expect(allServedKinds()).toHaveLength(Object.keys(VALIDATORS).length);
  });

  it.each([
    ["extensions/v1beta1", "Deployment", /^no matches for kind "Deployment" in version "extensions\/v1beta1": .*Deployment moved to apps\/v1/],
    ["policy/v1beta1", "PodSecurityPolicy", /PodSecurityPolicy was removed in Kubernetes 1\.25; use Pod Security Admission/],
    ["policy/v1beta1", "PodDisruptionBudget", /PodDisruptionBudget moved to policy\/v1/],
    ["flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", /removed in Kubernetes 1\.29; FlowSchema moved to flowcontrol\.apiserver\.k8s\.io\/v1/],
    ["networking.k8s.io/v1beta1", "Ingress", /Ingress moved to networking\.k8s\.io\/v1/],
    ["batch/v1beta1", "CronJob", /CronJob moved to batch\/v1/],
    ["kind.x-k8s.io/v1alpha4", "Cluster", /this is a configuration file for kind \(Kubernetes in Docker\), read at start-up, not an object you apply to the API server/],
    ["audit.k8s.io/v1", "Policy", /configuration file for the kube-apiserver's audit logging/],
    ["kubelet.config.k8s.io/v1beta1", "KubeletConfiguration", /configuration file for the kubelet/],
    ["v1", "Config", /kubeconfig file/],
    ["kustomize.config.k8s.io/v1beta1", "Kustomization", /configuration file for kustomize.*kubectl apply -k DIR/],
    ["v1", "Deployment", /Deployment is served as apiVersion "apps\/v1"/],
    ["v1", "HorizontalPodAutoscaler", /served as apiVersion "autoscaling\/v1" or "autoscaling\/v2"/],
    ["apps/v1", "deployment", /kinds are case-sensitive; did you mean "Deployment"/],
    ["apps/v1", "Deploymnet", /did you mean "Deployment"\?/],
    ["cert-manager.io/v1", "Certificate", /ensure CRDs are installed first/],
  ])("%s %s is answered like kubectl, with a hint", (apiVersion, kind, message) => {
    expect(explainUnservedKind(apiVersion, kind)).toMatch(message);
  });

  it("reports an unserved kind at the kind line, once, with the object's name", () => {
    const { errors } = admitText("apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec: {}\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, object: "PodSecurityPolicy/restricted", path: "" });
  });

  it("defaults the namespace of namespaced kinds and drops it from cluster-scoped ones", () => {
    const { objects } = admitText("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r, namespace: default}\nrules: []\n");
    expect(objects.map((o) => o.metadata.namespace)).toEqual(["default", undefined]);
  });
});
