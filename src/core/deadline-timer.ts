/**
 * The timer behind one body deadline. Every delivery arms one, and nearly every delivery's
 * body is in before it fires, so what arming and letting go cost is paid on every delivery.
 *
 * Where timers are objects that can be restarted (Node and Bun's `Timeout`, with `refresh`),
 * a deadline met in time hands its timer back to a pool instead of clearing it, and the next
 * deadline of the same length restarts it: no timer is made or cleared per delivery. Node
 * drops the list it keeps of timers of one length whenever that list empties and makes a new
 * one for the next timer, so clearing each delivery's timer (a body usually comes in the same
 * turn it was asked for) rebuilt that list on every delivery. A pooled timer is unref'd, so
 * it never keeps a process alive; once restarted, it does again, as a fresh one would.
 * Elsewhere (Workers, Deno, browsers: timers are numbers) each deadline has a timer of its own.
 */
export interface DeadlineTimer {
  /**
   * The deadline whose expiry is `expire` was met, or given up: `expire` is never called after
   * this. A pooled timer may serve another deadline once its own expired, so it lets go only if
   * it still serves this one.
   */
  release(expire: () => void): void;
}

interface RestartableTimer {
  refresh(): unknown;
  ref(): unknown;
  unref(): unknown;
}

function isRestartable(timer: unknown): timer is RestartableTimer {
  if (typeof timer !== "object" || timer === null) return false;
  const { refresh, ref, unref } = timer as Partial<Record<keyof RestartableTimer, unknown>>;
  return typeof refresh === "function" && typeof ref === "function" && typeof unref === "function";
}

/** Past this many idle timers of one length, a released one is cleared rather than kept. */
const maxIdleTimers = 256;

/** Timers met in time, by length, ready to be restarted. */
const idleTimers = new Map<number, PooledTimer[]>();

class PooledTimer implements DeadlineTimer {
  readonly #timer: RestartableTimer;
  readonly #timeoutMs: number;
  /** The `setTimeout` that made it: one of fake timers is never restarted under real ones. */
  readonly #madeBy: typeof setTimeout;
  #expire: (() => void) | undefined;

  constructor(timer: RestartableTimer, timeoutMs: number, expire: () => void) {
    this.#timer = timer;
    this.#timeoutMs = timeoutMs;
    this.#madeBy = setTimeout;
    this.#expire = expire;
  }

  /** The callback the timer was made with. */
  fire(): void {
    const expire = this.#expire;
    if (expire === undefined) return;
    this.#expire = undefined;
    this.#park();
    expire();
  }

  /**
   * Restarts it for a new deadline; false when it cannot serve: it was made by fake timers
   * since uninstalled, or by real ones under fake timers now (it is then dropped, and fires,
   * unref'd, as a no-op).
   */
  restart(expire: () => void): boolean {
    if (this.#madeBy !== setTimeout) return false;
    this.#expire = expire;
    this.#timer.ref();
    this.#timer.refresh();
    return true;
  }

  release(expire: () => void): void {
    if (this.#expire !== expire) return;
    this.#expire = undefined;
    this.#park();
  }

  #park(): void {
    this.#timer.unref();
    const idle = idleTimers.get(this.#timeoutMs) ?? [];
    if (idle.length === 0) idleTimers.set(this.#timeoutMs, idle);
    if (idle.length < maxIdleTimers) idle.push(this);
    else clearTimeout(this.#timer as Parameters<typeof clearTimeout>[0]);
  }
}

/** A deadline's own timer, where timers cannot be restarted. */
class OwnTimer implements DeadlineTimer {
  readonly #timer: ReturnType<typeof setTimeout>;

  constructor(timer: ReturnType<typeof setTimeout>) {
    this.#timer = timer;
  }

  release(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Calls `expire` once `timeoutMs` have passed, unless the timer is released first.
 *
 * A pooled timer serves one deadline at a time, and is pooled again as soon as that deadline
 * expired or was released.
 */
export function startDeadlineTimer(timeoutMs: number, expire: () => void): DeadlineTimer {
  const idle = idleTimers.get(timeoutMs);
  for (let pooled = idle?.pop(); pooled !== undefined; pooled = idle?.pop()) {
    if (pooled.restart(expire)) return pooled;
  }
  // The timer calls back only after this returns, when `pooled` is set.
  const timer = setTimeout(() => pooled.fire(), timeoutMs);
  if (!isRestartable(timer)) return new OwnTimer(timer);
  const pooled = new PooledTimer(timer, timeoutMs, expire);
  return pooled;
}
