import { describe, expectTypeOf, it } from "vitest";
import {
  type EmmaDriftReport,
  type EmmaEventName,
  createEmmaWebhooks,
} from "talkable-emma-webhooks/emma";
import {
  type DriftFinding,
  type DriftHandler,
  type TalkableDriftReport,
  type TalkableWebhookType,
  createTalkableWebhooks,
} from "talkable-emma-webhooks/talkable";
import { talkableDelivery } from "talkable-emma-webhooks/testing";

const webhooks = createTalkableWebhooks({ key: "k" });
const emma = createEmmaWebhooks({ token: "t" });

describe("test sends and other fields", () => {
  it("type event.test as a boolean and event.fields as text, on every webhook", () => {
    webhooks.on("reward_web_hook", (event) => {
      expectTypeOf(event.test).toEqualTypeOf<boolean>();
      expectTypeOf(event.fields).toEqualTypeOf<Readonly<Record<string, string>> | undefined>();
    });
    webhooks.onAny((event) => {
      expectTypeOf(event.test).toEqualTypeOf<boolean>();
    });
  });

  it("let talkableDelivery make a test send with more fields", () => {
    expectTypeOf(
      talkableDelivery("reward_web_hook", { key: "k", test: true, fields: { a: "1" } }),
    ).toEqualTypeOf<Request>();
    // @ts-expect-error test is a boolean, as on the event
    talkableDelivery("reward_web_hook", { key: "k", test: "true" });
  });
});

describe("onDrift", () => {
  it("gives a Talkable report narrowed to its vendor and webhook types", () => {
    webhooks.onDrift((report) => {
      expectTypeOf(report).toEqualTypeOf<TalkableDriftReport>();
      expectTypeOf(report.vendor).toEqualTypeOf<"talkable">();
      expectTypeOf(report.type).toEqualTypeOf<TalkableWebhookType>();
      expectTypeOf(report.id).toEqualTypeOf<string>();
      expectTypeOf(report.truncated).toEqualTypeOf<boolean>();
      expectTypeOf(report.findings).toEqualTypeOf<readonly DriftFinding[]>();
    });
  });

  it("gives an Emma report its event names", () => {
    emma.onDrift((report) => {
      expectTypeOf(report).toEqualTypeOf<EmmaDriftReport>();
      expectTypeOf(report.vendor).toEqualTypeOf<"emma">();
      expectTypeOf(report.type).toEqualTypeOf<EmmaEventName>();
    });
    // @ts-expect-error a Talkable report handler does not fit an Emma receiver
    emma.onDrift((report: TalkableDriftReport) => report.type);
  });

  it("names the spec file and pointer of every finding", () => {
    expectTypeOf<DriftFinding["kind"]>().toEqualTypeOf<
      "unknown_member" | "unknown_value" | "union_type"
    >();
    expectTypeOf<DriftFinding["spec"]>().toEqualTypeOf<{
      readonly file: string;
      readonly pointer: string;
    }>();
    const log: DriftHandler<TalkableDriftReport> = async ({ findings }) => {
      await Promise.resolve(findings.length);
    };
    webhooks.onDrift(log);
  });
});
