// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Turning a create input into a placement (GPU type, data center, cloud, price) or the error
// RunPod would give. Pure: reads the state, changes nothing.
import { MSG, SimError } from './errors.mjs';

/** Resolve template defaults, image and env (as [{key,value}]) for a create input. */
export function resolveSpec(state, input) {
  let template = null;
  if (input.templateId) {
    template = state.podTemplates.find((t) => t.id === input.templateId);
    if (!template) throw new SimError(MSG.templateNotFound);
  }
  const pick = (k, dflt) => input[k] ?? template?.[k] ?? dflt;
  const imageName = pick('imageName', null);
  if (!imageName) throw new SimError(MSG.imageRequired);
  const env = [];
  for (const e of [...(template?.env || []), ...(input.env || [])]) {
    if (!e || e.key == null) continue;
    const i = env.findIndex((x) => x.key === e.key);
    if (i >= 0) env.splice(i, 1);
    env.push({ key: String(e.key), value: e.value == null ? '' : String(e.value) });
  }
  const startSsh = input.startSsh ?? template?.startSsh ?? false;
  // startSsh injects the account's keys as PUBLIC_KEY unless the request already sets one.
  if (startSsh && state.account.pubKey && !env.some((e) => e.key === 'PUBLIC_KEY')) {
    env.push({ key: 'PUBLIC_KEY', value: state.account.pubKey });
  }
  return {
    name: input.name ?? template?.name ?? imageName,
    imageName,
    templateId: template?.id ?? null,
    dockerArgs: pick('dockerArgs', ''),
    ports: pick('ports', ''),
    containerDiskInGb: pick('containerDiskInGb', 50),
    volumeInGb: pick('volumeInGb', 0),
    volumeMountPath: pick('volumeMountPath', '/workspace'),
    env,
    startSsh,
  };
}

/**
 * Choose where a pod goes. Candidates are tried in gpuTypeIdList order; within one GPU type
 * the cheapest pool with enough free GPUs wins (ALL therefore prefers community cloud).
 * `bidPerGpu` (spot) prices by the bid and needs a pool whose spot price the bid meets.
 */
export function choosePlacement(state, input, spec, bidPerGpu = null) {
  const { catalog } = state;
  const gpuCount = input.gpuCount ?? 1;
  let dataCenterId = input.dataCenterId ?? null;
  let networkVolume = null;
  if (input.networkVolumeId) {
    networkVolume = state.networkVolumes.find((v) => v.id === input.networkVolumeId);
    if (!networkVolume) throw new SimError(MSG.networkVolumeNotFound);
    // A network volume pins the pod to the volume's data center.
    if (dataCenterId && dataCenterId !== networkVolume.dataCenterId) throw new SimError(MSG.noCapacity);
    dataCenterId = networkVolume.dataCenterId;
  }
  const ids = input.gpuTypeIdList?.length ? input.gpuTypeIdList : [input.gpuTypeId];
  let lowestBid = null;
  for (const id of ids) {
    const gpu = id ? catalog.gpuType(id) : null;
    if (!gpu || gpu.id === 'unknown' || gpuCount < 1) continue;
    const pools = catalog
      .pools(gpu, {
        cloudType: input.cloudType ?? 'ALL',
        dataCenterId,
        countryCode: input.countryCode,
        minDownload: input.minDownload,
        minUpload: input.minUpload,
        supportPublicIp: input.supportPublicIp,
        cudaVersion: input.cudaVersion,
        allowedCudaVersions: input.allowedCudaVersions,
        minCudaVersion: input.minCudaVersion,
        diskGb: spec.containerDiskInGb + spec.volumeInGb,
      })
      .filter(
        (p) =>
          p.free >= gpuCount &&
          gpuCount <= p.maxCount &&
          (input.minVcpuCount ?? 0) <= gpu.vcpuPerGpu * gpuCount &&
          (input.minMemoryInGb ?? 0) <= gpu.memoryInGbPerGpu * gpuCount,
      );
    let usable = pools;
    if (bidPerGpu !== null) {
      usable = pools.filter((p) => catalog.spotPrice(gpu, p.cloud) !== null);
      for (const p of usable) {
        const min = catalog.spotPrice(gpu, p.cloud);
        lowestBid = lowestBid === null ? min : Math.min(lowestBid, min);
      }
      usable = usable.filter((p) => bidPerGpu >= catalog.spotPrice(gpu, p.cloud));
    }
    usable.sort((a, b) => a.price - b.price || b.free - a.free);
    if (usable.length) {
      const p = usable[0];
      return {
        gpu,
        dc: p.dc,
        cloud: p.cloud,
        publicIp: p.publicIp,
        cudaVersion: p.cudaVersion,
        pricePerGpu: bidPerGpu ?? p.price,
        gpuCount,
        networkVolume,
      };
    }
  }
  if (bidPerGpu !== null && lowestBid !== null) throw new SimError(MSG.bidTooLow(lowestBid));
  throw new SimError(MSG.noCapacity);
}
