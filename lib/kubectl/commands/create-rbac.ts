/** The `kubectl create` generators for access control and quotas, registered together in all.ts. */
import type { KubectlCommand } from "../kubectl/command";
import { command as createClusterRole } from "./create-clusterrole";
import { command as createClusterRoleBinding } from "./create-clusterrolebinding";
import { command as createPriorityClass } from "./create-priorityclass";
import { command as createQuota } from "./create-quota";
import { command as createRole } from "./create-role";
import { command as createRoleBinding } from "./create-rolebinding";
import { command as createServiceAccount } from "./create-serviceaccount";

export const CREATE_RBAC_COMMANDS: readonly KubectlCommand[] = [
  createClusterRole, createClusterRoleBinding, createPriorityClass, createQuota, createRole, createRoleBinding, createServiceAccount,
];
