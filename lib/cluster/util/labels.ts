/** Label selectors (`matchLabels` + `matchExpressions`) and node selector terms, as the API evaluates them. */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

type Labels = Readonly<Record<string, string>> | undefined;

function requirementMatches(labels: Labels, req: LabelSelectorRequirement): boolean {
  const value = labels?.[req.key];
  const values = req.values ?? [];
  switch (req.operator) {
    case "In":
      return value !== undefined && values.includes(value);
    case "NotIn":
      return value === undefined || !values.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    case "Gt":
      return value !== undefined && Number(value) > Number(values[0]);
    case "Lt":
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

/** Whether labels match a selector. An empty selector matches everything; `null`/absent matches nothing. */
export function selectorMatches(selector: LabelSelector | null | undefined, labels: Labels): boolean {
  if (!selector) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels?.[key] !== value) return false;
  }
  return (selector.matchExpressions ?? []).every((req) => requirementMatches(labels, req));
}

/** A Service-style map selector (`spec.selector`): all pairs must match; empty matches nothing. */
export function mapSelectorMatches(selector: Readonly<Record<string, string>> | undefined, labels: Labels): boolean {
  if (!selector) return false;
  let any = false;
  for (const key of Object.keys(selector)) {
    if (labels?.[key] !== selector[key]) return false;
    any = true;
  }
  return any;
}

export interface NodeSelectorTerm {
  matchExpressions?: LabelSelectorRequirement[];
  matchFields?: LabelSelectorRequirement[];
}

/** A node selector term: every expression and field requirement must hold (`metadata.name` is the one field). */
export function nodeTermMatches(term: NodeSelectorTerm, nodeName: string, labels: Labels): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  if (!exprs.every((req) => requirementMatches(labels, req))) return false;
  return fields.every((req) => requirementMatches({ [req.key]: req.key === "metadata.name" ? nodeName : "" }, req));
}

function isLabelSelector(s: LabelSelector | Readonly<Record<string, string>>): s is LabelSelector {
  return "matchLabels" in s || "matchExpressions" in s;
}

/** `key=value,key2=value2` as kubectl prints selectors. */
export function formatSelector(selector: LabelSelector | Readonly<Record<string, string>> | undefined): string {
  if (!selector) return "<none>";
  const labels: Readonly<Record<string, string>> = isLabelSelector(selector) ? (selector.matchLabels ?? {}) : selector;
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  if (isLabelSelector(selector)) {
    for (const req of selector.matchExpressions ?? []) {
      const vals = (req.values ?? []).join(",");
      if (req.operator === "In") parts.push(`${req.key} in (${vals})`);
      else if (req.operator === "NotIn") parts.push(`${req.key} notin (${vals})`);
      else if (req.operator === "Exists") parts.push(req.key);
      else if (req.operator === "DoesNotExist") parts.push(`!${req.key}`);
    }
  }
  return parts.length > 0 ? parts.join(",") : "<none>";
}
