// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQL-shaped views of simulator state. graphql-js's default resolver calls functions it
// finds on these objects with (args, context), so expensive or argument-taking fields are
// functions and everything is computed at read time.
import { accountSpendPerHr, displayBalance, storagePerHr } from './billing.mjs';
import { randomPrivateIp, round } from './util.mjs';

/** "2026-08-20 06:16:19.436 +0000 UTC", the Go time format RunPod prints timestamps in. */
function goTime(iso) {
  return iso ? `${iso.replace('T', ' ').replace('Z', '')} +0000 UTC` : null;
}

export function gpuTypeView(state, gpu) {
  if (!gpu) return null;
  const { catalog } = state;
  const secure = catalog.price(gpu, 'secure');
  const community = catalog.price(gpu, 'community');
  const base = secure ?? community;
  const term = (f) => (base === null ? null : round(base * f, 2));
  return {
    id: gpu.id,
    displayName: gpu.displayName,
    manufacturer: gpu.manufacturer,
    memoryInGb: gpu.memoryInGb,
    cudaCores: gpu.cudaCores,
    secureCloud: secure !== null,
    communityCloud: community !== null,
    securePrice: gpu.securePrice ?? null,
    communityPrice: gpu.communityPrice ?? null,
    secureSpotPrice: gpu.secureSpotPrice ?? null,
    communitySpotPrice: gpu.communitySpotPrice ?? null,
    oneWeekPrice: gpu.oneWeekPrice ?? term(0.95),
    oneMonthPrice: gpu.oneMonthPrice ?? term(0.9),
    threeMonthPrice: gpu.threeMonthPrice ?? term(0.85),
    sixMonthPrice: gpu.sixMonthPrice ?? term(0.8),
    maxGpuCount: gpu.maxGpuCount,
    maxGpuCountSecureCloud: gpu.maxGpuCountSecureCloud ?? gpu.maxGpuCount,
    maxGpuCountCommunityCloud: gpu.maxGpuCountCommunityCloud ?? gpu.maxGpuCount,
    minPodGpuCount: gpu.minPodGpuCount ?? 1,
    lowestPrice: (args) => catalog.lowestPrice(gpu, args.input || {}),
  };
}

export function dataCenterView(state, dc) {
  if (!dc) return null;
  return {
    id: dc.id,
    name: dc.name,
    location: dc.location,
    listed: dc.listed ?? true,
    storageSupport: !!dc.storageSupport,
    compliance: dc.compliance || [],
    storage: dc.storageSupport
      ? {
          hostname: `storage.${dc.id.toLowerCase()}.runpod.internal`,
          ips: [],
          pw: null,
          type: 'NFS',
          user: null,
          list: [],
        }
      : null,
    gpuAvailability: (args) =>
      state.catalog
        .gpuAvailability(dc, args.input || {})
        .map((a) => ({ ...a, gpuType: () => gpuTypeView(state, state.catalog.gpuType(a.gpuTypeId)) })),
  };
}

export function networkVolumeView(state, v) {
  if (!v) return null;
  return {
    id: v.id,
    name: v.name,
    size: v.size,
    dataCenterId: v.dataCenterId,
    dataCenter: () => dataCenterView(state, state.catalog.dataCenter(v.dataCenterId)),
  };
}

export function templateView(t) {
  return {
    advancedStart: false,
    containerRegistryAuthId: null,
    earned: 0,
    isPublic: false,
    isRunpod: false,
    isServerless: false,
    boundEndpointId: null,
    readme: '',
    runtimeInMin: 0,
    startJupyter: false,
    startScript: null,
    startSsh: true,
    config: null,
    category: 'NVIDIA',
    userId: null,
    presentationOrder: 0,
    dockerArgs: '',
    volumeMountPath: '/workspace',
    ...t,
    env: (t.env || []).map((e) => ({ key: e.key, value: e.value })),
  };
}

