import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CliUsageError } from "./io.js";
import type { Problem } from "./problems.js";

/** Where `listen` records deliveries unless `--inbox` says otherwise (relative to the cwd). */
export const defaultInbox = ".talkable-emma-webhooks/inbox";

/** One recorded delivery: `<file>.json` holds this, `<file>.body` the raw body bytes. */
export interface InboxRecord {
  /** The record's name in the folder: sortable by arrival, unique. Not the delivery's id. */
  readonly file: string;
  /** The delivery id (`event.id`) of an accepted delivery; null for a refused one. */
  readonly id: string | null;
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query as received (Emma's token is in the query: the file stays local). */
  readonly path: string;
  readonly contentType: string | null;
  readonly size: number;
  readonly vendor: string | undefined;
  readonly type: string | undefined;
  readonly valid: boolean;
  /** Talkable: a test send. */
  readonly test?: boolean | undefined;
  readonly problems: readonly Problem[];
}

/** An embedded store of deliveries: a folder of files, no server. */
export interface Inbox {
  readonly folder: string;
  save(record: Omit<InboxRecord, "file">, body: Uint8Array): Promise<InboxRecord>;
  /** `last`, a delivery id (or a prefix of at least 8 characters of one), or a record's file. */
  load(wanted: string): Promise<{ record: InboxRecord; body: Uint8Array }>;
  /** Every record, oldest first. */
  list(): Promise<InboxRecord[]>;
}

/** Sortable by time (base-36 milliseconds, fixed width), unique by its random tail. */
function newFile(): string {
  return `${Date.now().toString(36).padStart(9, "0")}${randomBytes(2).toString("hex")}`;
}

async function fileNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => name.slice(0, -".json".length));
}

/** Records written before `file` existed named themselves `id`. */
function normalize(raw: InboxRecord & { readonly file?: string }, file: string): InboxRecord {
  return raw.file === undefined ? { ...raw, file, id: null } : raw;
}

async function readRecord(folder: string, file: string): Promise<InboxRecord | undefined> {
  try {
    const text = await readFile(join(folder, `${file}.json`), "utf8");
    return normalize(JSON.parse(text) as InboxRecord, file);
  } catch {
    return undefined;
  }
}

/** The newest record whose delivery id starts with `wanted` (retries share an id). */
async function byDeliveryId(folder: string, wanted: string): Promise<string | undefined> {
  if (wanted.length < 8 || !/^[\da-f]+$/.test(wanted)) return undefined;
  const files = await fileNames(folder);
  for (const file of files.reverse()) {
    if ((await readRecord(folder, file))?.id?.startsWith(wanted)) return file;
  }
  return undefined;
}

/** Opens (and creates on first save) the inbox folder `path`, relative to `cwd`. */
export function openInbox(path: string, cwd: string): Inbox {
  const folder = resolve(cwd, path);
  const missing = (wanted: string) =>
    new CliUsageError(
      wanted === "last"
        ? `no delivery last in ${folder}; run \`listen\` first, or pass --inbox`
        : `no delivery ${wanted} in ${folder}; give its id as \`listen\` printed it, or last`,
      1,
    );
  return {
    folder,
    async save(fields, body) {
      await mkdir(folder, { recursive: true });
      const record: InboxRecord = { file: newFile(), ...fields };
      await writeFile(join(folder, `${record.file}.body`), body);
      await writeFile(join(folder, `${record.file}.json`), `${JSON.stringify(record, null, 2)}\n`);
      return record;
    },
    async load(wanted) {
      if (!/^[\w-]+$/.test(wanted)) throw missing(wanted);
      const file =
        wanted === "last"
          ? (await fileNames(folder)).at(-1)
          : (await readRecord(folder, wanted))
            ? wanted
            : await byDeliveryId(folder, wanted);
      const record = file === undefined ? undefined : await readRecord(folder, file);
      if (file === undefined || record === undefined) throw missing(wanted);
      try {
        return { record, body: new Uint8Array(await readFile(join(folder, `${file}.body`))) };
      } catch {
        throw missing(wanted);
      }
    },
    async list() {
      const records = await Promise.all(
        (await fileNames(folder)).map((file) => readRecord(folder, file)),
      );
      return records.filter((record): record is InboxRecord => record !== undefined);
    },
  };
}
