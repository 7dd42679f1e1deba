/**
 * Volumes served from outside the cluster: network file systems, block devices and cloud disks. The
 * simulated nodes reach no NFS server, iSCSI target or cloud API and have no CSI drivers installed,
 * so the kubelet fails to mount them (FailedMount) and the pod stays ContainerCreating, as on a
 * cluster where that storage is not set up. Messages follow the kubelet's and the mount helpers'.
 */

/** In-tree cloud disks, migrated to these CSI drivers (none is installed here). */
const CSI_MIGRATED: Readonly<Record<string, string>> = {
  awsElasticBlockStore: "ebs.csi.aws.com",
  gcePersistentDisk: "pd.csi.storage.gke.io",
  azureDisk: "disk.csi.azure.com",
  azureFile: "file.csi.azure.com",
  cinder: "cinder.csi.openstack.org",
  vsphereVolume: "csi.vsphere.vmware.com",
  portworxVolume: "pxd.portworx.com",
};

/** Volume types whose in-tree plugins are gone from current kubelets. */
const REMOVED = ["cephfs", "rbd", "glusterfs", "flocker", "quobyte", "scaleIO", "storageos", "photonPersistentDisk"];

const str = (v: unknown, fallback: string): string => (typeof v === "string" && v !== "" ? v : fallback);
const rec = (v: unknown): Record<string, unknown> | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * Why the kubelet cannot mount the volume `name` whose source is `source` (a pod volume or a
 * PersistentVolume's spec), or undefined when it is not an external volume.
 */
export function externalMountFailure(name: string, source: Record<string, unknown> | undefined, podUid: string): string | undefined {
  if (!source) return undefined;
  const nfs = rec(source.nfs);
  if (nfs) {
    const target = `${str(nfs.server, "")}:${str(nfs.path, "/")}`;
    return `MountVolume.SetUp failed for volume "${name}" : mount failed: exit status 32 Mounting command: mount Mounting arguments: -t nfs ${target} /var/lib/kubelet/pods/${podUid}/volumes/kubernetes.io~nfs/${name} Output: mount.nfs: Connection timed out`;
  }
  const iscsi = rec(source.iscsi);
  if (iscsi) {
    const portal = str(iscsi.targetPortal, "");
    return `MountVolume.WaitForAttach failed for volume "${name}" : failed to get any path for iscsi disk, last err seen: iscsi: failed to sendtargets to portal ${portal} output: iscsiadm: cannot make connection to ${portal.split(":")[0] ?? portal}: Connection timed out`;
  }
  const fc = rec(source.fc);
  if (fc) return `MountVolume.WaitForAttach failed for volume "${name}" : no fc disk found`;
  const flex = rec(source.flexVolume);
  if (flex) return `Unable to attach or mount volumes: unmounted volumes=[${name}], unattached volumes=[${name}]: failed to get Plugin from volumeSpec for volume "${name}" err=no volume plugin matched (no FlexVolume driver "${str(flex.driver, "")}" is installed on the node)`;
  for (const [field, driver] of Object.entries(CSI_MIGRATED)) {
    if (rec(source[field])) return `MountVolume.MountDevice failed for volume "${name}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ${driver} not found in the list of registered CSI drivers`;
  }
  for (const field of REMOVED) {
    if (rec(source[field])) return `Unable to attach or mount volumes: unmounted volumes=[${name}], unattached volumes=[${name}]: failed to get Plugin from volumeSpec for volume "${name}" err=no volume plugin matched (the in-tree ${field} plugin is no longer part of Kubernetes; use its CSI driver)`;
  }
  return undefined;
}