function runtimeView(state, pods, pod) {
  const rt = pod.desiredStatus === 'RUNNING' ? pod.runtime : pod.staleRuntime;
  if (!rt) return null;
  const uptime = pod.desiredStatus === 'RUNNING' ? pods.uptimeSeconds(pod) : (rt.frozenUptime ?? 0);
  return {
    uptimeInSeconds: uptime,
    ports: Date.now() < (rt.portsAt ?? 0) ? null : rt.ports.map((p) => ({ ...p })),
    gpus: pod.gpuUuids.map((id) => ({ id, gpuUtilPercent: 0, memoryUtilPercent: 0 })),
    container: { cpuPercent: 1, memoryPercent: 2 },
  };
}

function machineView(state, pod) {
  const { catalog } = state;
  const gpu = catalog.gpuType(pod.gpuTypeId);
  const dc = catalog.dataCenter(pod.dataCenterId);
  return {
    id: pod.machineId,
    podHostId: pod.podHostId,
    costPerHr: pod.costPerHr,
    currentPricePerGpu: pod.pricePerGpu,
    diskMBps: 1800,
    gpuAvailable: catalog.free(pod.dataCenterId, pod.gpuTypeId, pod.cloud),
    gpuDisplayName: gpu.displayName,
    gpuTypeId: gpu.id,
    gpuType: () => gpuTypeView(state, gpu),
    listed: true,
    location: dc.countryCode,
    machineType: 'GPU',
    maintenanceEnd: null,
    maintenanceNote: null,
    maintenanceStart: null,
    maxDownloadSpeedMbps: dc.downloadMbps,
    maxUploadSpeedMbps: dc.uploadMbps,
    note: null,
    runpodIp: (pod.runpodIp ??= randomPrivateIp()),
    secureCloud: pod.cloud === 'secure',
    supportPublicIp: pod.publicIp,
    minPodGpuCount: 1,
    machineSystem: {
      os: 'Ubuntu 22.04.5 LTS',
      cudaVersion: pod.cudaVersion,
      diskTotal: 3840,
      diskFree: 2210,
      dockerVersion: 'Docker version 27.3.1, build ce12230',
      kernelVersion: '6.8.0-49-generic',
    },
    dataCenterId: dc.id,
    cpuTypeId: 'AMD EPYC 7713 64-Core Processor',
    cpuType: {
      id: 'AMD EPYC 7713 64-Core Processor',
      displayName: 'AMD EPYC 7713',
      manufacturer: 'AMD',
      cores: 64,
      threadsPerCore: 2,
      groupId: 'AMD EPYC 7',
    },
    cpuCount: 2,
    vcpuTotal: 256,
    vcpuReserved: pod.vcpuCount,
    memoryTotal: 1007,
    memoryReserved: pod.memoryInGb,
  };
}

export function podView(state, pods, pod) {
  if (!pod) return null;
  const running = pod.desiredStatus === 'RUNNING';
  return {
    id: pod.id,
    name: pod.name,
    imageName: pod.imageName,
    desiredStatus: pod.desiredStatus,
    lastStatusChange: pod.lastStatusChange,
    podType: pod.podType,
    costPerHr: pod.costPerHr,
    adjustedCostPerHr: pod.costPerHr,
    costMultiplier: 1,
    lowestBidPriceToResume: state.catalog.spotPrice(state.catalog.gpuType(pod.gpuTypeId), pod.cloud),
    gpuCount: pod.gpuCount,
    gpuPowerLimitPercent: 100,
    gpus: pod.gpuUuids.map((id) => ({ id, podId: pod.id })),
    vcpuCount: pod.vcpuCount,
    memoryInGb: pod.memoryInGb,
    containerDiskInGb: pod.containerDiskInGb,
    volumeInGb: pod.volumeInGb,
    volumeKey: null,
    volumeMountPath: pod.volumeMountPath,
    volumeEncrypted: false,
    dockerArgs: pod.dockerArgs,
    dockerId: null,
    env: pod.env.map((e) => `${e.key}=${e.value}`),
    port: null,
    ports: pod.ports,
    machineId: pod.machineId,
    machineType: 'GPU',
    uptimeSeconds: running ? pods.uptimeSeconds(pod) : 0,
    templateId: pod.templateId,
    networkVolumeId: pod.networkVolumeId,
    containerRegistryAuthId: null,
    registry: null,
    aiApiId: null,
    apiKey: null,
    consumerUserId: state.account.id,
    createdAt: goTime(pod.createdAt),
    lastStartedAt: goTime(pod.lastStartedAt),
    locked: false,
    version: pod.version,
    cpuFlavorId: null,
    cpuFlavor: null,
    slsVersion: 0,
    clusterIp: null,
    runtime: () => runtimeView(state, pods, pod),
    machine: () => machineView(state, pod),
    latestTelemetry: () =>
      running && pod.runtime
        ? {
            state: 'running',
            time: new Date(state.clock.now()).toISOString(),
            cpuUtilization: 1,
            memoryUtilization: 2,
            averageGpuMetrics: {
              id: null,
              percentUtilization: 0,
              temperatureCelcius: 34,
              memoryUtilization: 0,
              powerWatts: 24,
            },
            individualGpuMetrics: pod.gpuUuids.map((id) => ({
              id,
              percentUtilization: 0,
              temperatureCelcius: 34,
              memoryUtilization: 0,
              powerWatts: 24,
            })),
            lastStateTransitionTimestamp: pod.runtime.startedAt,
          }
        : null,
    networkVolume: () =>
      networkVolumeView(
        state,
        state.networkVolumes.find((v) => v.id === pod.networkVolumeId),
      ),
    savingsPlans: [],
    // Not in the schema: for /_sim inspection only.
    _storagePerHr: storagePerHr(pod, state.storagePrices),
  };
}

