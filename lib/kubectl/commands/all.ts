/** Every kubectl command this shell knows, in `kubectl --help` order. Adding a command: add its file here. */
import type { KubectlCommand } from "../kubectl/command";
import { command as annotate } from "./annotate";
import { command as apiResources } from "./api-resources";
import { command as apply } from "./apply";
import { command as autoscale } from "./autoscale";
import { command as config } from "./config";
import { command as cordon } from "./cordon";
import { command as create } from "./create";
import { command as createConfigmap } from "./create-configmap";
import { command as createCronjob } from "./create-cronjob";
import { command as createDeployment } from "./create-deployment";
import { command as createIngress } from "./create-ingress";
import { command as createJob } from "./create-job";
import { command as createNamespace } from "./create-namespace";
import { command as createSecretGeneric } from "./create-secret-generic";
import { CREATE_SERVICE_COMMANDS } from "./create-service";
import { CREATE_RBAC_COMMANDS } from "./create-rbac";
import { command as deleteCommand } from "./delete";
import { command as describe } from "./describe";
import { command as drain } from "./drain";
import { command as edit } from "./edit";
import { command as exec } from "./exec";
import { command as explain } from "./explain";
import { command as expose } from "./expose";
import { command as get } from "./get";
import { command as label } from "./label";
import { command as logs } from "./logs";
import { command as replace } from "./replace";
import { command as rolloutHistory } from "./rollout-history";
import { command as rolloutPause } from "./rollout-pause";
import { command as rolloutRestart } from "./rollout-restart";
import { command as rolloutResume } from "./rollout-resume";
import { command as rolloutStatus } from "./rollout-status";
import { command as rolloutUndo } from "./rollout-undo";
import { command as run } from "./run";
import { command as scale } from "./scale";
import { command as setEnv } from "./set-env";
import { command as setImage } from "./set-image";
import { command as setResources } from "./set-resources";
import { command as setSelector } from "./set-selector";
import { command as setServiceAccount } from "./set-serviceaccount";
import { command as taint } from "./taint";
import { TOP_COMMANDS } from "./top";
import { command as uncordon } from "./uncordon";
import { NOT_SIMULATED } from "./not-simulated";

export const ALL_COMMANDS: readonly KubectlCommand[] = [
  annotate, apiResources, apply, autoscale, config, cordon, create, createConfigmap, createCronjob, createDeployment, createIngress, createJob, createNamespace, createSecretGeneric, ...CREATE_SERVICE_COMMANDS, ...CREATE_RBAC_COMMANDS, deleteCommand, describe, drain, edit, exec, explain, expose, get, label, logs, replace, rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo, run, scale, setEnv, setImage, setResources, setSelector, setServiceAccount, taint, ...TOP_COMMANDS, uncordon,
  ...NOT_SIMULATED,
];
