/**
 * What the spec says about one place of a delivery, reduced to what drift checks need: the
 * members it names, whether other members are a free map, its items, the known values of an
 * open list, and the JSON types it allows only through a union. Written per webhook by
 * `npm run generate` (`generated/<vendor>/drift.ts`), so no schema is walked at run time.
 *
 * Every `...At` is `<spec file>#<JSON pointer>`, relative to the package root
 * (`openapi/talkable/schemas/Reward.yaml#/properties`): where a maintainer edits the spec.
 * Internal to the receivers' drift reports, not a public type.
 */
export interface DriftNode {
  /** The schema itself (for an object: where its `properties` are, or would be). */
  readonly at: string;
  /** The members the schema names, when it describes an object. */
  readonly members?: Readonly<Record<string, DriftNode>>;
  /** The object is a free map (`additionalProperties`, or no member named): others are no drift. */
  readonly open?: true;
  /** The schema of an array's items. */
  readonly items?: DriftNode;
  /** An open list (`x-open-enum: true`): the values it knows, and where to add one. */
  readonly known?: readonly (string | number | boolean | null)[];
  readonly knownAt?: string;
  /** JSON types allowed here only through a union (`type: [integer, string]`, `oneOf`). */
  readonly union?: readonly string[];
  /** Of those, the ones the spec documents here (its examples, `x-seen-types`), and where. */
  readonly documented?: readonly string[];
  readonly documentedAt?: string;
}
