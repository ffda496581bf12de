// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Root resolvers for the RunPod GraphQL subset. Mutations need a full-access key; a read-only
// key gets the GraphQL error "Unauthorized" with data.<field> null, as RunPod answers.
import { GraphQLError } from 'graphql';
import { MSG, SimError } from './errors.mjs';
import { dataCenterView, gpuTypeView, networkVolumeView, podView, templateView, userView } from './views.mjs';
import { randomId } from './util.mjs';

function toGraphQLError(e) {
  if (e instanceof GraphQLError) return e;
  if (e instanceof SimError) return new GraphQLError(e.message, e.code ? { extensions: { code: e.code } } : undefined);
  return new GraphQLError(MSG.somethingWentWrong, { originalError: e, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * Wrap a resolver so SimErrors become GraphQL errors and unexpected ones the generic transient.
 * A pod's own key may only use the pod fields (`onPod`) on that pod.
 */
function guard(fn, { write = false, onPod = false } = {}) {
  return async (args, ctx) => {
    const scope = ctx.access.startsWith('pod:') ? ctx.access.slice(4) : null;
    if (scope ? !onPod || podId(args) !== scope : write && ctx.access !== 'full')
      throw new GraphQLError(MSG.unauthorized);
    try {
      return await fn(args, ctx);
    } catch (e) {
      if (!(e instanceof SimError) && !(e instanceof GraphQLError)) ctx.state.log(`resolver error: ${e.stack || e}`);
      throw toGraphQLError(e);
    }
  };
}

function podId(args) {
  return args.input?.podId ?? null;
}

export function createRootValue() {
  const q = (fn) => guard(fn);
  const m = (fn) => guard(fn, { write: true });
  const qp = (fn) => guard(fn, { onPod: true });
  const mp = (fn) => guard(fn, { write: true, onPod: true });
  return {
    // ---- queries
    myself: q((_, { state, pods }) => userView(state, pods)),
    pod: qp((args, { state, pods }) => podView(state, pods, pods.get(podId(args)))),
    gpuTypes: q((args, { state }) => {
      const { id, ids } = args.input || {};
      return state.catalog.gpuTypes
        .filter((g) => (id == null || g.id === id) && (ids == null || ids.includes(g.id)))
        .map((g) => gpuTypeView(state, g));
    }),
    dataCenters: q((_, { state }) => state.catalog.dataCenters.map((d) => dataCenterView(state, d))),
    countryCodes: q((_, { state }) => [...new Set(state.catalog.dataCenters.map((d) => d.countryCode))].sort()),
    cpuFlavors: q(() => []),
    serverlessGpuPools: q(() => []),

    // ---- pod mutations
    podFindAndDeployOnDemand: m((args, { state, pods }) => podView(state, pods, pods.create(args.input || {}))),
    podRentInterruptable: m((args, { state, pods }) =>
      podView(state, pods, pods.create(args.input, { bidPerGpu: args.input.bidPerGpu ?? 0 })),
    ),
    deployCpuPod: m(() => {
      throw new SimError(MSG.noCapacity);
    }), // the simulator has no CPU pods
    podStop: mp(async (args, { state, pods, access }) =>
      podView(state, pods, await pods.stop(podId(args), 'user', null, { fromInside: access.startsWith('pod:') })),
    ),
    podResume: mp(async (args, { state, pods }) => podView(state, pods, await pods.resume(podId(args), args.input))),
    podBidResume: mp(async (args, { state, pods }) => podView(state, pods, await pods.resume(podId(args), args.input))),
    podTerminate: mp(async (args, { pods }) => {
      await pods.terminate(podId(args));
      return null;
    }),
    podEditJob: mp(async (args, { state, pods }) => podView(state, pods, await pods.edit(podId(args), args.input))),

    // ---- account
    updateUserSettings: m((args, { state, pods }) => {
      if (args.input && Object.hasOwn(args.input, 'pubKey')) state.account.pubKey = args.input.pubKey ?? '';
      return userView(state, pods);
    }),
    saveTemplate: m((args, { state }) => {
      const input = args.input || {};
      const existing = input.id ? state.podTemplates.find((t) => t.id === input.id) : null;
      if (!existing && state.podTemplates.some((t) => t.name === input.name)) {
        throw new SimError('Template name must be unique'); // synth
      }
      const t = existing || { id: randomId(10) };
      Object.assign(t, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      if (!existing) state.podTemplates.push(t);
      return templateView(t);
    }),
    deleteTemplate: m((args, { state }) => {
      state.podTemplates = state.podTemplates.filter((t) => t.name !== args.templateName);
      return null;
    }),
    createNetworkVolume: m((args, { state }) => {
      const { name, size, dataCenterId } = args.input || {};
      const dc = state.catalog.dataCenter(dataCenterId);
      if (!dc || !dc.storageSupport) throw new SimError('Network storage is not available in this data center'); // synth
      const v = { id: randomId(10), name: name ?? '', size: size ?? 10, dataCenterId };
      state.networkVolumes.push(v);
      return networkVolumeView(state, v);
    }),
    deleteNetworkVolume: m((args, { state }) => {
      const id = args.input?.id;
      if ([...state.pods.values()].some((p) => p.networkVolumeId === id)) {
        throw new SimError('Network volume is attached to a pod'); // synth
      }
      state.networkVolumes = state.networkVolumes.filter((v) => v.id !== id);
      return null;
    }),
    saveRegistryAuth: m((args) => ({
      id: randomId(10),
      name: args.input?.name ?? '',
      userId: null,
      registryAuth: null,
    })),
    updateRegistryAuth: m((args) => ({ id: args.input?.id ?? null, name: null, userId: null, registryAuth: null })),
    deleteRegistryAuth: m(() => null),
  };
}
