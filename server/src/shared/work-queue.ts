/**
 * A weighted, first-come-first-served semaphore: at most `capacity` units of work run at once;
 * the rest wait in order, and a wait longer than `maxWaitMs` is given up (the caller answers 503)
 * rather than left to pile up. Waiting holds nothing — no connection, no CPU.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves with a release function once `weight` units are free; rejects after maxWaitMs. */
  acquire(weight: number): Promise<() => void> {
    const units = Math.min(Math.max(weight, 1), this.capacity);
    return new Promise((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        this.running += units;
        let released = false;
        resolve(() => {
          if (!released) {
            released = true;
            this.running -= units;
            this.startWaiting();
          }
        });
      };
      const entry = { weight: units, start };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(new WorkQueueTimeout());
      }, this.maxWaitMs);
      timer.unref();
      this.waiting.push(entry);
      this.startWaiting();
    });
  }

  private startWaiting(): void {
    while (this.waiting.length > 0 && this.running + this.waiting[0]!.weight <= this.capacity) {
      this.waiting.shift()!.start();
    }
  }
}

export class WorkQueueTimeout extends Error {
  constructor() {
    super('Waited too long for capacity.');
    this.name = 'WorkQueueTimeout';
  }
}
