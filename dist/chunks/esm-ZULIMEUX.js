import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CheckRepoActions,
  CleanOptions,
  DiffNameStatus,
  GitConfigScope,
  GitConstructError,
  GitError,
  GitPluginError,
  GitResponseError,
  ResetMode,
  TaskConfigurationError,
  c,
  esm_default,
  gitP,
  grepQueryBuilder,
  simpleGit
} from "./chunk-SLKUXGTL.js";
import "./chunk-PY5VAGIZ.js";
export {
  CheckRepoActions,
  CleanOptions,
  DiffNameStatus,
  GitConfigScope,
  GitConstructError,
  GitError,
  GitPluginError,
  GitResponseError,
  ResetMode,
  TaskConfigurationError,
  esm_default as default,
  gitP,
  grepQueryBuilder,
  c as pathspec,
  simpleGit
};
