import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
function processIo() {
  return {
    stdout: streamWriter(process.stdout),
    stderr: streamWriter(process.stderr),
    env: process.env,
    cwd: process.cwd()
  };
}
function streamWriter(stream) {
  let readerGone = false;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    readerGone = true;
  });
  return {
    write: (text) => {
      if (!readerGone) stream.write(text);
    },
    isTTY: stream.isTTY === true
  };
}
function wantsColor(writer, env, flags) {
  if (flags["no-color"]) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return writer.isTTY;
}
function wantsProgress(io) {
  return io.stderr.isTTY && !io.env.CI;
}

export {
  processIo,
  wantsColor,
  wantsProgress
};
