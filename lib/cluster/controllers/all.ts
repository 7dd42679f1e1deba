/** Every controller, in the order a reconcile round runs them. */
import { createScheduler } from "../scheduler/scheduler";
import type { Controller } from "./controller";
import { deploymentController } from "./deployment";
import { endpointSliceController } from "./endpoint-slice";
import { garbageCollector } from "./garbage-collector";
import { ingressStatusController } from "./ingress-status";
import { namespaceController } from "./namespace";
import { nodeLifecycleController } from "./node-lifecycle";
import { replicaSetController, replicationControllerController } from "./replicaset";

export function allControllers(kubelet: Controller): Controller[] {
  return [
    namespaceController,
    garbageCollector,
    deploymentController,
    replicaSetController,
    replicationControllerController,
    nodeLifecycleController,
    createScheduler(),
    kubelet,
    endpointSliceController,
    ingressStatusController,
  ];
}
