// The validator types live with the validators in generated/ (which never imports src/); the
// runtime re-exports them so that ./talkable and ./emma keep exporting them by these names.
export type {
  CompiledValidator,
  SchemaValidator,
  ValidationIssue,
} from "../../generated/validator.js";
export type { StandardSchemaV1 } from "../../generated/standard-schema.js";
