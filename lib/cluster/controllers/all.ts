/** Every controller, in the order a reconcile round runs them. */
import { createScheduler } from "../scheduler/scheduler";
import type { Controller } from "./controller";
import { deploymentController } from "./deployment";
import { createEndpointSliceController } from "./endpoint-slice";
import { garbageCollector } from "./garbage-collector";
import { ingressStatusController } from "./ingress-status";
import { namespaceController } from "./namespace";
import { nodeLifecycleController } from "./node-lifecycle";
import { replicaSetController, replicationControllerController } from "./replicaset";
import { statefulSetController } from "./statefulset";
import { daemonSetController } from "./daemonset";
import { jobController } from "./job";
import { cronJobController } from "./cronjob";
import { volumeBindingController } from "./volume-binding";
import { resourceQuotaController } from "./resource-quota";
import { hpaController } from "./hpa";
import { disruptionController } from "./disruption";
import { createDrainRetry } from "./drain";

export function allControllers(kubelet: Controller): Controller[] {
  return [
    namespaceController,
    garbageCollector,
    hpaController,
    deploymentController,
    replicaSetController,
    replicationControllerController,
    statefulSetController,
    daemonSetController,
    cronJobController,
    jobController,
    volumeBindingController,
    nodeLifecycleController,
    createScheduler(),
    kubelet,
    createEndpointSliceController(),
    disruptionController,
    createDrainRetry(),
    ingressStatusController,
    resourceQuotaController,
  ];
}