export function userView(state, pods) {
  const a = state.account;
  const gpuSpend = () =>
    [...state.pods.values()].filter((p) => p.desiredStatus === 'RUNNING').reduce((s, p) => s + p.costPerHr, 0);
  return {
    id: a.id,
    authId: a.authId ?? null,
    email: a.email,
    pods: () => [...state.pods.values()].map((p) => podView(state, pods, p)),
    networkVolumes: () => state.networkVolumes.map((v) => networkVolumeView(state, v)),
    podTemplates: () => state.podTemplates.map(templateView),
    containerRegistryCreds: [],
    datacenters: () => state.catalog.dataCenters.map((d) => dataCenterView(state, d)),
    savingsPlans: [],
    spendDetails: () => ({
      gpuComputePerHour: round(gpuSpend(), 4),
      localStoragePerHour: round(
        [...state.pods.values()].reduce((s, p) => s + storagePerHr(p, state.storagePrices), 0),
        4,
      ),
      networkStoragePerHour: round(
        state.networkVolumes.reduce((s, v) => s + (v.size * state.storagePrices.networkVolumePerGbMonth) / 730, 0),
        4,
      ),
    }),
    information: null,
    referral: null,
    creditCodes: [],
    secrets: [],
    apiKeys: [],
    currentSpendPerHr: () => round(accountSpendPerHr(state), 3),
    machineQuota: 0,
    referralEarned: 0,
    signedTermsOfService: true,
    spendLimit: a.spendLimit,
    stripeSavedPaymentId: null,
    stripeSavedPaymentLast4: null,
    templateEarned: 0,
    multiFactorEnabled: false,
    underBalance: () => displayBalance(state) < 0,
    minBalance: a.minBalance ?? 0,
    stripeAutoReloadAmount: null,
    stripeAutoPaymentThreshold: null,
    maxServerlessConcurrency: 5,
    clientLifetimeSpend: () => {
      displayBalance(state); // settle first so pod.spent is current
      return round(
        [...state.pods.values(), ...state.terminated.values()].reduce((s, p) => s + p.spent, 0),
        4,
      );
    },
    referralId: null,
    clientBalance: () => displayBalance(state),
    hostBalance: 0,
    hostStripeLinked: false,
    stripeAccountId: null,
    pubKey: a.pubKey ?? '',
    notifyPodsStale: a.notifyPodsStale ?? true,
    notifyPodsGeneral: a.notifyPodsGeneral ?? true,
    notifyLowBalance: a.notifyLowBalance ?? true,
    creditAlertThreshold: 5,
    notifyOther: false,
    isTeam: false,
    csrRole: null,
  };
}
