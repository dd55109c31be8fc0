import type { ApolloServerPlugin } from '@apollo/server';
import { WorkQueue } from '../shared/work-queue';
import { BENCHMARK_COST } from './field-costs';
import { requestCost } from './query-limits';

/**
 * Admission by estimated cost: operations that run benchmarks (cost ≥ one benchmark) take turns
 * through a work queue sized to the connection pool — about one benchmark per connection at a
 * time — while cheap operations (a page of offices, the session, settings) never wait behind
 * them. A flood of heavy requests then queues outside the pool and the CPU, instead of holding
 * both while sign-ins and page loads time out; a heavy request that waits past `maxWaitMs` is
 * answered 503 SERVICE_UNAVAILABLE with Retry-After.
 */
/**
 * One request weighs at most two benchmarks: an aliased document runs its benchmarks side by side
 * anyway, and a heavier weight would make the queue drain to let it in alone.
 */
const MAX_WEIGHT = 2 * BENCHMARK_COST;

export function admissionPlugin(options: {
  poolSize: number;
  maxWaitMs: number;
}): ApolloServerPlugin {
  const queue = new WorkQueue(options.poolSize * BENCHMARK_COST, options.maxWaitMs);
  const releases = new WeakMap<object, () => void>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = requestCost(request, schema, document);
          } catch {
            return; // the query-cost plugin refuses what cannot be priced
          }
          if (cost < BENCHMARK_COST) {
            return;
          }
          // A wait past maxWaitMs rejects with WorkQueueTimeout: 503 SERVICE_UNAVAILABLE with
          // Retry-After, like any overload (shared/unavailable.ts, service-unavailable.plugin.ts).
          releases.set(request, await queue.acquire(Math.min(cost, MAX_WEIGHT)));
        },
        async willSendResponse({ request }) {
          releases.get(request)?.();
        },
      };
    },
  };
}
