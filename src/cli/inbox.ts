import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CliUsageError } from "./io.js";
import type { Problem } from "./problems.js";

/** Where `listen` records deliveries unless `--inbox` says otherwise (relative to the cwd). */
export const defaultInbox = ".talkable-emma-webhooks/inbox";

/** One recorded delivery: `<id>.json` holds this, `<id>.body` the raw body bytes. */
export interface InboxRecord {
  readonly id: string;
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query as received (Emma's token is in the query: the file stays local). */
  readonly path: string;
  readonly contentType: string | null;
  readonly size: number;
  readonly vendor: string | undefined;
  readonly type: string | undefined;
  readonly valid: boolean;
  readonly problems: readonly Problem[];
}

/** An embedded store of deliveries: a folder of files, no server. */
export interface Inbox {
  readonly folder: string;
  save(record: Omit<InboxRecord, "id">, body: Uint8Array): Promise<InboxRecord>;
  load(id: string): Promise<{ record: InboxRecord; body: Uint8Array }>;
}

/** Sortable by time (base-36 milliseconds, fixed width), unique by its random tail. */
function newId(): string {
  return `${Date.now().toString(36).padStart(9, "0")}${randomBytes(2).toString("hex")}`;
}

async function latestId(folder: string): Promise<string | undefined> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .at(-1)
    ?.slice(0, -".json".length);
}

/** Opens (and creates on first save) the inbox folder `path`, relative to `cwd`. */
export function openInbox(path: string, cwd: string): Inbox {
  const folder = resolve(cwd, path);
  return {
    folder,
    async save(fields, body) {
      await mkdir(folder, { recursive: true });
      const record: InboxRecord = { id: newId(), ...fields };
      await writeFile(join(folder, `${record.id}.body`), body);
      await writeFile(join(folder, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
      return record;
    },
    async load(wanted) {
      const id = wanted === "last" ? await latestId(folder) : wanted;
      if (id === undefined || !/^[\w-]+$/.test(id)) {
        throw new CliUsageError(
          `no delivery ${wanted} in ${folder}; run \`listen\` first, or pass --inbox`,
          1,
        );
      }
      try {
        const record = JSON.parse(
          await readFile(join(folder, `${id}.json`), "utf8"),
        ) as InboxRecord;
        return { record, body: new Uint8Array(await readFile(join(folder, `${id}.body`))) };
      } catch {
        throw new CliUsageError(
          `no delivery ${id} in ${folder}; list them with \`ls ${folder}\``,
          1,
        );
      }
    },
  };
}
