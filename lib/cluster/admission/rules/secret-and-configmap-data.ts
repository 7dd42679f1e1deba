/** Secret and ConfigMap keys are valid file names; typed Secrets carry their required keys; no key in both data maps. */
import type { KubeObject } from "../../object";
import { obj, str } from "../access";
import { invalid, required } from "./messages";
import { configMapKey } from "./name-syntax";
import type { Rule, RuleFinding } from "./rule";

const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/basic-auth": [],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"],
};

function keysOf(object: KubeObject, fields: readonly string[], findings: RuleFinding[]): Set<string> {
  const keys = new Set<string>();
  for (const field of fields) {
    const map = obj(object[field]);
    if (!map) continue;
    for (const key of Object.keys(map)) {
      for (const problem of configMapKey(key)) findings.push(invalid(`${field}[${key}]`, key, problem));
      if (keys.has(key) && field !== "stringData") findings.push(invalid(`${field}[${key}]`, key, "duplicate of key present in data", "A key may appear in data or binaryData, not both."));
      keys.add(key);
    }
  }
  return keys;
}

export const secretAndConfigMapData: Rule = {
  meta: { id: "secret-and-configmap-data", title: "Secret and ConfigMap keys are valid and typed Secrets have their keys", kinds: ["Secret", "ConfigMap"] },
  check(object) {
    const findings: RuleFinding[] = [];
    if (object.kind === "ConfigMap") {
      keysOf(object, ["data", "binaryData"], findings);
      return findings;
    }
    const keys = keysOf(object, ["data", "stringData"], findings);
    const type = str(object.type) ?? "Opaque";
    for (const key of REQUIRED_KEYS[type] ?? []) {
      if (!keys.has(key)) findings.push(required(`data[${key}]`, undefined, `A Secret of type ${type} must contain the key ${key}.`));
    }
    if (type === "kubernetes.io/basic-auth" && !keys.has("username") && !keys.has("password")) {
      findings.push(required("data[username]", undefined, "A basic-auth Secret needs a username or password key."));
    }
    if (type === "kubernetes.io/service-account-token") {
      const annotations = object.metadata.annotations ?? {};
      if (!annotations["kubernetes.io/service-account.name"]) findings.push(required("metadata.annotations[kubernetes.io/service-account.name]"));
    }
    return findings;
  },
};
