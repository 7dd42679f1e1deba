/** Schema validation of one object: OpenAPI types, required fields, enums, formats and strict unknown fields. */
import type { SchemaValidator } from "../registry/validators";
import { cachedTracker, learnShapes } from "./learned-shapes";
import { describeSchemaErrors } from "./schema-errors";
import { trackReads } from "./tracking-proxy";
import { findUnknownFields, type SchemaFinding } from "./unknown-fields";

export type { SchemaFinding };

export function validateAgainstSchema(validator: SchemaValidator, document: unknown): SchemaFinding[] {
  // A valid document whose places the cache knows needs no proxy (see learned-shapes.ts). The cache
  // is asked first: a document it cannot answer goes straight to the proxy, validated once, not twice.
  const cached = cachedTracker(validator, document);
  if (cached && validator(document)) return cached.clean ? [] : findUnknownFields(document, cached.tracker);
  const tracker = trackReads(document);
  const valid = validator(tracker.root);
  const typeErrors = valid ? [] : describeSchemaErrors(document, validator.errors ?? [], tracker);
  const unknown = findUnknownFields(document, tracker);
  if (valid && unknown.length === 0) learnShapes(validator, document, tracker);
  return [...unknown, ...typeErrors];
}
