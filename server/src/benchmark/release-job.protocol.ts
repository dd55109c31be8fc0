import type { ReleaseActor, ReleaseOutcome, ReleaseStep } from './release-job.task';

/** What the parent hands the release worker. */
export interface ReleaseWorkerInput {
  /** The app's own connection URL: the release writes only what the app role may write. */
  url: string;
  cycleYear: number;
  actor: ReleaseActor;
}

/** What the worker tells the parent, in order: steps, then done or failed. */
export type ReleaseWorkerMessage =
  | { kind: 'step'; step: ReleaseStep }
  | ({ kind: 'done' } & ReleaseOutcome)
  | { kind: 'failed'; error: string };
