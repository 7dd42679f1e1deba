/** Every diagnosis rule, in the order problems of equal severity and place are listed. */
import type { DiagnosisRule } from "../problem";
import { duplicateKey } from "./duplicate-key";
import { hpaMissingCpuRequest } from "./hpa-missing-cpu-request";
import { ingressBackend } from "./ingress-backend";
import { jobFailed } from "./job-failed";
import { networkPolicyBlocksDns } from "./network-policy-blocks-dns";
import { podConfigError } from "./pod-config-error";
import { podCrashLoop } from "./pod-crash-loop";
import { podFailed } from "./pod-failed";
import { podImagePull } from "./pod-image-pull";
import { podMountFailed } from "./pod-mount-failed";
import { podNotReady } from "./pod-not-ready";
import { podUnschedulable } from "./pod-unschedulable";
import { pvcCannotBind } from "./pvc-cannot-bind";
import { serviceSelectsNoPods } from "./service-selects-no-pods";
import { serviceTargetPort } from "./service-target-port";
import { statefulSetServiceName } from "./statefulset-service-name";

export const ALL_RULES: readonly DiagnosisRule[] = [
  podCrashLoop, podFailed, jobFailed, podImagePull, podConfigError, podUnschedulable, podMountFailed, podNotReady,
  serviceSelectsNoPods, serviceTargetPort, ingressBackend, networkPolicyBlocksDns, pvcCannotBind,
  hpaMissingCpuRequest, statefulSetServiceName, duplicateKey,
];
