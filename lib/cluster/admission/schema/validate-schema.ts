/** Schema validation of one object: OpenAPI types, required fields, enums, formats and strict unknown fields. */
import type { SchemaValidator } from "../registry/validators";
import { describeSchemaErrors } from "./schema-errors";
import { trackReads } from "./tracking-proxy";
import { findUnknownFields, type SchemaFinding } from "./unknown-fields";

export type { SchemaFinding };

export function validateAgainstSchema(validator: SchemaValidator, document: unknown): SchemaFinding[] {
  const tracker = trackReads(document);
  const valid = validator(tracker.root);
  const typeErrors = valid ? [] : describeSchemaErrors(document, validator.errors ?? [], tracker);
  return [...findUnknownFields(document, tracker), ...typeErrors];
}
