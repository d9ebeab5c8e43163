import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAIN_HELP
} from "./chunk-754APWLN.js";
import {
  oneLine
} from "./chunk-TJQWAU4I.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  UsageError
} from "./chunk-2P5ZRRHB.js";
import {
  isUserError
} from "./chunk-GFBUO7Q4.js";
import "./chunk-PY5VAGIZ.js";

// src/cli/main.ts
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  switch (command) {
    case void 0:
      io.stderr.write(MAIN_HELP);
      return 2;
    case "--help":
    case "-h":
    case "help":
      io.stdout.write(MAIN_HELP);
      return 0;
    case "--version":
    case "-V":
      io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}
`);
      return 0;
    case "scan":
    case "convert":
      return (await import("./migrate-command-H2DFLRR5.js")).runMigrateCommand(command, rest, io);
    case "pr":
      return (await import("./pr-command-PDFOSTWS.js")).runPrCommand(rest, io);
    case "discover":
      return (await import("./discover-command-SEGFRCEF.js")).runDiscoverCommand(rest, io);
    default:
      throw new UsageError(
        command.startsWith("-") ? `unknown option '${command}' before the command. Run '${TOOL_NAME} --help'.` : `unknown command '${command}': use scan, convert, pr or discover. Run '${TOOL_NAME} --help'.`
      );
  }
}
async function main(argv, io) {
  const debug = argv.includes("--debug");
  try {
    const debugIo = debug ? { ...io, debug: (message) => io.stderr.write(`${TOOL_NAME}: debug: ${message}
`) } : io;
    return await dispatch(
      argv.filter((arg) => arg !== "--debug"),
      debugIo
    );
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`${TOOL_NAME}: ${oneLine(error.message)}
`);
      return error.exitCode;
    }
    if (debug) {
      const stack = error instanceof Error ? error.stack ?? error.message : String(error);
      io.stderr.write(`${TOOL_NAME}: unexpected failure: ${stack}
`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        `${TOOL_NAME}: unexpected failure: ${oneLine(message)} (a bug: run again with --debug for the stack, and report it)
`
      );
    }
    return 1;
  }
}
export {
  main
};
