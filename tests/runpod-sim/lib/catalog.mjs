// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GPU types, data centers and stock: what gpuTypes/lowestPrice, dataCenters/gpuAvailability
// report, and where a new pod can be placed.
import { compareVersions, round } from './util.mjs';

export const CLOUDS = ['secure', 'community'];

/** Free-GPU count → RunPod's coarse stock label. */
export function stockStatus(free) {
  if (free >= 8) return 'High';
  if (free >= 3) return 'Medium';
  if (free >= 1) return 'Low';
  return 'None';
}

export class Catalog {
  constructor(scenario) {
    this.gpuTypes = scenario.gpuTypes;
    this.dataCenters = scenario.dataCenters;
    // stock[dc][gpu] = { secure: free, community: free }; rented mirrors what pods hold.
    this.stock = structuredClone(scenario.stock || {});
    this.rented = {};
  }

  gpuType(id) {
    return this.gpuTypes.find((g) => g.id === id) || null;
  }

  dataCenter(id) {
    return this.dataCenters.find((d) => d.id === id) || null;
  }

  /** Per-GPU price in a cloud, or null when the GPU is not offered there. */
  price(gpu, cloud) {
    const p = cloud === 'secure' ? gpu.securePrice : gpu.communityPrice;
    return typeof p === 'number' && p > 0 ? p : null;
  }

  spotPrice(gpu, cloud) {
    const p = cloud === 'secure' ? gpu.secureSpotPrice : gpu.communitySpotPrice;
    return typeof p === 'number' && p > 0 ? p : null;
  }

  free(dcId, gpuId, cloud) {
    return this.stock[dcId]?.[gpuId]?.[cloud] ?? 0;
  }

  setFree(dcId, gpuId, cloud, n) {
    if (!this.dataCenter(dcId)) throw new Error(`unknown data center ${dcId}`);
    if (!this.gpuType(gpuId)) throw new Error(`unknown GPU type ${gpuId}`);
    if (!CLOUDS.includes(cloud)) throw new Error('cloud must be "secure" or "community"');
    const pool = ((this.stock[dcId] ??= {})[gpuId] ??= { secure: 0, community: 0 });
    pool[cloud] = Math.max(0, Math.floor(n));
  }

  take(dcId, gpuId, cloud, n) {
    this.setFree(dcId, gpuId, cloud, this.free(dcId, gpuId, cloud) - n);
    const r = ((this.rented[dcId] ??= {})[gpuId] ??= { secure: 0, community: 0 });
    r[cloud] += n;
  }

  release(dcId, gpuId, cloud, n) {
    this.setFree(dcId, gpuId, cloud, this.free(dcId, gpuId, cloud) + n);
    const r = this.rented[dcId]?.[gpuId];
    if (r) r[cloud] = Math.max(0, r[cloud] - n);
  }

  /** CUDA versions a data center can give this GPU (newer GPUs need newer drivers). */
  cudaVersionsFor(dc, gpu) {
    const all = dc.cudaVersions || [];
    return gpu.minCudaVersion ? all.filter((v) => compareVersions(v, gpu.minCudaVersion) >= 0) : all;
  }

  /**
   * Every (data center, cloud) pool of one GPU type that satisfies the filter, with its
   * free count. `f` uses the create-input vocabulary: cloudType, dataCenterId, countryCode,
   * minDownload, minUpload, supportPublicIp, cudaVersion, allowedCudaVersions, minCudaVersion,
   * diskGb. Stock is not checked here.
   */
  pools(gpu, f = {}) {
    const clouds = f.cloudType === 'SECURE' ? ['secure'] : f.cloudType === 'COMMUNITY' ? ['community'] : CLOUDS;
    const out = [];
    for (const dc of this.dataCenters) {
      if (f.dataCenterId && dc.id !== f.dataCenterId) continue;
      if (f.countryCode && dc.countryCode !== f.countryCode) continue;
      if (f.minDownload && (dc.downloadMbps ?? 0) < f.minDownload) continue;
      if (f.minUpload && (dc.uploadMbps ?? 0) < f.minUpload) continue;
      if (f.diskGb && dc.maxDiskGb && f.diskGb > dc.maxDiskGb) continue;
      const cudas = this.cudaVersionsFor(dc, gpu).filter(
        (v) =>
          (!f.cudaVersion || compareVersions(v, f.cudaVersion) === 0) &&
          (!f.allowedCudaVersions?.length || f.allowedCudaVersions.some((a) => compareVersions(a, v) === 0)) &&
          (!f.minCudaVersion || compareVersions(v, f.minCudaVersion) >= 0),
      );
      if (!cudas.length) continue;
      for (const cloud of clouds) {
        if (this.price(gpu, cloud) === null) continue;
        const publicIp = cloud === 'secure' || !!dc.communitySupportsPublicIp;
        if (f.supportPublicIp && !publicIp) continue;
        if (!this.stock[dc.id]?.[gpu.id]) continue; // GPU not installed there at all
        const maxCount =
          cloud === 'secure'
            ? (gpu.maxGpuCountSecureCloud ?? gpu.maxGpuCount)
            : (gpu.maxGpuCountCommunityCloud ?? gpu.maxGpuCount);
        out.push({
          dc,
          gpu,
          cloud,
          free: this.free(dc.id, gpu.id, cloud),
          publicIp,
          maxCount,
          cudaVersion: cudas[cudas.length - 1],
          price: this.price(gpu, cloud),
        });
      }
    }
    return out;
  }

