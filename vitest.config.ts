import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src/", import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the package by its name; in the repo that name means the sources.
    alias: [
      {
        find: /^talkable-emma-webhooks\/([a-z-]+(?:\/[a-z]+)?)$/,
        replacement: `${src}$1/index.ts`,
      },
    ],
  },
  test: {
    // CI also writes a JSON summary, from which .ci/run prints its closing line.
    reporters: process.env["CI"] ? ["default", "json"] : ["default"],
    outputFile: { json: "test-results/vitest.json" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // expect.poll's default of 1 s is one stall of a busy 2-core machine: what a test polls for
    // (another process's output, a report made after the answer) gets longer.
    expect: { poll: { timeout: 10_000 } },
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
    projects: [
      {
        // `npm run test:unit`: sources only, no dist/, no browser, no type tests.
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          typecheck: { enabled: false },
        },
      },
      {
        // Real servers, msw, Chromium, the built package (dist/), other runtimes, type tests.
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: ["test/unit/**", "**/node_modules/**"],
        },
      },
    ],
  },
});
