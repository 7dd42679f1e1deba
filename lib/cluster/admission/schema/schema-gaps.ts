/**
 * Fields the API accepts that the precompiled validators never read, so the read-tracking would
 * call them unknown. Found by comparing every kubernetes-models interface with its validator:
 * only apiextensions types lose `description` and the `x-kubernetes-*` extensions. Each gap is
 * recognised by fields its schema does read.
 */
import type { NodeRecord } from "./tracking-proxy";

interface Gap {
  recognise(known: ReadonlySet<string>): boolean;
  fields: readonly string[];
}

const GAPS: readonly Gap[] = [
  {
    // JSONSchemaProps (CRD schemas)
    recognise: (known) => known.has("$ref") && known.has("uniqueItems"),
    fields: [
      "description",
      "x-kubernetes-embedded-resource",
      "x-kubernetes-int-or-string",
      "x-kubernetes-list-map-keys",
      "x-kubernetes-list-type",
      "x-kubernetes-map-type",
      "x-kubernetes-preserve-unknown-fields",
      "x-kubernetes-validations",
    ],
  },
  { recognise: (known) => known.has("jsonPath") && known.has("priority"), fields: ["description"] }, // CustomResourceColumnDefinition
  { recognise: (known) => known.size === 1 && known.has("url"), fields: ["description"] }, // ExternalDocumentation
];

export function isKnownField(record: NodeRecord, name: string): boolean {
  if (record.known.has(name)) return true;
  return GAPS.some((gap) => gap.fields.includes(name) && gap.recognise(record.known));
}
