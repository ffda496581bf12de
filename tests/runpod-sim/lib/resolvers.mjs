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

/** Wrap a resolver so SimErrors become GraphQL errors and unexpected ones the generic transient. */
function guard(fn, { write = false } = {}) {
  return async (args, ctx) => {
    if (write && ctx.access !== 'full') throw new GraphQLError(MSG.unauthorized);
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
  return {
    // ---- queries
    myself: q((_, { state, pods }) => userView(state, pods)),
    pod: q((args, { state, pods }) => podView(state, pods, pods.get(podId(args)))),
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
      podView(state, pods, pods.create(args.input, { bidPerGpu: args.input.bidPerGpu ?? 0 }))),
    deployCpuPod: m(() => { throw new SimError(MSG.noCapacity); }), // the simulator has no CPU pods
    podStop: m(async (args, { state, pods }) => podView(state, pods, await pods.stop(podId(args)))),
    podResume: m(async (args, { state, pods }) => podView(state, pods, await pods.resume(podId(args), args.input))),
    podBidResume: m(async (args, { state, pods }) => podView(state, pods, await pods.resume(podId(args), args.input))),
    podTerminate: m(async (args, { pods }) => { await pods.terminate(podId(args)); return null; }),
    podEditJob: m(async (args, { state, pods }) => podView(state, pods, await pods.edit(podId(args), args.input))),

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
    saveRegistryAuth: m((args) => ({ id: randomId(10), name: args.input?.name ?? '', userId: null, registryAuth: null })),
    updateRegistryAuth: m((args) => ({ id: args.input?.id ?? null, name: null, userId: null, registryAuth: null })),
    deleteRegistryAuth: m(() => null),
  };
}
