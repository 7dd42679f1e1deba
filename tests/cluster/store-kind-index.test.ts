import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../lib/cluster/object";
import { Store } from "../../lib/cluster/store/store";

const cm = (namespace: string, name: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { namespace, name, uid: `${namespace}-${name}` } });

describe("store kind indexes", () => {
  it("keeps by-kind and by-namespace keys in insertion order as namespaces come and go", () => {
    const store = new Store();
    store.put(cm("a", "1"));
    store.put(cm("a", "2"));
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/2"]);
    expect([...store.keys("ConfigMap", "a")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/2"]);
    store.put(cm("b", "1"));
    store.put(cm("a", "3"));
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/2", "ConfigMap/b/1", "ConfigMap/a/3"]);
    expect([...store.keys("ConfigMap", "a")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/2", "ConfigMap/a/3"]);
    expect([...store.keys("ConfigMap", "b")]).toEqual(["ConfigMap/b/1"]);
    store.remove("ConfigMap/a/2");
    store.remove("ConfigMap/b/1");
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/3"]);
    expect([...store.keys("ConfigMap", "b")]).toEqual([]);
    store.put(cm("c", "1"));
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/3", "ConfigMap/c/1"]);
    expect([...store.keys("ConfigMap", "a")]).toEqual(["ConfigMap/a/1", "ConfigMap/a/3"]);
  });

  it("starts afresh once a kind is empty, and one namespace's removals show in both views", () => {
    const store = new Store();
    store.put(cm("a", "1"));
    store.remove("ConfigMap/a/1");
    expect([...store.keys("ConfigMap")]).toEqual([]);
    expect([...store.keys("ConfigMap", "a")]).toEqual([]);
    store.put(cm("b", "1"));
    store.put(cm("b", "2"));
    store.remove("ConfigMap/b/1");
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/b/2"]);
    expect([...store.keys("ConfigMap", "b")]).toEqual(["ConfigMap/b/2"]);
    expect([...store.keys("ConfigMap", "a")]).toEqual([]);
    store.put(cm("a", "9"));
    expect([...store.keys("ConfigMap")]).toEqual(["ConfigMap/b/2", "ConfigMap/a/9"]);
    expect([...store.keys("ConfigMap", "b")]).toEqual(["ConfigMap/b/2"]);
  });
});