  /** GpuType.lowestPrice(input): cheapest pool that can host `gpuCount` GPUs right now. */
  lowestPrice(gpu, input = {}) {
    const gpuCount = input.gpuCount ?? 1;
    const cloudType = input.secureCloud === true ? 'SECURE' : input.secureCloud === false ? 'COMMUNITY' : 'ALL';
    const pools = this.pools(gpu, { ...input, cloudType, diskGb: input.totalDisk ?? input.minDisk });
    const usable = pools.filter((p) => p.free >= gpuCount && gpuCount <= p.maxCount);
    const maxFree = Math.max(0, ...usable.map((p) => Math.min(p.free, p.maxCount)));
    const totalFree = usable.reduce((s, p) => s + p.free, 0);
    const rentedCount = pools.reduce((s, p) => s + (this.rented[p.dc.id]?.[gpu.id]?.[p.cloud] ?? 0), 0);
    const totalCount = pools.reduce((s, p) => s + p.free, 0) + rentedCount;
    const best = usable.sort((a, b) => a.price - b.price)[0];
    const spot = best ? this.spotPrice(gpu, best.cloud) : null;
    return {
      gpuName: gpu.displayName,
      gpuTypeId: gpu.id,
      minimumBidPrice: spot === null ? null : round(spot),
      uninterruptablePrice: best ? round(best.price) : null,
      minMemory: best ? gpu.memoryInGbPerGpu * gpuCount : null,
      minVcpu: best ? gpu.vcpuPerGpu * gpuCount : null,
      rentalPercentage: totalCount ? round(rentedCount / totalCount, 2) : 0,
      rentedCount,
      totalCount,
      // Unavailable GPUs answer with null price and null stockStatus, like RunPod does.
      stockStatus: best ? stockStatus(totalFree) : null,
      minDownload: input.minDownload ?? null,
      minDisk: input.minDisk ?? null,
      minUpload: input.minUpload ?? null,
      countryCode: input.countryCode ?? null,
      supportPublicIp: input.supportPublicIp ?? null,
      compliance: [],
      maxUnreservedGpuCount: maxFree,
      availableGpuCounts: Array.from({ length: maxFree }, (_, i) => i + 1),
    };
  }

  /** DataCenter.gpuAvailability(input): one entry per GPU type installed in the data center. */
  gpuAvailability(dc, input = {}) {
    const gpuCount = input.gpuCount ?? 1;
    const cloudType = input.secureCloud === true ? 'SECURE' : input.secureCloud === false ? 'COMMUNITY' : 'ALL';
    const out = [];
    for (const gpuId of Object.keys(this.stock[dc.id] || {})) {
      const gpu = this.gpuType(gpuId);
      if (!gpu) continue;
      const pools = this.pools(gpu, {
        dataCenterId: dc.id,
        cloudType,
        allowedCudaVersions: input.allowedCudaVersions,
        diskGb: input.minDisk,
      });
      const free = pools.reduce((s, p) => s + (p.free >= gpuCount ? p.free : 0), 0);
      out.push({
        id: gpu.id,
        gpuTypeId: gpu.id,
        displayName: gpu.displayName,
        gpuTypeDisplayName: gpu.displayName,
        available: free > 0,
        stockStatus: stockStatus(free),
      });
    }
    return out;
  }
}
