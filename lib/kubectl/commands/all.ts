/** Every kubectl command this shell knows, in `kubectl --help` order. Adding a command: add its file here. */
import type { KubectlCommand } from "../kubectl/command";
import { command as createDeployment } from "./create-deployment";
import { command as createNamespace } from "./create-namespace";
import { command as createConfigmap } from "./create-configmap";
import { command as createSecretGeneric } from "./create-secret-generic";
import { command as get } from "./get";
import { command as run } from "./run";

export const ALL_COMMANDS: readonly KubectlCommand[] = [
  createConfigmap, createDeployment, createNamespace, createSecretGeneric,
  get, run,
];
