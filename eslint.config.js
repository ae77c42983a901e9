import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "generated/**/*.js",
      "generated/**/types.ts",
      "dist/",
      "site/",
      "coverage/",
      "node_modules/",
      ".runtimes/",
      ".next-apps/",
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One TypeScript program per tsconfig.json, found by the language service.
        projectService: { allowDefaultProject: ["*.js", "test/runtimes/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      // `env["KEY"]`, `record["key"]`: index signatures are read with brackets, as
      // TypeScript's noPropertyAccessFromIndexSignature would have it.
      "@typescript-eslint/dot-notation": ["error", { allowIndexSignaturePropertyAccess: true }],
    },
  },
  {
    // The README's quick starts keep handlers async, as real ones that await I/O are.
    files: ["examples/**"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // Plain JavaScript run by Node, Bun and Deno as is (test/runtimes/smoke.mjs): no types to check.
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: "readonly", console: "readonly", fetch: "readonly" },
    },
  },
);
