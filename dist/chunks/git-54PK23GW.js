import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GITHUB_ACTIONS_BOT,
  createGitPort,
  formatIdentity,
  hermeticGitEnvironment,
  parseRawDiff
} from "./chunk-UGR4CVUC.js";
import "./chunk-RRGNVCX2.js";
import "./chunk-SLKUXGTL.js";
import "./chunk-PY5VAGIZ.js";
export {
  GITHUB_ACTIONS_BOT,
  createGitPort,
  formatIdentity,
  hermeticGitEnvironment,
  parseRawDiff
};
