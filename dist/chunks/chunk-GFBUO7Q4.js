import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/user-error.ts
var UserError = class extends Error {
  exitCode;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? 2;
  }
};
function isUserError(error) {
  return error instanceof UserError;
}

export {
  UserError,
  isUserError
};
