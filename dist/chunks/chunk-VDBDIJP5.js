import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2P5ZRRHB.js";

// src/cli/parse-flags.ts
import { parseArgs } from "node:util";
function parseFlags(command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${message}. Run 'trainjob-migrate ${command} --help' for the options.`);
  }
}

export {
  parseFlags
};
