/**
 * Validators from kubernetes-models' model classes. Each class carries its schema's precompiled Ajv
 * function behind `prototype.validate`, which throws a ValidationError listing Ajv's errors; these
 * adapters turn that into the `(data) => boolean` + `.errors` shape admission reads. The document
 * itself (or the read-tracking proxy over it) is what the Ajv function reads, so unknown-field
 * detection sees the same reads as with the bare function.
 */
import { validate as validateObjectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
import type { AjvError, SchemaValidator } from "./validators";

interface ModelClass {
  readonly prototype: { validate(): void };
}

const errorsOf = (error: unknown): readonly AjvError[] | undefined => {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as AjvError[]) : undefined;
};

export function modelValidator(model: ModelClass): SchemaValidator {
  const validator: SchemaValidator = (data: unknown): boolean => {
    try {
      model.prototype.validate.call(data);
      validator.errors = null;
      return true;
    } catch (error) {
      const errors = errorsOf(error);
      if (!errors) throw error;
      validator.errors = errors;
      return false;
    }
  };
  return validator;
}

const validateMetadata = validateObjectMeta as SchemaValidator;

/**
 * For the few served kinds newer than the schemas of the kubernetes-models release that runs on
 * Node 20 (resource.k8s.io/v1, storage.k8s.io/v1 VolumeAttributesClass): the document must be an
 * object with valid metadata; its other top-level fields are taken as they are (read as maps, so no
 * field below them is called unknown).
 */
export const structuralValidator: SchemaValidator = (data: unknown): boolean => {
  const errors: AjvError[] = [];
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    errors.push({ instancePath: "", keyword: "type", params: { type: "object" }, message: "must be object" });
  } else {
    const document = data as Record<string, unknown>;
    for (const field of ["apiVersion", "kind"]) {
      if (typeof document[field] !== "string") errors.push({ instancePath: "", keyword: "required", params: { missingProperty: field }, message: `must have required property '${field}'` });
    }
    const metadata = document.metadata;
    if (metadata !== undefined && metadata !== null && !validateMetadata(metadata)) {
      errors.push(...(validateMetadata.errors ?? []).map((e) => ({ ...e, instancePath: `/metadata${e.instancePath}` })));
    }
    for (const field in document) {
      const value = document[field];
      if (value !== null && typeof value === "object") for (const key in value) void key;
    }
  }
  structuralValidator.errors = errors.length > 0 ? errors : null;
  return errors.length === 0;
};
