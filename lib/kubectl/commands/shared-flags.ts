/** Flags several kubectl commands share, written once. */
import type { FlagSpec } from "../kubectl/flags";

export const OUTPUT_FLAGS: readonly FlagSpec[] = [
  { name: "output", short: "o", type: "string" },
  { name: "template", type: "string", ignored: true },
  { name: "show-managed-fields", type: "bool", ignored: true },
];

export const DRY_RUN_FLAGS: readonly FlagSpec[] = [
  { name: "dry-run", type: "string", noOptDefault: "unchanged" },
  { name: "save-config", type: "bool", ignored: true },
  { name: "validate", type: "string", ignored: true },
  { name: "field-manager", type: "string", ignored: true },
];
