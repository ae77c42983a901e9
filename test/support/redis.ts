import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port.js";

export { freePort };

/** The installed `redis-server` (scripts/ensure-redis.sh installs Debian's package). */
export const redisServerPath = process.env["REDIS_SERVER_PATH"] ?? "redis-server";

/** A throwaway Redis of one test file: no persistence, on a free port of 127.0.0.1. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Sends PING over a raw socket: answers `+PONG` once the server accepts commands. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
    socket.setTimeout(500, () => socket.destroy());
    socket.once("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.end();
    });
    socket.once("error", () => resolve(false));
    socket.once("close", () => resolve(false));
  });
}

async function waitUntilReady(child: ChildProcess, port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) return false;
    if (await ping(port)) return true;
    await sleep(50);
  }
  return false;
}

/**
 * Starts `redis-server` on a free port and waits until it answers PING. Call `stop()` in
 * afterAll. A port taken between choosing and binding is retried with another one.
 */
export async function startRedis(): Promise<TestRedis> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"];
    const child = spawn(redisServerPath, [...args, "no", "--daemonize", "no"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const failed = new Promise<false>((resolve) => child.once("error", () => resolve(false)));
    if (await Promise.race([waitUntilReady(child, port), failed])) {
      // A test run that dies without afterAll must not leave the server running.
      const killOnExit = () => child.kill("SIGKILL");
      process.once("exit", killOnExit);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: async () => {
          process.off("exit", killOnExit);
          if (child.exitCode !== null) return;
          const exited = once(child, "exit");
          child.kill("SIGTERM");
          await exited;
        },
      };
    }
    child.kill("SIGKILL");
  }
  throw new Error(`could not start ${redisServerPath}: run sh scripts/ensure-redis.sh`);
}
