import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-GFBUO7Q4.js";

// package.json
var package_default = {
  name: "trainjob-migrate",
  version: "0.1.0",
  description: "Rewrite Kubeflow PyTorchJobs into Kubeflow Trainer v2 TrainJobs in GitOps repositories, keeping comments and formatting, and open the pull request.",
  license: "Apache-2.0",
  homepage: "https://github.com/your-org/trainjob-migrate#readme",
  type: "module",
  bin: {
    "trainjob-migrate": "dist/cli.js"
  },
  engines: {
    node: ">=20.19.0"
  },
  files: [
    "dist",
    "schemas",
    "docs",
    "README.md"
  ],
  scripts: {
    build: "tsc -p tsconfig.json && node scripts/bundle.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "biome check . && tsc -p tsconfig.json --noEmit && vitest run",
    bench: "node scripts/bench.mjs",
    demo: "npm run build && node dist/cli.js convert fixtures/demo-gitops || test $? -eq 1"
  },
  devDependencies: {
    "@actions/core": "^1.11.1",
    "@biomejs/biome": "^2.6.8",
    "@marcbachmann/cel-js": "^8.0.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-glob": "^3.3.3",
    fengari: "^0.1.5",
    ignore: "^7.0.17",
    picomatch: "^4.0.7",
    "simple-git": "^3.36.0",
    typescript: "^5.9.3",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  overrides: {
    vite: "7.3.8"
  }
};

// src/report/tool.ts
var TOOL_NAME = "trainjob-migrate";
var TOOL_VERSION = package_default.version;

// src/util/usage-error.ts
var UsageError = class extends UserError {
  constructor(message) {
    super(message, { exitCode: 2 });
  }
};

export {
  package_default,
  TOOL_NAME,
  TOOL_VERSION,
  UsageError
};
