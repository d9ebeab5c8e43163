import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  processIo,
  wantsColor,
  wantsProgress
} from "./chunk-SDULEHPB.js";
import "./chunk-PY5VAGIZ.js";
export {
  processIo,
  wantsColor,
  wantsProgress
};
