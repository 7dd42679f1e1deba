/**
 * Name and label syntax, with the messages of k8s.io/apimachinery/pkg/util/validation.
 * Each check returns the problems as sentences (empty when valid).
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;
const HAS_LETTER = /[a-z]/;

/** Shared "no problems" answer: most names are valid, so the common case allocates nothing. */
const NONE: readonly string[] = Object.freeze([]);

function maxLength(value: string, limit: number): string[] {
  return value.length > limit ? [`must be no more than ${limit} characters`] : [];
}

export function dns1123Label(value: string): readonly string[] {
  if (value.length <= 63 && DNS1123_LABEL.test(value)) return NONE;
  const problems = maxLength(value, 63);
  if (!DNS1123_LABEL.test(value)) {
    problems.push("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
  }
  return problems;
}

export function dns1123Subdomain(value: string): readonly string[] {
  if (value.length <= 253 && DNS1123_SUBDOMAIN.test(value)) return NONE;
  const problems = maxLength(value, 253);
  if (!DNS1123_SUBDOMAIN.test(value)) {
    problems.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }
  return problems;
}

export function dns1035Label(value: string): readonly string[] {
  if (value.length <= 63 && DNS1035_LABEL.test(value)) return NONE;
  const problems = maxLength(value, 63);
  if (!DNS1035_LABEL.test(value)) {
    problems.push("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
  }
  return problems;
}

/** RBAC objects and a few others accept any name usable as a URL path segment. */
export function pathSegmentName(value: string): readonly string[] {
  if (value === "." || value === "..") return [`may not be '${value}'`];
  const bad = ["/", "%"].filter((c) => value.includes(c));
  return bad.map((c) => `may not contain '${c}'`);
}

/** Label and annotation keys: an optional DNS-subdomain prefix and a name part of at most 63 characters. */
const SIMPLE_QUALIFIED = /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function qualifiedName(value: string): readonly string[] {
  if (value.length <= 63 && SIMPLE_QUALIFIED.test(value)) return NONE;
  const parts = value.split("/");
  let name = value;
  const problems: string[] = [];
  if (parts.length > 2) {
    return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    name = parts[1] ?? "";
    if (prefix === "") problems.push("prefix part must be non-empty");
    else problems.push(...dns1123Subdomain(prefix).map((p) => `prefix part ${p}`));
  }
  if (name === "") problems.push("name part must be non-empty");
  else {
    if (name.length > 63) problems.push("name part must be no more than 63 characters");
    if (!QUALIFIED_NAME_PART.test(name)) {
      problems.push("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    }
  }
  return problems;
}

export function labelValue(value: string): readonly string[] {
  if (value.length <= 63 && LABEL_VALUE.test(value)) return NONE;
  const problems = maxLength(value, 63);
  if (!LABEL_VALUE.test(value)) {
    problems.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  }
  return problems;
}

/** Port names (IANA_SVC_NAME): at most 15 characters, lowercase letters, digits and '-', at least one letter. */
export function portName(value: string): readonly string[] {
  const problems = maxLength(value, 15);
  if (!IANA_SVC_NAME_CHARS.test(value)) problems.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (value.includes("--")) problems.push("must not contain consecutive hyphens");
  if (value.startsWith("-") || value.endsWith("-")) problems.push("must not begin or end with a hyphen");
  if (!HAS_LETTER.test(value)) problems.push("must contain at least one letter (a-z)");
  return problems;
}

/** ConfigMap and Secret keys. */
export function configMapKey(value: string): readonly string[] {
  const problems = maxLength(value, 253);
  if (!/^[-._a-zA-Z0-9]+$/.test(value)) problems.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  if (value === "." || value === "..") problems.push(`must not be '${value}'`);
  else if (value.startsWith("..")) problems.push("must not start with '..'");
  return problems;
}
