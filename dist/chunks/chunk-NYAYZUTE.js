import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode2;
    exports.isPair = isPair4;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError2 = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError2);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap6 = fc.start.source === "{";
      const fcName = isMap6 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap6 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap6 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap6 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap6) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap6 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (false)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/scan/classify.ts
var KUSTOMIZATION_FILE_NAME = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;
var KUSTOMIZE_KIND = /^kind:[ \t]*["']?Kustomization["']?[ \t]*(?:#.*)?$/m;
var KUSTOMIZE_API = /^apiVersion:[ \t]*["']?kustomize\.config\.k8s\.io\//m;
var TEMPLATE_ENGINE_EXTENSION = /\.(?:j2|jinja2?|tpl|gotmpl)$/i;
var MANIFEST_EXTENSION = /\.(?:ya?ml|json|tmpl|template|j2|jinja2?|tpl|gotmpl)$/i;
var HAS_EXTENSION = /\.[^./]+$/;
var HELM_ACTION = /\{\{-?\s*(?:(?:include|template|define|tpl|toYaml|required)\b|[^}]*?\.(?:Values|Release|Chart|Capabilities|Files)\b)/;
var UNQUOTED_TEMPLATE = /(?:^|:[ \t]|-[ \t])[ \t]*(?:\{\{|\{%)/m;
var KATIB_EXPERIMENT = /^kind:[ \t]*["']?(?:Experiment|StudyJob)["']?[ \t]*(?:#.*)?$/m;
var KATIB_TRIAL_TEMPLATE = /\b(?:trialSpec|trialTemplate|workerSpec|rawTemplate)\s*:/;
var KUBEFLOW_GROUP = /kubeflow\.org\//;
var CONFIG_MAP = /^kind:[ \t]*["']?ConfigMap["']?[ \t]*(?:#.*)?$/m;
var KATIB_TRIAL_TEMPLATES_MARKER = /katib|trial-?templates?/i;
var PYTORCHJOB_KIND = /\bkind:[ \t]*["']?PyTorchJob\b/;
var EMBEDDED_PYTORCHJOB_KIND = /^[ \t]+kind:[ \t]*["']?PyTorchJob\b/m;
function classifyText(relPath, text) {
  if (isKustomization(relPath, text)) return "kustomization";
  if (HAS_EXTENSION.test(relPath) && !MANIFEST_EXTENSION.test(relPath)) return "unknown";
  if (isJson(relPath, text)) return "json";
  const content = withoutComments(text);
  if (TEMPLATE_ENGINE_EXTENSION.test(relPath) || HELM_ACTION.test(content)) return "helm";
  if (isKatib(content)) return "katib";
  if (UNQUOTED_TEMPLATE.test(content)) return "helm";
  return "yaml";
}
function isKustomization(relPath, text) {
  return KUSTOMIZATION_FILE_NAME.test(relPath) || KUSTOMIZE_KIND.test(text) && KUSTOMIZE_API.test(text);
}
function isJson(relPath, text) {
  if (/\.json$/i.test(relPath)) return true;
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return (start.startsWith("{") || start.startsWith("[")) && !/^\{[{%]/.test(start);
}
function isKatib(content) {
  if (!PYTORCHJOB_KIND.test(content)) return false;
  if (KATIB_EXPERIMENT.test(content))
    return KUBEFLOW_GROUP.test(content) && KATIB_TRIAL_TEMPLATE.test(content);
  return CONFIG_MAP.test(content) && KATIB_TRIAL_TEMPLATES_MARKER.test(content) && EMBEDDED_PYTORCHJOB_KIND.test(content);
}
function withoutComments(text) {
  return text.replace(/^[ \t]*#.*$/gm, "");
}

// src/edit/json-file.ts
var import_yaml8 = __toESM(require_dist(), 1);
import { isDeepStrictEqual as isDeepStrictEqual3 } from "node:util";

// src/util/objects.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length && keysA.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

// src/convert/context.ts
function show(value, max = 60) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function isEmptyValue(value) {
  if (value === null || value === void 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}
var EMPTY_REASON = "empty; the same as leaving the field out";
function dropIfEmpty(ctx, path, value) {
  if (!isEmptyValue(value)) return false;
  ctx.ledger.dropped(path, EMPTY_REASON);
  return true;
}
function customRuntimeHint(ctx, what) {
  return `create a custom ClusterTrainingRuntime (a copy of ${ctx.options.runtimeName}) with ${what}, and pass its name with --runtime`;
}

// src/convert/elastic.ts
function mapElasticPolicy(ctx, path, policy, numNodes, hasWorker) {
  const { ledger } = ctx;
  if (dropIfEmpty(ctx, path, policy)) return;
  if (!isPlainObject(policy)) {
    ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "elasticPolicy must be a map; fix it" });
    return;
  }
  ledger.lost(path, {
    code: "ELASTIC_POLICY",
    message: hasWorker ? `elasticPolicy: training-operator v1 starts every pod through an elastic c10d rendezvous (PET_RDZV_ENDPOINT, PET_NNODES min:max); a TrainJob runs a fixed ${numNodes} nodes with a static rendezvous at node 0, so torchrun would be started differently. If the job does not need elastic training, replace elasticPolicy with nprocPerNode in the PyTorchJob, then convert again` : "elasticPolicy without a Worker replica: training-operator v1 cannot run this job (its elastic rendezvous needs Workers). Remove elasticPolicy, or add Workers, then convert again"
  });
}

// src/convert/launcher.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "zsh", "dash", "ash", "ksh"]);
var SHELL_SCRIPT_FLAG = /^-[a-z]*c[a-z]*$/;
var PYTHON = /^python[\d.]*$/;
var LAUNCHER_IN_SCRIPT = [
  [/(^|[\s;&|(`'"/])torchrun(?=$|[\s;&|)`'"])/, "torchrun"],
  [/-m\s+torch\.distributed\.run\b/, "torch.distributed.run"],
  [/-m\s+torch\.distributed\.launch\b/, "torch.distributed.launch"]
];
var basename = (file) => file.slice(file.lastIndexOf("/") + 1);
function findLauncher(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) return void 0;
  const program = basename(first);
  if (program === "torchrun") return "torchrun";
  if (PYTHON.test(program)) {
    const module = rest[rest.indexOf("-m") + 1];
    if (rest.includes("-m") && module === "torch.distributed.run") return "torch.distributed.run";
    if (rest.includes("-m") && module === "torch.distributed.launch") return "torch.distributed.launch";
    return void 0;
  }
  if (SHELLS.has(program)) {
    const flag = rest.findIndex((arg) => SHELL_SCRIPT_FLAG.test(arg));
    if (flag === -1) return void 0;
    const script = rest.slice(flag + 1).join("\n");
    return LAUNCHER_IN_SCRIPT.find(([pattern]) => pattern.test(script))?.[1];
  }
  return void 0;
}
function checkLauncher(ctx, containerPath, argv, numNodes, numProcPerNode, v1EnvironmentAdded) {
  const distributed = numNodes > 1 || typeof numProcPerNode === "number" && numProcPerNode > 1;
  const launcher = findLauncher(argv);
  const at = [...containerPath, argv.length > 0 ? "command" : "image"];
  if (distributed && launcher === void 0 && !v1EnvironmentAdded) {
    ctx.ledger.finding(at, {
      code: "TORCHRUN_MISSING",
      severity: "info",
      message: `the command ${argv.length > 0 ? `"${argv.slice(0, 4).join(" ")}${argv.length > 4 ? " \u2026" : ""}"` : "(the image entrypoint)"} does not start through torchrun, and the job has no Master replica, so neither v1 nor v2 gives it RANK, WORLD_SIZE or MASTER_ADDR (v2 sets only PET_*, which only torchrun reads): it runs as it did under v1. If the nodes are meant to train together, start it with torchrun`
    });
  }
  if (launcher === "torch.distributed.launch") {
    ctx.ledger.finding(at, {
      code: "DEPRECATED_LAUNCHER",
      severity: "info",
      message: "python -m torch.distributed.launch is deprecated in PyTorch; it reads the same PET_* variables today, but switch to torchrun"
    });
  }
}

// src/convert/layout.ts
var PATCHABLE_POD_FIELDS = {
  serviceAccountName: "2.0",
  nodeSelector: "2.0",
  tolerations: "2.0",
  volumes: "2.0",
  schedulingGates: "2.0",
  affinity: "2.1",
  imagePullSecrets: "2.1",
  securityContext: "2.2",
  terminationGracePeriodSeconds: "2.3"
};
var PATCHABLE_CONTAINER_FIELDS = {
  volumeMounts: "2.0",
  securityContext: "2.2"
};
var POD_METADATA_SINCE = "2.1";
var ACTIVE_DEADLINE_SINCE = "2.2";
function compareVersions(a, b) {
  const partsA = a.split(".").map(Number);
  const partsB = b.split(".").map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
var atLeast = (version, since) => compareVersions(version, since) >= 0;
var NODE = "node";
var PATCH_POD = [
  "spec",
  "runtimePatches",
  0,
  "trainingRuntimeSpec",
  "template",
  "spec",
  "replicatedJobs",
  0,
  "template",
  "spec",
  "template"
];
function runtimePatchesLayout(version) {
  return {
    version,
    root: ["spec", "runtimePatches"],
    podSpec: (field) => [...PATCH_POD, "spec", field],
    podMetadata: (field) => [...PATCH_POD, "metadata", field],
    container: (field) => [...PATCH_POD, "spec", "containers", 0, field],
    skeleton: (patchManager) => [
      { to: ["spec", "runtimePatches", 0, "manager"], value: patchManager },
      {
        to: [
          "spec",
          "runtimePatches",
          0,
          "trainingRuntimeSpec",
          "template",
          "spec",
          "replicatedJobs",
          0,
          "name"
        ],
        value: NODE
      },
      { to: [...PATCH_POD, "spec", "containers", 0, "name"], value: NODE }
    ]
  };
}
var PTO = ["spec", "podTemplateOverrides", 0];
var podTemplateOverridesLayout = {
  version: "2.1",
  root: ["spec", "podTemplateOverrides"],
  podSpec: (field) => [...PTO, "spec", field],
  podMetadata: (field) => [...PTO, "metadata", field],
  container: (field) => [...PTO, "spec", "containers", 0, field],
  skeleton: () => [
    { to: [...PTO, "targetJobs"], value: [{ name: NODE }] },
    { to: [...PTO, "spec", "containers", 0, "name"], value: NODE }
  ]
};
var PSO = ["spec", "podSpecOverrides", 0];
var podSpecOverridesLayout = {
  version: "2.0",
  root: ["spec", "podSpecOverrides"],
  podSpec: (field) => [...PSO, field],
  podMetadata: () => void 0,
  container: (field) => [...PSO, "containers", 0, field],
  skeleton: () => [
    { to: [...PSO, "targetJobs"], value: [{ name: NODE }] },
    { to: [...PSO, "containers", 0, "name"], value: NODE }
  ]
};
function layoutFor(version) {
  if (version === "2.0") return podSpecOverridesLayout;
  if (version === "2.1") return podTemplateOverridesLayout;
  return runtimePatchesLayout(version);
}
function customisationName(version) {
  if (version === "2.0") return "podSpecOverrides";
  if (version === "2.1") return "podTemplateOverrides";
  return "runtimePatches";
}

// src/convert/paths.ts
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
var pathKey = (path) => JSON.stringify(path);
function isLeaf(value) {
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return true;
}
function leafPaths(value, base = []) {
  const out = [];
  const walk = (node, path) => {
    if (isLeaf(node)) {
      out.push(path);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, [...path, index]);
      });
    } else if (isPlainObject(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(value, base);
  return out;
}
function getAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (typeof segment === "number") {
      if (!Array.isArray(node)) return void 0;
      node = node[segment];
    } else {
      if (!isPlainObject(node)) return void 0;
      node = node[segment];
    }
  }
  return node;
}
function pathExists(root, path) {
  if (path.length === 0) return true;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof last === "number") return Array.isArray(parent) && last < parent.length;
  return isPlainObject(parent) && Object.hasOwn(parent, last);
}
function differingPaths(a, b, base = []) {
  if (deepEqual(a, b)) return [];
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differingPaths(a[key], b[key], [...base, key]));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((item, index) => differingPaths(item, b[index], [...base, index]));
  }
  return [base];
}

// src/convert/ledger.ts
var Ledger = class {
  /**
   * @param generatedRuntime the runtime the job is converted against when it was generated from the
   *   job's runtime-level settings: a loss that names a `runtimeSetting` is then carried by it.
   */
  constructor(input, generatedRuntime) {
    this.input = input;
    this.generatedRuntime = generatedRuntime;
  }
  input;
  generatedRuntime;
  entries = /* @__PURE__ */ new Map();
  findings = [];
  carried = [];
  /** Input paths a generated runtime carries (see `generatedRuntime`). */
  carriedByRuntime = [];
  /** Every leaf under `from` lands at the matching place under `to`. */
  mapped(from, to) {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: "mapped", to: [...to, ...leaf.slice(from.length)] });
    }
  }
  /** `from` appears unchanged at `to`: mapped, and listed for the editor to move as source text. */
  carry(from, to) {
    this.carried.push({ from, to });
    this.mapped(from, to);
  }
  dropped(from, reason) {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: "dropped", reason });
    }
  }
  /** A semantic loss: every leaf under `from` is lost, and an error finding says what to do. */
  lost(from, finding2) {
    if (finding2.runtimeSetting && this.generatedRuntime !== void 0) {
      this.carriedByRuntime.push(from);
      this.dropped(from, `set in the generated runtime ${this.generatedRuntime}`);
      return;
    }
    this.finding(from, { severity: "error", ...finding2 });
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: "lost", reason: finding2.code });
    }
  }
  /**
   * A harmless drop that a generated runtime carries exactly when there is one (e.g. port
   * declarations): carried by it, else dropped with `finding` (a warning naming the setting).
   */
  runtimeCarriable(from, reason, finding2) {
    if (this.generatedRuntime !== void 0) {
      this.carriedByRuntime.push(from);
      this.dropped(from, `set in the generated runtime ${this.generatedRuntime}`);
      return;
    }
    this.dropped(from, reason);
    this.finding(from, finding2);
  }
  /** Leaves lost because of a finding already reported elsewhere (e.g. the Worker copy of a field). */
  lostWithoutFinding(from, code) {
    for (const leaf of this.leavesUnder(from)) {
      this.record({ path: leaf, disposition: "lost", reason: code });
    }
  }
  finding(at, finding2) {
    this.findings.push({
      severity: finding2.severity ?? "error",
      code: finding2.code,
      message: finding2.message,
      path: formatPath(at),
      ...finding2.runtimeSetting && { runtimeSetting: finding2.runtimeSetting }
    });
  }
  entryAt(path) {
    return this.entries.get(pathKey(path));
  }
  /** Copies an existing entry to another input path (same disposition and target). */
  mirror(path, from) {
    this.record({ ...from, path });
  }
  has(path) {
    return this.entries.has(pathKey(path));
  }
  accounting() {
    return [...this.entries.values()];
  }
  leavesUnder(from) {
    return pathExists(this.input, from) ? leafPaths(getAt(this.input, from), from) : [];
  }
  record(entry) {
    const key = pathKey(entry.path);
    if (!this.entries.has(key)) this.entries.set(key, entry);
  }
};

// src/convert/names.ts
var RFC1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var MAX_NAME_LENGTH = 63;
var GENERATED_SUFFIX_LENGTH = 5;
function isRfc1035Label(name) {
  return name.length <= MAX_NAME_LENGTH && RFC1035_LABEL.test(name);
}
function isValidGenerateName(prefix) {
  return isRfc1035Label(`${prefix}${"x".repeat(GENERATED_SUFFIX_LENGTH)}`);
}
function describeInvalidName(name) {
  if (name.length > MAX_NAME_LENGTH) return `is ${name.length} characters long (at most ${MAX_NAME_LENGTH})`;
  if (!RFC1035_LABEL.test(name)) {
    return 'is not an RFC 1035 label (lower-case letters, digits and "-", starting with a letter, ending with a letter or digit)';
  }
  return void 0;
}

// src/convert/metadata.ts
var SERVER_POPULATED = /* @__PURE__ */ new Set([
  "creationTimestamp",
  "resourceVersion",
  "uid",
  "generation",
  "managedFields",
  "selfLink",
  "deletionTimestamp",
  "deletionGracePeriodSeconds"
]);
var CARRIED = /* @__PURE__ */ new Set(["namespace", "labels", "annotations", "generateName"]);
function mapMetadata(ctx) {
  const { ledger, output, options } = ctx;
  const metadata = ctx.input.metadata;
  if (!isPlainObject(metadata)) {
    ledger.lost(["metadata"], {
      code: "NAME_INVALID",
      message: "metadata is missing or not a map; give the PyTorchJob a metadata.name"
    });
    return {};
  }
  const sideBySide = options.strategy === "side-by-side";
  const name = typeof metadata.name === "string" ? metadata.name : void 0;
  const newName = name !== void 0 && sideBySide ? `${name}${options.nameSuffix}` : name;
  checkName(ctx, metadata, name, newName);
  checkNamespace(ctx, metadata.namespace);
  const keys = Object.keys(metadata);
  const unchanged = newName === name && keys.every((key) => key === "name" || CARRIED.has(key));
  if (unchanged) {
    ledger.carry(["metadata"], ["metadata"]);
    output.place(["metadata"], metadata);
  } else {
    for (const key of keys) {
      const path = ["metadata", key];
      if (key === "name") {
        if (newName === name) ledger.carry(path, path);
        else ledger.mapped(path, path);
        output.place(path, newName);
      } else if (CARRIED.has(key)) {
        ledger.carry(path, path);
        output.place(path, metadata[key]);
      } else if (SERVER_POPULATED.has(key)) {
        ledger.dropped(path, "written by the API server; a manifest does not set it");
      } else {
        ledger.lost(path, {
          code: "UNKNOWN_FIELD",
          message: `metadata.${key}: ${show(metadata[key])} is not carried over to the TrainJob, because it belongs to the old object; remove it from the manifest, or add it to the TrainJob by hand if it is still needed`
        });
      }
    }
  }
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
  return { ...newName !== void 0 && { name: newName }, ...namespace !== void 0 && { namespace } };
}
function checkNamespace(ctx, namespace) {
  if (namespace === void 0 || namespace === null || typeof namespace === "string") return;
  ctx.ledger.finding(["metadata", "namespace"], {
    code: "NAME_INVALID",
    message: `metadata.namespace ${show(namespace)} is not a string, so the API server rejects this PyTorchJob; quote it (namespace: "${String(namespace)}") or fix it, then run again`
  });
}
function checkName(ctx, metadata, name, newName) {
  if (newName === void 0) {
    const generateName = metadata.generateName;
    if (typeof generateName === "string") {
      if (!isValidGenerateName(generateName)) {
        ctx.ledger.finding(["metadata", "generateName"], {
          code: "NAME_INVALID",
          message: `metadata.generateName "${generateName}" plus the 5 characters the API server adds is not an RFC 1035 label of at most 63 characters; shorten it or use lower-case letters, digits and "-"`
        });
      }
      return;
    }
    ctx.ledger.finding(["metadata", "name"], {
      code: "NAME_INVALID",
      message: "metadata.name is missing or not a string; give the PyTorchJob a name (an RFC 1035 label)"
    });
    return;
  }
  const problem = describeInvalidName(newName);
  if (problem === void 0) return;
  const suffixed = newName !== name;
  ctx.ledger.finding(["metadata", "name"], {
    code: "NAME_INVALID",
    message: suffixed ? `metadata.name "${name}" with the side-by-side suffix "${ctx.options.nameSuffix}" gives "${newName}", which ${problem}; shorten the name or choose a shorter --name-suffix` : `metadata.name "${newName}" ${problem}; the TrainJob API rejects it. Rename the job (if the name is a template placeholder, render the template first)`
  });
}

// src/convert/nproc.ts
var NUM_PROC = ["spec", "trainer", "numProcPerNode"];
var INT_PROC_SINCE = "2.2";
function asCount(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  if (typeof value === "string" && /^[1-9]\d*$/.test(value)) return Number(value);
  return void 0;
}
function mapNprocPerNode(ctx, path, value, gpuRequested) {
  const { ledger, output, layout } = ctx;
  const count = asCount(value);
  if (count !== void 0) {
    if (value === count) ledger.carry(path, NUM_PROC);
    else ledger.mapped(path, NUM_PROC);
    output.place(NUM_PROC, count);
    return count;
  }
  if (value === "auto") {
    ledger.dropped(path, "auto is what v2 does when numProcPerNode is unset");
    return void 0;
  }
  const intOnly = atLeast(layout.version, INT_PROC_SINCE);
  if (!intOnly && (value === "gpu" || value === "cpu")) {
    ledger.carry(path, NUM_PROC);
    output.place(NUM_PROC, value);
    return value;
  }
  if (value === "gpu" && gpuRequested) {
    ledger.dropped(path, "unset numProcPerNode (auto) starts one process per requested GPU, like gpu");
    return void 0;
  }
  if (value === "cpu" && !gpuRequested) {
    ledger.dropped(
      path,
      "unset numProcPerNode (auto) starts one process per requested CPU when no GPU is requested"
    );
    return void 0;
  }
  const why = value === "gpu" ? "gpu without a GPU request fails in torchrun, and v2 would start one process per CPU instead" : value === "cpu" ? "cpu with a GPU request: v2 would start one process per GPU instead of per CPU" : "it is not auto, cpu, gpu or a whole number \u2265 1";
  ledger.lost(path, {
    code: "NPROC_PER_NODE",
    message: `nprocPerNode: ${show(value)} cannot be expressed in Trainer ${layout.version} (${why}); set nprocPerNode to the number of processes per node`
  });
  return void 0;
}

// src/convert/output.ts
var KEY_ORDER = [
  "apiVersion",
  "name",
  "generateName",
  "kind",
  "namespace",
  "targetJobs",
  "metadata",
  "labels",
  "annotations",
  "spec",
  "runtimeRef",
  "trainer",
  "numNodes",
  "image",
  "command",
  "args",
  "env",
  "resourcesPerNode",
  "numProcPerNode",
  "suspend",
  "activeDeadlineSeconds",
  "managedBy",
  "runtimePatches",
  "podTemplateOverrides",
  "podSpecOverrides",
  "manager",
  "trainingRuntimeSpec",
  "template",
  "replicatedJobs",
  "serviceAccountName",
  "nodeSelector",
  "affinity",
  "tolerations",
  "schedulingGates",
  "imagePullSecrets",
  "containers",
  "volumeMounts",
  "volumes",
  "securityContext",
  "terminationGracePeriodSeconds"
];
var rank = (segment) => {
  if (typeof segment === "number") return segment;
  const index = KEY_ORDER.indexOf(segment);
  return index === -1 ? KEY_ORDER.length : index;
};
function comparePaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = rank(a[i]) - rank(b[i]);
    if (diff !== 0) return diff;
  }
  return 0;
}
function setAt(root, path, value) {
  let node = root;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const nextIsIndex = typeof path[index + 1] === "number";
    const container = node;
    if (last) {
      container[segment] = structuredClone(value);
      return;
    }
    if (container[segment] === void 0) container[segment] = nextIsIndex ? [] : {};
    node = container[segment];
  });
}
var OutputBuilder = class {
  placements = [];
  place(to, value) {
    this.placements.push({ to, value });
  }
  has(prefix) {
    return this.placements.some(({ to }) => prefix.every((segment, index) => to[index] === segment));
  }
  build() {
    const root = {};
    const ordered = [...this.placements].sort((a, b) => comparePaths(a.to, b.to));
    for (const { to, value } of ordered) setAt(root, to, value);
    return root;
  }
};

// src/convert/env.ts
var RESERVED_ENV = [
  "PET_NNODES",
  "PET_NPROC_PER_NODE",
  "PET_NODE_RANK",
  "PET_MASTER_ADDR",
  "PET_MASTER_PORT"
];
function mapEnv(ctx, path, env) {
  const { ledger } = ctx;
  const none = { path, kept: [], whole: false };
  if (dropIfEmpty(ctx, path, env)) return none;
  if (!Array.isArray(env)) {
    ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: "env must be a list of {name, value} items; fix it"
    });
    return none;
  }
  const lastIndexOf = /* @__PURE__ */ new Map();
  env.forEach((item, index) => {
    if (isPlainObject(item) && typeof item.name === "string") lastIndexOf.set(item.name, index);
  });
  const kept = [];
  env.forEach((item, index) => {
    const itemPath = [...path, index];
    if (!isPlainObject(item) || typeof item.name !== "string") {
      ledger.lost(itemPath, {
        code: "INVALID_PYTORCHJOB",
        message: `env[${index}] has no name; give it one or remove it`
      });
      return;
    }
    const name = item.name;
    if (RESERVED_ENV.includes(name)) {
      ledger.lost(itemPath, {
        code: "RESERVED_ENV",
        message: `env ${name} is set by the v2 torch runtime itself and the TrainJob webhook rejects it; remove it (the runtime derives it from trainer.numNodes and numProcPerNode)`
      });
      return;
    }
    if (lastIndexOf.get(name) !== index) {
      ledger.lost(itemPath, {
        code: "CONTAINER_FIELD",
        message: `env ${name} is set more than once; Kubernetes used the last value, and the TrainJob API rejects duplicate names: delete the earlier entries`
      });
      return;
    }
    kept.push({ index, name, item });
  });
  return { path, kept, whole: kept.length > 0 && kept.length === env.length };
}

// src/convert/trainer-container.ts
var TRAINER_CONTAINER = "pytorch";
var RENDEZVOUS_PORT_NAME = "pytorchjob-port";
var RENDEZVOUS_PORTS = [23456, 29500];
var DEFAULT_VALUED = {
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
  stdin: false,
  stdinOnce: false,
  tty: false
};
var RUNTIME_CONTAINER_FIELDS = /* @__PURE__ */ new Set([
  "workingDir",
  "lifecycle",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "terminationMessagePath",
  "terminationMessagePolicy",
  "stdin",
  "stdinOnce",
  "tty",
  "volumeDevices",
  "resizePolicy"
]);
function mapTrainerContainer(ctx, path, container) {
  const { ledger, output } = ctx;
  const result = {
    env: { path: [...path, "env"], kept: [], whole: false },
    gpuRequested: requestsGpu(container.resources)
  };
  for (const [key, value] of Object.entries(container)) {
    const fieldPath = [...path, key];
    switch (key) {
      case "name":
        ledger.dropped(fieldPath, 'the v2 runtimes name the trainer container "node"');
        break;
      case "image":
        if (typeof value !== "string" || value === "") {
          ledger.lost(fieldPath, {
            code: "INVALID_PYTORCHJOB",
            message: "image must be a non-empty string; fix it"
          });
        } else {
          ledger.carry(fieldPath, ["spec", "trainer", "image"]);
          output.place(["spec", "trainer", "image"], value);
        }
        break;
      case "command":
      case "args":
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
          ledger.lost(fieldPath, {
            code: "INVALID_PYTORCHJOB",
            message: `${key} must be a list of strings (quote numbers, e.g. "1"); fix it`
          });
        } else {
          ledger.carry(fieldPath, ["spec", "trainer", key]);
          output.place(["spec", "trainer", key], value);
          result[key] = value;
        }
        break;
      case "env":
        result.env = mapEnv(ctx, fieldPath, value);
        break;
      case "resources":
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        ledger.carry(fieldPath, ["spec", "trainer", "resourcesPerNode"]);
        output.place(["spec", "trainer", "resourcesPerNode"], value);
        break;
      case "volumeMounts":
      case "securityContext":
        mapContainerPatchField(ctx, fieldPath, key, value);
        break;
      case "ports":
        accountPorts(ctx, fieldPath, value);
        break;
      case "imagePullPolicy":
        mapImagePullPolicy(ctx, fieldPath, value, container.image);
        break;
      case "envFrom":
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        ledger.lost(fieldPath, {
          code: "ENV_FROM",
          message: `envFrom ${show(value)} has no TrainJob field (trainer.env takes single variables only); list each needed key as env[].valueFrom.secretKeyRef / configMapKeyRef, or ${customRuntimeHint(ctx, "envFrom on the node container")}`,
          runtimeSetting: { container: { envFrom: value } }
        });
        break;
      default:
        if (key in DEFAULT_VALUED && DEFAULT_VALUED[key] === value) {
          ledger.dropped(fieldPath, "equal to the Kubernetes default");
        } else if (!dropIfEmpty(ctx, fieldPath, value)) {
          ledger.lost(fieldPath, {
            code: "CONTAINER_FIELD",
            message: `container field ${key}: ${show(value)} has no TrainJob field (trainer has only image, command, args, env, resourcesPerNode and numProcPerNode); move it into the image or the command, or ${customRuntimeHint(ctx, `${key} on the node container`)}`,
            ...RUNTIME_CONTAINER_FIELDS.has(key) && { runtimeSetting: { container: { [key]: value } } }
          });
        }
    }
  }
  if (!("image" in container)) {
    ctx.ledger.finding([...path, "image"], {
      code: "INVALID_PYTORCHJOB",
      message: `the ${TRAINER_CONTAINER} container has no image; without one the TrainJob would run the runtime's default image. Add the image`
    });
  }
  return result;
}
function mapContainerPatchField(ctx, path, field, value) {
  if (dropIfEmpty(ctx, path, value)) return;
  const since = PATCHABLE_CONTAINER_FIELDS[field];
  const { version } = ctx.layout;
  if (!atLeast(version, since)) {
    ctx.ledger.lost(path, {
      code: "POD_FIELD_UNSUPPORTED_BY_TARGET",
      message: `container ${field} cannot be set through ${customisationName(version)} in Trainer ${version} (supported from ${since}); target Trainer ${since}+ with --trainer-version, or ${customRuntimeHint(ctx, `${field} on the node container`)}`
    });
    return;
  }
  const to = ctx.layout.container(field);
  ctx.ledger.carry(path, to);
  ctx.output.place(to, value);
}
function isRendezvousPort(port) {
  if (!isPlainObject(port)) return false;
  return port.name === RENDEZVOUS_PORT_NAME || RENDEZVOUS_PORTS.includes(Number(port.containerPort));
}
function accountPorts(ctx, path, ports) {
  if (dropIfEmpty(ctx, path, ports)) return;
  if (!Array.isArray(ports)) {
    ctx.ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "ports must be a list; fix it" });
    return;
  }
  const declared = ports.filter((port) => !isRendezvousPort(port));
  const runtimeSetting = { container: { ports: declared } };
  ports.forEach((port, index) => {
    const portPath = [...path, index];
    if (isRendezvousPort(port)) {
      ctx.ledger.dropped(portPath, "the v1 rendezvous port; the v2 torch runtime declares port 29500 itself");
    } else if (isPlainObject(port) && port.hostPort !== void 0) {
      ctx.ledger.lost(portPath, {
        code: "CONTAINER_FIELD",
        message: `port ${show(port)} uses a hostPort, which has no TrainJob field; ${customRuntimeHint(ctx, "this port on the node container")}`,
        runtimeSetting
      });
    } else {
      ctx.ledger.runtimeCarriable(
        portPath,
        "a container port declaration is informational; v2 has no field for it",
        {
          code: "CONTAINER_FIELD",
          severity: "warning",
          message: `port ${show(port)} is dropped: TrainJob has no field for container ports. Declarations do not affect traffic, but a Service that targets this port by name needs a numeric targetPort instead; --generate-runtimes carries the ports in a generated runtime's node container`,
          runtimeSetting
        }
      );
    }
  });
}
function defaultPullPolicy(image) {
  if (image.includes("@")) return "IfNotPresent";
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const tag = lastSegment.includes(":") ? lastSegment.slice(lastSegment.indexOf(":") + 1) : void 0;
  return tag === void 0 || tag === "latest" ? "Always" : "IfNotPresent";
}
function mapImagePullPolicy(ctx, path, policy, image) {
  if (typeof image === "string" && policy === defaultPullPolicy(image)) {
    ctx.ledger.dropped(path, `equal to the Kubernetes default for image ${image}`);
    return;
  }
  ctx.ledger.lost(path, {
    code: "CONTAINER_FIELD",
    runtimeSetting: { container: { imagePullPolicy: policy } },
    message: `imagePullPolicy: ${show(policy)} differs from the Kubernetes default for this image${typeof image === "string" ? ` (${defaultPullPolicy(image)})` : ""} and TrainJob has no field for it; use an image tag that gets the wanted default (e.g. a fixed tag instead of :latest), or ${customRuntimeHint(ctx, `imagePullPolicy: ${show(policy)} on the node container`)}`
  });
}
var GPU_RESOURCE = /gpu/i;
function requestsGpu(resources) {
  if (!isPlainObject(resources)) return false;
  return [resources.limits, resources.requests].some(
    (list) => isPlainObject(list) && Object.entries(list).some(([name, quantity]) => GPU_RESOURCE.test(name) && String(quantity) !== "0")
  );
}

// src/convert/pod-template.ts
var DEFAULT_VALUED2 = {
  hostIPC: false,
  hostNetwork: false,
  hostPID: false,
  shareProcessNamespace: false,
  enableServiceLinks: true,
  automountServiceAccountToken: true,
  dnsPolicy: "ClusterFirst",
  schedulerName: "default-scheduler",
  preemptionPolicy: "PreemptLowerPriority"
};
var RUNTIME_ONLY_ADVICE = {
  priorityClassName: "with Kueue, the kueue.x-k8s.io/priority-class label on the TrainJob sets the workload priority instead",
  schedulerName: "e.g. the KAI scheduler is enabled by a runtime with schedulerName: kai-scheduler",
  hostIPC: "hostIPC is often used for shared memory; an emptyDir volume with medium: Memory at /dev/shm can replace it",
  hostNetwork: "check that the job still needs the host network (e.g. for RDMA/EFA) before migrating"
};
var RUNTIME_POD_FIELDS = /* @__PURE__ */ new Set([
  "priorityClassName",
  "schedulerName",
  "hostIPC",
  "hostPID",
  "shareProcessNamespace",
  "dnsPolicy",
  "dnsConfig",
  "hostAliases",
  "runtimeClassName",
  "topologySpreadConstraints",
  "enableServiceLinks",
  "preemptionPolicy",
  "automountServiceAccountToken",
  "readinessGates",
  "setHostnameAsFQDN",
  "hostUsers",
  "os",
  "resourceClaims",
  "activeDeadlineSeconds"
]);
function mapPodTemplate(ctx, path, template) {
  const { ledger } = ctx;
  if (!isPlainObject(template)) {
    ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: "template must be a pod template (a map); fix it"
    });
    return {};
  }
  let result = {};
  for (const [key, value] of Object.entries(template)) {
    const fieldPath = [...path, key];
    if (key === "metadata") mapPodMetadata(ctx, fieldPath, value);
    else if (key === "spec") result = mapPodSpec(ctx, fieldPath, value);
    else {
      ledger.lost(fieldPath, {
        code: "UNKNOWN_FIELD",
        message: `template.${key} is not a pod template field; remove it`
      });
    }
  }
  if (!isPlainObject(template.spec)) {
    ledger.finding([...path, "spec"], {
      code: "NO_TRAINER_CONTAINER",
      message: `the pod template has no spec, so there is no ${TRAINER_CONTAINER} container to take the image and command from; add it`
    });
  }
  return result;
}
function mapPodMetadata(ctx, path, metadata) {
  const { ledger, layout } = ctx;
  if (dropIfEmpty(ctx, path, metadata)) return;
  if (!isPlainObject(metadata)) {
    ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "template.metadata must be a map; fix it" });
    return;
  }
  for (const [key, value] of Object.entries(metadata)) {
    const fieldPath = [...path, key];
    if (dropIfEmpty(ctx, fieldPath, value)) continue;
    if (key === "labels" || key === "annotations") {
      const to = layout.podMetadata(key);
      if (to === void 0) {
        ledger.lost(fieldPath, {
          code: "POD_FIELD_UNSUPPORTED_BY_TARGET",
          message: `pod ${key} ${show(value)} cannot be set in Trainer ${layout.version} (podSpecOverrides has no metadata; supported from ${POD_METADATA_SINCE}); target Trainer ${POD_METADATA_SINCE}+ with --trainer-version, or ${customRuntimeHint(ctx, `these pod ${key}`)}`
        });
      } else {
        ledger.carry(fieldPath, to);
        ctx.output.place(to, value);
      }
    } else if (key === "name" || key === "namespace" || key === "generateName") {
      ledger.dropped(fieldPath, "the operator names pods itself, so this had no effect in v1");
    } else {
      ledger.lost(fieldPath, {
        code: "POD_FIELD",
        message: `pod metadata.${key}: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `metadata.${key} in the node pod template`)}`
      });
    }
  }
}
function mapPodSpec(ctx, path, spec) {
  const { ledger } = ctx;
  if (!isPlainObject(spec)) {
    ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: "template.spec must be a pod spec (a map); fix it"
    });
    return {};
  }
  let result = {};
  for (const [key, value] of Object.entries(spec)) {
    const fieldPath = [...path, key];
    if (key === "containers") {
      result = mapContainers(ctx, fieldPath, value);
    } else if (key in PATCHABLE_POD_FIELDS) {
      mapPatchablePodField(ctx, fieldPath, key, value);
    } else if (key === "serviceAccount") {
      mapDeprecatedServiceAccount(ctx, fieldPath, value, spec.serviceAccountName);
    } else if (key === "restartPolicy") {
      ledger.dropped(
        fieldPath,
        "v1 ignores the pod template's restartPolicy: the replica spec's restartPolicy wins"
      );
    } else if (key in DEFAULT_VALUED2 && DEFAULT_VALUED2[key] === value) {
      ledger.dropped(fieldPath, "equal to the Kubernetes default, and the torch runtime does not set it");
    } else if (dropIfEmpty(ctx, fieldPath, value)) {
    } else if (key === "initContainers") {
      ledger.lost(fieldPath, {
        code: "INIT_CONTAINERS",
        message: `initContainers ${show(value)} cannot be added by a TrainJob (patches may only change init containers the runtime already has); ${customRuntimeHint(ctx, "these initContainers in the node pod template")}`,
        ...Array.isArray(value) && { runtimeSetting: { podSpec: { initContainers: value } } }
      });
    } else {
      const advice = RUNTIME_ONLY_ADVICE[key];
      ledger.lost(fieldPath, {
        code: "POD_FIELD",
        message: `pod field ${key}: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `${key}: ${show(value)} in the node pod template`)}${advice ? ` (${advice})` : ""}`,
        ...RUNTIME_POD_FIELDS.has(key) && { runtimeSetting: { podSpec: { [key]: value } } }
      });
    }
  }
  return result;
}
function mapPatchablePodField(ctx, path, field, value) {
  if (dropIfEmpty(ctx, path, value)) return;
  const since = PATCHABLE_POD_FIELDS[field];
  const { version } = ctx.layout;
  if (!atLeast(version, since)) {
    ctx.ledger.lost(path, {
      code: "POD_FIELD_UNSUPPORTED_BY_TARGET",
      message: `pod ${field} cannot be set through ${customisationName(version)} in Trainer ${version} (supported from ${since}); target Trainer ${since}+ with --trainer-version, or ${customRuntimeHint(ctx, `${field} in the node pod template`)}`
    });
    return;
  }
  const to = ctx.layout.podSpec(field);
  ctx.ledger.carry(path, to);
  ctx.output.place(to, value);
}
function mapDeprecatedServiceAccount(ctx, path, value, serviceAccountName) {
  if (serviceAccountName === void 0) {
    mapPatchablePodField(ctx, path, "serviceAccountName", value);
  } else if (serviceAccountName === value) {
    ctx.ledger.dropped(path, "deprecated alias of serviceAccountName, which has the same value");
  } else {
    ctx.ledger.lost(path, {
      code: "POD_FIELD",
      message: `serviceAccount: ${show(value)} differs from serviceAccountName: ${show(serviceAccountName)}; Kubernetes uses serviceAccountName. Remove the deprecated serviceAccount`
    });
  }
}
function mapContainers(ctx, path, containers) {
  const { ledger } = ctx;
  if (!Array.isArray(containers)) {
    ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "containers must be a list; fix it" });
    return {};
  }
  const trainerIndex = containers.findIndex((c) => isPlainObject(c) && c.name === TRAINER_CONTAINER);
  if (trainerIndex === -1) {
    ledger.lost(path, {
      code: "NO_TRAINER_CONTAINER",
      message: `no container is named "${TRAINER_CONTAINER}" (the v1 operator requires one); name the training container "${TRAINER_CONTAINER}" and convert again`
    });
    return {};
  }
  containers.forEach((container, index) => {
    if (index === trainerIndex) return;
    const name = isPlainObject(container) ? String(container.name) : `#${index}`;
    ledger.lost([...path, index], {
      code: "EXTRA_CONTAINERS",
      message: `container "${name}" cannot be added by a TrainJob (patches may only change containers the runtime already has, and it would not get the PET_* variables); ${customRuntimeHint(ctx, `container "${name}" in the node pod template`)}`,
      ...isPlainObject(container) && typeof container.name === "string" && { runtimeSetting: { podSpec: { containers: [container] } } }
    });
  });
  return {
    container: mapTrainerContainer(
      ctx,
      [...path, trainerIndex],
      containers[trainerIndex]
    )
  };
}

// src/convert/references.ts
function references(text) {
  const names = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") continue;
    const next = text[i + 1];
    if (next === "$") {
      i++;
    } else if (next === "(") {
      const close = text.indexOf(")", i + 2);
      if (close === -1) break;
      names.push(text.slice(i + 2, close));
      i = close;
    }
  }
  return names;
}
function readsVariable(text, name) {
  return new RegExp(`\\$(\\{${name}\\}|\\(${name}\\)|${name}(?![A-Za-z0-9_]))`).test(text);
}

// src/convert/trainer-env.ts
var TRAINER_ENV = ["spec", "trainer", "env"];
var TRAINER_ENV_MAX = 128;
var V1_VARIABLES = ["PYTHONUNBUFFERED", "MASTER_PORT", "MASTER_ADDR", "WORLD_SIZE", "RANK"];
var JOBSET_NAME_VARIABLE = "JOBSET_NAME";
var JOBSET_NAME_LABEL = "jobset.sigs.k8s.io/jobset-name";
var COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
var V1_DEFAULT_PORT = 23456;
function v1EnvironmentOf(ctx, master, numNodes, trainJobName) {
  if (!master) return void 0;
  const nproc = getAt(ctx.input, ["spec", "nprocPerNode"]);
  const perNode = typeof nproc === "number" ? nproc : /^\d+$/.test(String(nproc)) ? Number(nproc) : 1;
  return {
    masterPort: masterPort(getAt(ctx.input, [...master.path, "template", "spec", "containers"])),
    worldSize: numNodes * perNode,
    ...trainJobName !== void 0 && { trainJobName }
  };
}
function masterPort(containers) {
  if (!Array.isArray(containers)) return V1_DEFAULT_PORT;
  const pytorch = containers.find((c) => isPlainObject(c) && c.name === "pytorch");
  const ports = isPlainObject(pytorch) && Array.isArray(pytorch.ports) ? pytorch.ports : [];
  const port = ports.find((p) => isPlainObject(p) && p.name === "pytorchjob-port");
  const number = isPlainObject(port) ? Number(port.containerPort) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : V1_DEFAULT_PORT;
}
function v1Entry(name, v1, masterAddress) {
  switch (name) {
    case "PYTHONUNBUFFERED":
      return { name, value: "1" };
    case "MASTER_PORT":
      return { name, value: String(v1.masterPort) };
    case "MASTER_ADDR":
      return { name, value: masterAddress };
    case "WORLD_SIZE":
      return { name, value: String(v1.worldSize) };
    default:
      return { name, valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${COMPLETION_INDEX}']` } } };
  }
}
var JOBSET_NAME_ENTRY = {
  name: JOBSET_NAME_VARIABLE,
  valueFrom: { fieldRef: { fieldPath: `metadata.labels['${JOBSET_NAME_LABEL}']` } }
};
function placeTrainerEnv(ctx, user, v1, argv) {
  const { ledger, output } = ctx;
  if (!v1) {
    placeUserEntries(ctx, user);
    return user.kept.map((entry) => entry.name);
  }
  const position = new Map(user.kept.map((entry, order) => [entry.name, order]));
  const referencesOf = (entry) => typeof entry.item.value === "string" ? references(entry.item.value) : [];
  for (const [order, entry] of user.kept.entries()) {
    for (const name of referencesOf(entry)) {
      const at = position.get(name);
      if (!V1_VARIABLES.includes(name) || at === void 0 || at >= order) continue;
      ledger.lost([...user.path, entry.index, "value"], {
        code: "ENV_REFERENCE",
        message: `env ${entry.name} reads $(${name}) from the env entry before it, which the v1 operator's own ${name} (appended after every user entry) then replaced; the TrainJob must set ${name} to v1's value, so ${entry.name} would change. Write the value of ${name} into ${entry.name} instead of the reference, then convert again`
      });
      ledger.lostWithoutFinding(user.path, "ENV_REFERENCE");
      return [];
    }
  }
  const helperFree = !position.has(JOBSET_NAME_VARIABLE) && !user.kept.some((entry) => referencesOf(entry).includes(JOBSET_NAME_VARIABLE)) && !argv.some((arg) => references(arg).includes(JOBSET_NAME_VARIABLE));
  if (!helperFree && v1.trainJobName === void 0) {
    ledger.finding(user.path, {
      code: "V1_ENV",
      message: `the job uses ${JOBSET_NAME_VARIABLE} itself and has no fixed name, so MASTER_ADDR (v1's address of the Master) cannot be written for it; rename ${JOBSET_NAME_VARIABLE} in the PyTorchJob, then convert again`
    });
    ledger.lostWithoutFinding(user.path, "V1_ENV");
    return [];
  }
  const masterAddress = helperFree ? `$(${JOBSET_NAME_VARIABLE})-node-0-0.$(${JOBSET_NAME_VARIABLE})` : `${v1.trainJobName}-node-0-0.${v1.trainJobName}`;
  const placed = [];
  for (const entry of user.kept) {
    if (!V1_VARIABLES.includes(entry.name)) {
      placed.push({ item: entry.item, from: entry.index });
      continue;
    }
    ledger.dropped(
      [...user.path, entry.index],
      `the v1 operator appended its own ${entry.name} after the user's entries, and the later entry won; the TrainJob sets v1's value in its place`
    );
    if (entry.name === "MASTER_ADDR" && helperFree) placed.push({ item: JOBSET_NAME_ENTRY });
    placed.push({ item: v1Entry(entry.name, v1, masterAddress) });
  }
  const added = [];
  for (const name of V1_VARIABLES) {
    if (position.has(name)) continue;
    if (name === "MASTER_ADDR" && helperFree) placed.push({ item: JOBSET_NAME_ENTRY });
    placed.push({ item: v1Entry(name, v1, masterAddress) });
    added.push(name);
  }
  if (placed.length > TRAINER_ENV_MAX) {
    ledger.finding(user.path, {
      code: "V1_ENV",
      message: `with the ${added.length} variables the v1 operator set, trainer.env would have ${placed.length} entries, more than the ${TRAINER_ENV_MAX} the TrainJob API allows; move some variables into the image or a ConfigMap read by the program, then convert again`
    });
    ledger.lostWithoutFinding(user.path, "V1_ENV");
    return [];
  }
  placed.forEach(({ from }, index) => {
    if (from !== void 0) ledger.carry([...user.path, from], [...TRAINER_ENV, index]);
  });
  output.place(
    TRAINER_ENV,
    placed.map(({ item }) => item)
  );
  const names = placed.map(({ item }) => String(item.name));
  ledger.finding(TRAINER_ENV, {
    code: "V1_ENV_ADDED",
    severity: "info",
    message: `trainer.env sets ${V1_VARIABLES.join(", ")} as the v1 operator did (MASTER_ADDR names node 0 through ${helperFree ? `${JOBSET_NAME_VARIABLE}, the pod's ${JOBSET_NAME_LABEL} label, so it follows the TrainJob's name` : "the TrainJob name"}; WORLD_SIZE ${v1.worldSize}; RANK from the completion index): ${v1.reason}. If an overlay changes the node count, it must set WORLD_SIZE too`
  });
  return names;
}
function placeUserEntries(ctx, user) {
  if (user.kept.length === 0) return;
  if (user.whole) {
    ctx.ledger.carry(user.path, TRAINER_ENV);
  } else {
    user.kept.forEach(({ index }, newIndex) => {
      ctx.ledger.carry([...user.path, index], [...TRAINER_ENV, newIndex]);
    });
  }
  ctx.output.place(
    TRAINER_ENV,
    user.kept.map(({ item }) => item)
  );
}

// src/convert/process-checks.ts
function v1EnvironmentReason(command, argv, launcher, userEnvNames) {
  if (command === void 0) return "the job has no command, so the image's entrypoint may read them";
  if (launcher === void 0)
    return "the command does not start through torchrun, which would set them itself";
  const script = argv.join("\n");
  const read = V1_VARIABLES.filter((name) => readsVariable(script, name));
  if (read.length > 0) return `the command reads ${read.map((name) => `$${name}`).join(", ")}`;
  const set = V1_VARIABLES.filter((name) => userEnvNames.includes(name));
  if (set.length > 0) return `env sets ${set.join(", ")}, which v1 replaced with its own value`;
  return void 0;
}
var NPROC_FLAG = /--nproc[-_]per[-_]node(?:=|\s+)(["']?)(\d+)\1(?![\w$])/;
function checkProcessCount(ctx, at, command, argv, launcher, numProcPerNode, gpuRequested) {
  if (numProcPerNode !== void 0 || gpuRequested) return;
  const v1Value = getAt(ctx.input, ["spec", "nprocPerNode"]) ?? "auto";
  if (launcher !== void 0 && !NPROC_FLAG.test(argv.join("\n"))) {
    ctx.ledger.finding(at, {
      code: "NPROC_PER_NODE",
      message: `torchrun starts nprocPerNode: ${String(v1Value)} processes per node, and the pod requests no GPU: under v1 that is one process per CPU of the node it lands on, under v2 one per CPU the pod requests, so the number of processes can change. Set nprocPerNode in the PyTorchJob (or numProcPerNode in the TrainJob) to the CPU count of your nodes, or pass --nproc-per-node to torchrun, then convert again`
    });
  } else if (command === void 0) {
    ctx.ledger.finding(at, {
      code: "ENTRYPOINT_NPROC",
      severity: "info",
      message: `the job has no command, so what the image's entrypoint starts is not visible; if it starts torchrun, v1 gave it nprocPerNode: ${String(v1Value)} (one process per CPU of the node without GPUs) and v2 one process per requested CPU: set numProcPerNode to the CPU count of your nodes in that case`
    });
  }
}
var DYNAMIC_RENDEZVOUS = [/--rdzv[-_]endpoint\b/, /--rdzv[-_]backend[= ]+["']?(c10d|etcd|etcd-v2)\b/];
var NODE_RANK_AND_MASTER = [/--node[-_]rank\b/, /--master[-_]addr\b/];
function checkLaunchShape(ctx, at, view) {
  const { options, layout } = ctx;
  if (view.command === void 0 && layout.version === "2.0" && options.runtimeName === "torch-distributed") {
    ctx.ledger.finding(at, {
      code: "RUNTIME_DEFAULT_COMMAND",
      message: `the job has no command, so it runs the image's entrypoint; Trainer 2.0's torch-distributed runtime has a default command (a bash script that prints the PET_* variables and exits) that a TrainJob without trainer.command runs instead. Set command (and args) to what the image's entrypoint runs, or target Trainer 2.1+ with --trainer-version, then convert again`
    });
  }
  const script = view.argv.join("\n");
  const rendezvous = DYNAMIC_RENDEZVOUS.every((flag) => flag.test(script)) || NODE_RANK_AND_MASTER.every((flag) => flag.test(script));
  const elastic = getAt(ctx.input, ["spec", "elasticPolicy"]) !== void 0;
  if (!view.hasMaster && view.launcher !== void 0 && view.numNodes > 1 && !rendezvous && !elastic) {
    ctx.ledger.finding(at, {
      code: "WORKER_ONLY_RENDEZVOUS",
      message: `torchrun runs on ${view.numNodes} Worker pods without a Master and without a dynamic rendezvous (--rdzv-backend=c10d with --rdzv-endpoint): v1 gave such pods no node rank and no master address, so each waited for its peers at 127.0.0.1 as node 0, while v2 gives every node its rank and node 0's address, so the processes differ. Add a Master replica (replicas: 1, one Worker fewer) or pass --rdzv-endpoint and --rdzv-backend=c10d to torchrun, then convert again`
    });
  }
}
function v1Names(hasMaster) {
  const always = ["PYTHONUNBUFFERED", "PET_NPROC_PER_NODE", "PET_NNODES"];
  return hasMaster ? [...always, ...V1_VARIABLES, ...RESERVED_ENV] : always;
}
var V2_NAMES = [...RESERVED_ENV, "JOB_COMPLETION_INDEX"];
function checkReferences(ctx, check) {
  const before = /* @__PURE__ */ new Set([...check.userEnvNames, ...v1Names(check.hasMaster)]);
  const after = /* @__PURE__ */ new Set([...check.trainerEnvNames, ...V2_NAMES]);
  const v1NprocValue = String(getAt(ctx.input, ["spec", "nprocPerNode"]) ?? "auto");
  const nprocSame = check.numProcPerNode === void 0 ? v1NprocValue === "auto" && check.gpuRequested : String(check.numProcPerNode) === v1NprocValue;
  for (const field of ["command", "args"]) {
    check[field]?.forEach((arg, index) => {
      for (const name of new Set(references(arg))) {
        const problem = referenceProblem(name, before.has(name), after.has(name), nprocSame);
        if (!problem) continue;
        ctx.ledger.finding([...check.containerPath, field, index], {
          code: "ENV_REFERENCE",
          message: `${field}[${index}] refers to $(${name}), which ${problem}`
        });
      }
    });
  }
}
function referenceProblem(name, underV1, underV2, nprocSame) {
  if (underV1 && !underV2) {
    return `the v1 operator set, so it was replaced by its value; under v2 nothing sets ${name} and the program would get the text $(${name}). Write the value itself, or set ${name} in env, then convert again`;
  }
  if (!underV1 && underV2) {
    return `nothing set under v1, so the program got the text $(${name}); v2 sets ${name}, so it would get a value. Escape it as $$(${name}) if the text is meant, or remove it, then convert again`;
  }
  if (underV1 && name === "PET_NPROC_PER_NODE" && !nprocSame) {
    return "v1 set to nprocPerNode and v2 sets to the resolved process count (the CPU request on nodes without GPUs); set nprocPerNode to a number, then convert again";
  }
  return void 0;
}

// src/convert/recognise.ts
var PYTORCHJOB_GROUP = "kubeflow.org";
var PYTORCHJOB_KIND2 = "PyTorchJob";
function isPyTorchJob(obj) {
  if (!isPlainObject(obj) || obj.kind !== PYTORCHJOB_KIND2 || typeof obj.apiVersion !== "string") return false;
  return apiGroupOf(obj.apiVersion) === PYTORCHJOB_GROUP;
}
function apiGroupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function apiVersionOf(apiVersion) {
  return apiVersion.slice(apiVersion.indexOf("/") + 1);
}
function shapeOf(obj) {
  const version = apiVersionOf(String(obj.apiVersion));
  const spec = isPlainObject(obj.spec) ? obj.spec : void 0;
  if (version === "v1") return "v1";
  if ((version === "v1beta1" || version === "v1beta2") && spec && isPlainObject(spec.pytorchReplicaSpecs)) {
    return "legacy-beta";
  }
  return "unsupported";
}

// src/convert/replicas.ts
var NUM_NODES = ["spec", "trainer", "numNodes"];
var DEFAULT_RESTART_POLICY = "OnFailure";
function planReplicas(ctx, path, specs) {
  const { ledger } = ctx;
  const plan = { numNodes: 0, replicas: {}, heterogeneous: false };
  if (!isPlainObject(specs)) {
    ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: "spec.pytorchReplicaSpecs must be a map of Master/Worker; fix it"
    });
    return plan;
  }
  let master;
  let worker;
  let unreadable = 0;
  for (const [key, value] of Object.entries(specs)) {
    const replicaPath = [...path, key];
    const type = key.toLowerCase();
    if (type !== "master" && type !== "worker" || (type === "master" ? master : worker)) {
      ledger.lost(replicaPath, {
        code: "UNKNOWN_REPLICA_TYPE",
        message: `replica type ${key} is not Master or Worker${type === "master" || type === "worker" ? " (or is listed twice)" : ""}; v2 runs all nodes from one template. Fold it into Master/Worker or keep this job on v1`
      });
      continue;
    }
    const replica = readReplica(ctx, replicaPath, key, value, type === "master");
    if (!replica) {
      unreadable++;
      continue;
    }
    if (type === "master") master = replica;
    else worker = replica;
    plan.replicas[key] = replica.replicas;
  }
  plan.numNodes = (master ? master.replicas : 0) + (worker ? worker.replicas : 0);
  if (master && master.replicas !== 1) {
    ledger.lost([...master.path, "replicas"], {
      code: "MASTER_REPLICAS_NOT_ONE",
      message: `${master.key}.replicas is ${master.replicas}; a PyTorchJob has exactly one Master (node 0). Set it to 1 and move the other replicas to Worker`
    });
  } else if (master) {
    ledger.mapped([...master.path, "replicas"], NUM_NODES);
  }
  if (worker) ledger.mapped([...worker.path, "replicas"], NUM_NODES);
  if (plan.numNodes === 0 && unreadable === 0) {
    ledger.finding(path, {
      code: "INVALID_PYTORCHJOB",
      message: "pytorchReplicaSpecs creates no pods (no Master and no Worker replicas); add a Master or Worker with replicas \u2265 1"
    });
  }
  if (master && worker && worker.replicas === 0) {
    ledger.dropped(
      [...worker.path, "template"],
      `${worker.key}.replicas is 0, so v1 created no pods from this template`
    );
    plan.primary = master;
  } else {
    plan.primary = master ?? worker;
    plan.secondary = master && worker ? worker : void 0;
  }
  const creatingPods = [master, worker].filter((r) => r !== void 0 && r.replicas > 0);
  const policies = new Set(creatingPods.map((r) => r.spec.restartPolicy ?? DEFAULT_RESTART_POLICY));
  for (const replica of [master, worker]) {
    if (replica) mapRestartPolicy(ctx, replica, policies.size === 1);
  }
  if (plan.primary && plan.secondary)
    plan.heterogeneous = compareTemplates(ctx, plan.primary, plan.secondary);
  return plan;
}
function readReplica(ctx, path, key, value, isMaster) {
  if (!isPlainObject(value)) {
    ctx.ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: `${key} must be a replica spec (a map); fix it`
    });
    return void 0;
  }
  const replicas = value.replicas ?? 1;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    ctx.ledger.lost(path, {
      code: "INVALID_PYTORCHJOB",
      message: `${key}.replicas: ${show(replicas)} must be a whole number \u2265 0${isMaster ? " (a Master has 1)" : ""}; fix it (if it is a template placeholder, convert the rendered manifest)`
    });
    return void 0;
  }
  for (const field of Object.keys(value)) {
    if (!["replicas", "restartPolicy", "template"].includes(field)) {
      ctx.ledger.lost([...path, field], {
        code: "UNKNOWN_FIELD",
        message: `${key}.${field} is not a replica spec field (replicas, restartPolicy, template); remove it`
      });
    }
  }
  return { key, path, spec: value, replicas };
}
var NEVER_RESTART_SETTING = { podSpec: { restartPolicy: "Never" }, jobSpec: { backoffLimit: 0 } };
function mapRestartPolicy(ctx, replica, uniform) {
  const policy = replica.spec.restartPolicy;
  if (policy === void 0) return;
  const path = [...replica.path, "restartPolicy"];
  if (policy === DEFAULT_RESTART_POLICY) {
    ctx.ledger.dropped(path, "OnFailure is the v1 default and what the v2 runtime pods use");
    return;
  }
  const advice = {
    ExitCode: customRuntimeHint(
      ctx,
      "a podFailurePolicy on replicatedJobs[node].template.spec (fail the job on exit codes 1-127, retry on 128-255)"
    ),
    Never: customRuntimeHint(
      ctx,
      "restartPolicy: Never in the node pod template (and the backoffLimit you want)"
    ),
    Always: "pods of batch Jobs cannot use Always, so use OnFailure (the v2 behaviour) if that is acceptable"
  };
  ctx.ledger.lost(path, {
    code: "RESTART_POLICY",
    message: `${replica.key}.restartPolicy: ${show(policy)} has no TrainJob field (v2 pods restart OnFailure); ${advice[String(policy)] ?? "use OnFailure, or keep this job on v1"}`,
    ...policy === "Never" && uniform && { runtimeSetting: NEVER_RESTART_SETTING }
  });
}
function trainerContainersWithPorts(template) {
  const containers = getAt(template, ["spec", "containers"]);
  if (!Array.isArray(containers)) return [];
  return containers.filter(
    (container) => isPlainObject(container) && container.name === TRAINER_CONTAINER && Array.isArray(container.ports)
  );
}
function comparable(template) {
  if (trainerContainersWithPorts(template).length === 0) return template;
  const copy = structuredClone(template);
  for (const container of trainerContainersWithPorts(copy)) {
    const ports = container.ports.filter((port) => !isRendezvousPort(port));
    if (ports.length === 0) delete container.ports;
    else container.ports = ports;
  }
  return copy;
}
function compareTemplates(ctx, primary, secondary) {
  const differences = differingPaths(comparable(primary.spec.template), comparable(secondary.spec.template));
  if (differences.length === 0) return false;
  const shown = differences.slice(0, 6).map((path) => formatPath(["template", ...path]));
  const more = differences.length > shown.length ? ` and ${differences.length - shown.length} more` : "";
  ctx.ledger.finding([...secondary.path, "template"], {
    code: "HETEROGENEOUS_REPLICAS",
    message: `${primary.key} and ${secondary.key} pod templates differ (${shown.join(", ")}${more}); a TrainJob runs every node from one template. Make the templates identical (except replicas), or keep this job on v1`
  });
  return true;
}
function mirrorSecondary(ctx, plan) {
  const { primary, secondary } = plan;
  const { ledger } = ctx;
  const primaryTemplate = [...primary.path, "template"];
  const secondaryTemplate = [...secondary.path, "template"];
  const containers = getAt(ctx.input, [...secondaryTemplate, "spec", "containers"]);
  if (Array.isArray(containers)) {
    containers.forEach((container, index) => {
      if (!isPlainObject(container) || container.name !== TRAINER_CONTAINER || !Array.isArray(container.ports))
        return;
      container.ports.forEach((port, portIndex) => {
        if (isRendezvousPort(port)) {
          ledger.dropped(
            [...secondaryTemplate, "spec", "containers", index, "ports", portIndex],
            "the v1 rendezvous port; the v2 torch runtime declares port 29500 itself"
          );
        }
      });
    });
  }
  for (const leaf of leafPaths(getAt(ctx.input, secondaryTemplate), secondaryTemplate)) {
    if (ledger.has(leaf)) continue;
    const counterpart = [...primaryTemplate, ...leaf.slice(secondaryTemplate.length)];
    const entry = ledger.entryAt(counterpart);
    if (entry && deepEqual(getAt(ctx.input, leaf), getAt(ctx.input, counterpart))) {
      ledger.mirror(leaf, entry);
    } else if (plan.heterogeneous) {
      ledger.lostWithoutFinding(leaf, "HETEROGENEOUS_REPLICAS");
    } else {
      ledger.dropped(
        leaf,
        `the ${primary.key} template, which is the same apart from harmless differences, was used`
      );
    }
  }
}

// src/convert/run-policy.ts
var TRAINING_OPERATOR = "kubeflow.org/training-operator";
var MULTIKUEUE = "kueue.x-k8s.io/multikueue";
function mapRunPolicy(ctx, path, runPolicy, totalPods) {
  if (dropIfEmpty(ctx, path, runPolicy)) return;
  if (!isPlainObject(runPolicy)) {
    ctx.ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "runPolicy must be a map; fix it" });
    return;
  }
  for (const [key, value] of Object.entries(runPolicy))
    mapRunPolicyField(ctx, [...path, key], key, value, totalPods);
}
var RUN_POLICY_FIELDS = [
  "suspend",
  "activeDeadlineSeconds",
  "backoffLimit",
  "ttlSecondsAfterFinished",
  "cleanPodPolicy",
  "managedBy",
  "schedulingPolicy"
];
function mapRunPolicyField(ctx, path, key, value, totalPods) {
  const { ledger, output, layout } = ctx;
  if (value === null) {
    ledger.dropped(path, "null; the same as leaving the field out");
    return;
  }
  switch (key) {
    case "suspend":
      if (typeof value !== "boolean") {
        ledger.lost(path, {
          code: "INVALID_PYTORCHJOB",
          message: `suspend: ${show(value)} must be true or false; fix it`
        });
        return;
      }
      ledger.carry(path, ["spec", "suspend"]);
      output.place(["spec", "suspend"], value);
      return;
    case "activeDeadlineSeconds":
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
        ledger.lost(path, {
          code: "INVALID_PYTORCHJOB",
          message: `activeDeadlineSeconds: ${show(value)} must be a whole number \u2265 1; fix it`
        });
      } else if (atLeast(layout.version, ACTIVE_DEADLINE_SINCE)) {
        ledger.carry(path, ["spec", "activeDeadlineSeconds"]);
        output.place(["spec", "activeDeadlineSeconds"], value);
      } else {
        ledger.lost(path, {
          code: "RUN_POLICY",
          message: `activeDeadlineSeconds: ${value} has no TrainJob field in Trainer ${layout.version} (added in ${ACTIVE_DEADLINE_SINCE}); target Trainer ${ACTIVE_DEADLINE_SINCE}+ with --trainer-version, or ${customRuntimeHint(ctx, `replicatedJobs[node].template.spec.activeDeadlineSeconds: ${value}`)}`
        });
      }
      return;
    case "backoffLimit":
      ledger.lost(path, {
        code: "RUN_POLICY",
        message: `backoffLimit: ${show(value)} has no TrainJob field (runtimePatches cannot set Job fields); ${customRuntimeHint(ctx, `replicatedJobs[node].template.spec.backoffLimit: ${show(value)}`)}`,
        runtimeSetting: { jobSpec: { backoffLimit: value } }
      });
      return;
    case "ttlSecondsAfterFinished":
      ledger.lost(path, {
        code: "RUN_POLICY",
        message: `ttlSecondsAfterFinished: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `template.spec.ttlSecondsAfterFinished: ${show(value)} on the JobSet`)} (it deletes the JobSet and its pods; the TrainJob stays)`,
        runtimeSetting: { jobSetSpec: { ttlSecondsAfterFinished: value } }
      });
      return;
    case "cleanPodPolicy":
      if (value === "None") {
        ledger.dropped(path, "None is the PyTorchJob default, and v2 also keeps finished pods");
      } else {
        ledger.lost(path, {
          code: "CLEAN_POD_POLICY",
          message: `cleanPodPolicy: ${show(value)} has no TrainJob field; v2 keeps finished pods with their Jobs. The closest is ${customRuntimeHint(ctx, "a JobSet template.spec.ttlSecondsAfterFinished")}; or accept that pods are kept`
        });
      }
      return;
    case "managedBy":
      if (value === TRAINING_OPERATOR || value === "") {
        ledger.dropped(
          path,
          "the v1 controller; a TrainJob defaults to trainer.kubeflow.org/trainjob-controller"
        );
      } else if (value === MULTIKUEUE) {
        ledger.carry(path, ["spec", "managedBy"]);
        output.place(["spec", "managedBy"], value);
      } else {
        ledger.lost(path, {
          code: "MANAGED_BY",
          message: `managedBy: ${show(value)} has no TrainJob equivalent (a TrainJob accepts only trainer.kubeflow.org/trainjob-controller or ${MULTIKUEUE}); remove it or use ${MULTIKUEUE}`
        });
      }
      return;
    case "schedulingPolicy":
      mapSchedulingPolicy(ctx, path, value, totalPods);
      return;
    default:
      ledger.lost(path, {
        code: "UNKNOWN_FIELD",
        message: `runPolicy.${key} is not a PyTorchJob run policy field; remove it`
      });
  }
}
function mapSchedulingPolicy(ctx, path, policy, totalPods) {
  const { ledger } = ctx;
  if (dropIfEmpty(ctx, path, policy)) return;
  if (!isPlainObject(policy)) {
    ledger.lost(path, { code: "INVALID_PYTORCHJOB", message: "schedulingPolicy must be a map; fix it" });
    return;
  }
  for (const [key, value] of Object.entries(policy)) {
    const fieldPath = [...path, key];
    if (dropIfEmpty(ctx, fieldPath, value)) continue;
    switch (key) {
      case "minAvailable":
        if (value === totalPods) {
          ledger.dropped(fieldPath, "equal to the pod count, which is what v2 gang scheduling uses");
        } else {
          ledger.lost(fieldPath, {
            code: "SCHEDULING_POLICY",
            message: `schedulingPolicy.minAvailable: ${show(value)} differs from the pod count (${totalPods}); v2 gang scheduling always waits for all ${totalPods} pods. Set it to ${totalPods} if that is acceptable`
          });
        }
        break;
      case "minResources":
        ledger.dropped(fieldPath, "the v2 Volcano plugin computes the PodGroup minResources from the pods");
        break;
      case "queue":
        ledger.lost(fieldPath, {
          code: "SCHEDULING_POLICY",
          message: `schedulingPolicy.queue: ${show(value)} has no TrainJob field; use a runtime with podGroupPolicy.volcano and the annotation scheduling.volcano.sh/queue-name: ${show(value)} on its JobSet template (or, with Kueue, the kueue.x-k8s.io/queue-name label)`
        });
        break;
      case "priorityClass":
        ledger.lost(fieldPath, {
          code: "SCHEDULING_POLICY",
          message: `schedulingPolicy.priorityClass: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `priorityClassName: ${show(value)} in the node pod template`)}`,
          runtimeSetting: { podSpec: { priorityClassName: value } }
        });
        break;
      case "scheduleTimeoutSeconds":
        ledger.lost(fieldPath, {
          code: "SCHEDULING_POLICY",
          message: `schedulingPolicy.scheduleTimeoutSeconds: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `podGroupPolicy.coscheduling.scheduleTimeoutSeconds: ${show(value)}`)}`
        });
        break;
      default:
        ledger.lost(fieldPath, {
          code: "UNKNOWN_FIELD",
          message: `schedulingPolicy.${key} is not a PyTorchJob scheduling policy field; remove it`
        });
    }
  }
}

// src/convert/runtime-settings.ts
var SECTIONS = ["podSpec", "jobSpec", "jobSetSpec", "container"];
var CONTAINER_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers"]);
function blockingRuntimeSettings(findings) {
  const errors = findings.filter((finding2) => finding2.severity === "error");
  if (errors.length === 0) return void 0;
  let merged = {};
  for (const finding2 of errors) {
    if (!finding2.runtimeSetting) return void 0;
    const next = mergeRuntimeSettings(merged, finding2.runtimeSetting);
    if (!next) return void 0;
    merged = next;
  }
  return merged;
}
function carriableRuntimeSettings(findings) {
  const errors = findings.filter((finding2) => finding2.severity === "error");
  let merged = errors.length > 0 ? blockingRuntimeSettings(findings) : {};
  if (!merged) return void 0;
  for (const finding2 of findings) {
    if (finding2.severity !== "warning" || !finding2.runtimeSetting) continue;
    merged = mergeRuntimeSettings(merged, finding2.runtimeSetting) ?? merged;
  }
  return Object.keys(merged).length > 0 ? merged : void 0;
}
function mergeRuntimeSettings(a, b) {
  const out = {};
  for (const section of SECTIONS) {
    const left = a[section];
    const right = b[section];
    if (!left && !right) continue;
    const fields = { ...left };
    for (const [key, value] of Object.entries(right ?? {})) {
      if (!(key in fields)) fields[key] = value;
      else if (CONTAINER_LISTS.has(key)) {
        const list = mergeContainerLists(fields[key], value);
        if (!list) return void 0;
        fields[key] = list;
      } else if (!deepEqual(fields[key], value)) return void 0;
    }
    out[section] = fields;
  }
  return out;
}
function mergeContainerLists(left, right) {
  if (!Array.isArray(left) || !Array.isArray(right)) return void 0;
  const merged = [...left];
  for (const container of right) {
    const name = isPlainObject(container) ? container.name : void 0;
    const same = merged.find((item) => isPlainObject(item) && item.name === name);
    if (same === void 0) merged.push(container);
    else if (!deepEqual(same, container)) return void 0;
  }
  return merged;
}

// src/convert/convert.ts
var TRAINJOB_API_VERSION = "trainer.kubeflow.org/v1alpha1";
var TRAINJOB_KIND = "TrainJob";
var BLOCKING = /* @__PURE__ */ new Set([
  "INVALID_PYTORCHJOB",
  "UNSUPPORTED_API_VERSION",
  "NO_TRAINER_CONTAINER",
  "NAME_INVALID",
  "MASTER_REPLICAS_NOT_ONE"
]);
var GENERATED_RUNTIME_BASE = "torch-distributed";
var GENERATED_RUNTIME_SINCE = "2.2";
function convertPyTorchJob(input, options) {
  const result = convertSafely(input, options, void 0);
  const ask = options.runtimeForSettings;
  if (!ask || !canGenerateRuntime(options)) return result;
  const settings = carriableRuntimeSettings(result.findings);
  if (!settings) return result;
  const runtimeName = ask(settings);
  if (runtimeName === void 0) return result;
  const again = convertSafely(input, { ...options, runtimeName }, runtimeName);
  return again.status === "converted" ? again : result;
}
function canGenerateRuntime(options) {
  return options.runtimeName === GENERATED_RUNTIME_BASE && options.runtimeKind === "ClusterTrainingRuntime" && atLeast(options.trainerVersion, GENERATED_RUNTIME_SINCE);
}
function convertSafely(input, options, generatedRuntime) {
  try {
    return convert(input, options, generatedRuntime);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: "needs-review",
      findings: [
        {
          severity: "error",
          code: "INVALID_PYTORCHJOB",
          message: `the PyTorchJob could not be read (${reason}); check that it is a valid kubeflow.org/v1 PyTorchJob`,
          path: ""
        }
      ],
      accounting: leafPaths(input).map((path) => ({
        path,
        disposition: "lost",
        reason: "INVALID_PYTORCHJOB"
      })),
      carried: []
    };
  }
}
function convert(input, options, generatedRuntime) {
  if (!isPyTorchJob(input) || !isPlainObject(input)) {
    return {
      status: "not-applicable",
      findings: [
        {
          severity: "info",
          code: "NOT_A_PYTORCHJOB",
          message: "not a kubeflow.org PyTorchJob; left unchanged",
          path: "kind"
        }
      ],
      accounting: [],
      carried: []
    };
  }
  const ctx = {
    input,
    options,
    ledger: new Ledger(input, generatedRuntime),
    output: new OutputBuilder(),
    layout: layoutFor(options.trainerVersion)
  };
  const shape = shapeOf(input);
  if (shape === "unsupported") {
    ctx.ledger.lostWithoutFinding([], "UNSUPPORTED_API_VERSION");
    ctx.ledger.finding(["apiVersion"], {
      code: "UNSUPPORTED_API_VERSION",
      message: `${show(input.apiVersion)} PyTorchJobs are not supported (only kubeflow.org/v1, and v1beta1/v1beta2 with pytorchReplicaSpecs); rewrite it as a kubeflow.org/v1 PyTorchJob (pytorchReplicaSpecs: {Master, Worker}) and convert again`
    });
    return finish(ctx, {}, void 0);
  }
  const { ledger, output } = ctx;
  ledger.mapped(["apiVersion"], ["apiVersion"]);
  ledger.mapped(["kind"], ["kind"]);
  output.place(["apiVersion"], TRAINJOB_API_VERSION);
  output.place(["kind"], TRAINJOB_KIND);
  const metadata = mapMetadata(ctx);
  for (const key of Object.keys(input)) {
    if (key === "status") {
      ledger.dropped(["status"], "the status of the old object; the TrainJob gets its own");
      ledger.finding(["status"], {
        code: "STATUS_DROPPED",
        severity: "info",
        message: "status is dropped: it describes the v1 object, and the TrainJob controller writes its own"
      });
    } else if (!["apiVersion", "kind", "metadata", "spec"].includes(key)) {
      ledger.lost([key], { code: "UNKNOWN_FIELD", message: `${key} is not a PyTorchJob field; remove it` });
    }
  }
  const numNodes = mapSpec(ctx, shape === "legacy-beta", metadata.name);
  const runtimeRef = ["spec", "runtimeRef"];
  output.place([...runtimeRef, "name"], options.runtimeName);
  if (options.runtimeKind !== "ClusterTrainingRuntime")
    output.place([...runtimeRef, "kind"], options.runtimeKind);
  if (output.has(ctx.layout.root)) {
    const containerPatched = output.has(ctx.layout.container("name").slice(0, -1));
    for (const { to, value } of ctx.layout.skeleton(options.patchManager)) {
      const isContainerName = to.includes("containers");
      if (!isContainerName || containerPatched) output.place(to, value);
    }
  }
  return finish(ctx, { ...metadata }, numNodes);
}
function mapSpec(ctx, legacyBeta, trainJobName) {
  const { ledger, output, input } = ctx;
  const spec = input.spec;
  if (!isPlainObject(spec)) {
    ledger.lost(["spec"], { code: "INVALID_PYTORCHJOB", message: "spec is missing or not a map; fix it" });
    return void 0;
  }
  const plan = planReplicas(ctx, ["spec", "pytorchReplicaSpecs"], spec.pytorchReplicaSpecs);
  if (!("pytorchReplicaSpecs" in spec)) {
    ledger.finding(["spec", "pytorchReplicaSpecs"], {
      code: "INVALID_PYTORCHJOB",
      message: "spec.pytorchReplicaSpecs is missing; a PyTorchJob needs a Master and/or Worker"
    });
  }
  output.place(["spec", "trainer", "numNodes"], plan.numNodes);
  let container;
  let processes;
  if (plan.primary) {
    const templatePath = [...plan.primary.path, "template"];
    container = mapPodTemplate(ctx, templatePath, plan.primary.spec.template).container;
    if (container) processes = placeEnvironment(ctx, plan, container, trainJobName);
    if (plan.secondary)
      mirrorSecondary(ctx, {
        primary: plan.primary,
        secondary: plan.secondary,
        heterogeneous: plan.heterogeneous
      });
  }
  const gpuRequested = container?.gpuRequested ?? false;
  let numProc;
  const nproc = "nprocPerNode" in spec ? { path: ["spec", "nprocPerNode"], value: spec.nprocPerNode } : void 0;
  if (nproc) numProc = mapNprocPerNode(ctx, nproc.path, nproc.value, gpuRequested);
  for (const [key, value] of Object.entries(spec)) {
    const path = ["spec", key];
    if (key === "pytorchReplicaSpecs" || key === "nprocPerNode") continue;
    if (key === "runPolicy") mapRunPolicy(ctx, path, value, plan.numNodes);
    else if (key === "elasticPolicy") {
      const replicaSpecs = isPlainObject(spec.pytorchReplicaSpecs) ? spec.pytorchReplicaSpecs : {};
      const hasWorker = "Worker" in replicaSpecs;
      mapElasticPolicy(ctx, path, value, plan.numNodes, hasWorker);
    } else if (legacyBeta && RUN_POLICY_FIELDS.includes(key)) {
      mapRunPolicyField(ctx, path, key, value, plan.numNodes);
    } else {
      ledger.lost(path, {
        code: "UNKNOWN_FIELD",
        message: RUN_POLICY_FIELDS.includes(key) ? `spec.${key} is not a kubeflow.org/v1 PyTorchJob field (the API server drops it; it belongs under spec.runPolicy); move it to spec.runPolicy.${key} if it is meant, then convert again` : `spec.${key} is not a PyTorchJob field; remove it`
      });
    }
  }
  if (container && processes) {
    const { containerPath, argv, command } = processes;
    checkLauncher(ctx, containerPath, argv, plan.numNodes, numProc, processes.v1EnvironmentAdded);
    const at = nproc ? nproc.path : [...containerPath, command ? "command" : "image"];
    const launcher = findLauncher(argv);
    checkProcessCount(ctx, at, command, argv, launcher, numProc, gpuRequested);
    checkLaunchShape(ctx, [...containerPath, command ? "command" : "image"], {
      ...command && { command },
      argv,
      ...launcher && { launcher },
      hasMaster: processes.hasMaster,
      numNodes: plan.numNodes
    });
    checkReferences(ctx, {
      containerPath,
      ...command && { command },
      ...container.args && { args: container.args.map(String) },
      hasMaster: processes.hasMaster,
      userEnvNames: container.env.kept.map((entry) => entry.name),
      trainerEnvNames: processes.trainerEnvNames,
      numProcPerNode: numProc,
      gpuRequested
    });
  }
  return plan.numNodes;
}
function placeEnvironment(ctx, plan, container, trainJobName) {
  if (!plan.primary) return void 0;
  const containerPath = containerPathOf(ctx, [...plan.primary.path, "template", "spec", "containers"]);
  const command = container.command?.map(String);
  const argv = [...command ?? [], ...(container.args ?? []).map(String)];
  const hasMaster = plan.primary.key.toLowerCase() === "master";
  const userEnvNames = container.env.kept.map((entry) => entry.name);
  const reason = hasMaster ? v1EnvironmentReason(command, argv, findLauncher(argv), userEnvNames) : void 0;
  const values = reason ? v1EnvironmentOf(ctx, plan.primary, plan.numNodes, trainJobName) : void 0;
  const trainerEnvNames = placeTrainerEnv(
    ctx,
    container.env,
    values && reason ? { ...values, reason } : void 0,
    argv
  );
  return {
    containerPath,
    ...command && { command },
    argv,
    hasMaster,
    v1EnvironmentAdded: values !== void 0,
    trainerEnvNames
  };
}
function containerPathOf(ctx, containersPath) {
  const containers = getAt(ctx.input, containersPath);
  const index = Array.isArray(containers) ? containers.findIndex((c) => isPlainObject(c) && c.name === TRAINER_CONTAINER) : -1;
  return [...containersPath, Math.max(index, 0)];
}
function finish(ctx, metadata, numNodes) {
  const { ledger, input, options } = ctx;
  for (const leaf of leafPaths(input)) {
    if (ledger.has(leaf)) continue;
    const subtree = highestUnaccounted(ledger, input, leaf);
    ledger.lost(subtree, {
      code: "UNKNOWN_FIELD",
      message: `${formatPath(subtree)} is not a field this tool knows how to convert; remove it or convert it by hand`
    });
  }
  const findings = ledger.findings;
  if (canGenerateRuntime(options) && ledger.carriedByRuntime.length === 0) {
    for (const finding2 of findings) {
      if (finding2.runtimeSetting)
        finding2.message = namingRuntimeGeneration(finding2.message, options.runtimeName);
    }
  }
  if (ledger.carriedByRuntime.length > 0) {
    findings.push({
      severity: "info",
      code: "RUNTIME_GENERATED",
      message: `converted against the generated ClusterTrainingRuntime ${options.runtimeName} (torch-distributed plus what a TrainJob cannot set): it carries ${ledger.carriedByRuntime.map(formatPath).join(", ")}. The runtime must be applied before the TrainJob`,
      path: ""
    });
  }
  const errors = findings.filter((finding2) => finding2.severity === "error");
  const blocked = errors.some((finding2) => BLOCKING.has(finding2.code));
  const emit = errors.length === 0 || options.allowLossy && !blocked;
  if (emit && errors.length > 0) {
    findings.push({
      severity: "warning",
      code: "LOSSY_CONVERSION",
      message: `converted with ${errors.length} unresolved problem(s) because lossy conversion is allowed; the TrainJob does not do everything the PyTorchJob did: review the findings before merging`,
      path: ""
    });
  }
  const replicas = getAt(input, ["spec", "pytorchReplicaSpecs"]);
  const replicaCounts = isPlainObject(replicas) ? Object.entries(replicas).map(([key, spec]) => {
    const count = isPlainObject(spec) ? spec.replicas ?? 1 : void 0;
    return [key, typeof count === "number" ? count : void 0];
  }) : [];
  const readable = replicaCounts.map(([, count]) => count !== void 0);
  return {
    status: emit ? "converted" : "needs-review",
    ...emit && { trainJob: ctx.output.build() },
    findings,
    accounting: ledger.accounting(),
    carried: emit ? ledger.carried : [],
    summary: {
      name: metadata.name ?? String(getAt(input, ["metadata", "name"]) ?? getAt(input, ["metadata", "generateName"]) ?? ""),
      ...metadata.namespace !== void 0 && { namespace: metadata.namespace },
      ...numNodes !== void 0 && readable.every(Boolean) && { numNodes },
      replicas: Object.fromEntries(
        replicaCounts.filter((entry) => entry[1] !== void 0)
      ),
      runtime: options.runtimeName
    }
  };
}
function namingRuntimeGeneration(message, runtimeName) {
  const handWritten = `create a custom ClusterTrainingRuntime (a copy of ${runtimeName}) with `;
  const at = message.indexOf(handWritten);
  const end = message.indexOf(", and pass its name with --runtime", at);
  if (at === -1 || end === -1) return message;
  const what = message.slice(at + handWritten.length, end);
  return `${message.slice(0, at)}run with --generate-runtimes, which writes a ClusterTrainingRuntime (${runtimeName} plus ${what}) beside the job and converts against it${message.slice(end + ", and pass its name with --runtime".length)}`;
}
function highestUnaccounted(ledger, input, leaf) {
  for (let length = 1; length < leaf.length; length++) {
    const ancestor = leaf.slice(0, length);
    if (leafPaths(getAt(input, ancestor), ancestor).every((path) => !ledger.has(path))) return ancestor;
  }
  return leaf;
}

// src/edit/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    this.starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  /** Offset of the first character of each line. */
  starts;
  get lineCount() {
    return this.starts.length;
  }
  /** 0-based line of an offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  columnOf(offset) {
    return offset - this.starts[this.lineOf(offset)];
  }
  lineStart(line) {
    return this.starts[line];
  }
  /** Offset just past the last character of the line, before its `\n`. */
  lineEnd(line) {
    const next = this.starts[line + 1];
    return next === void 0 ? this.text.length : next - 1;
  }
  line(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
};
function indentOf(line) {
  let i = 0;
  while (i < line.length && line[i] === " ") i++;
  return i;
}
var isBlank = (line) => line.trim() === "";
var isCommentLine = (line) => line.trimStart().startsWith("#");
function shiftLines(lines, delta, floor) {
  return lines.map((line) => {
    if (isBlank(line)) return "";
    const indent = indentOf(line);
    const next = indent + delta;
    if (next >= 0 && (next >= floor || !isCommentLine(line))) return " ".repeat(next) + line.slice(indent);
    return " ".repeat(floor) + line.slice(indent);
  });
}
function detectLineEnding(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1;
  if (crlf === 0) return "\n";
  return crlf === lf ? "\r\n" : void 0;
}
var BOM = "\uFEFF";

// src/edit/job-edit.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";

// src/edit/carry.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/edit/layout.ts
var import_yaml = __toESM(require_dist(), 1);

// src/edit/cst-tokens.ts
function forEachLeafToken(token, visit) {
  if (!token) return;
  switch (token.type) {
    case "document":
      visitAll(token.start, visit);
      forEachLeafToken(token.value, visit);
      visitAll(token.end, visit);
      return;
    case "block-map":
    case "block-seq":
      for (const item of token.items) visitItem(item, visit);
      return;
    case "flow-collection":
      visit(token.start);
      for (const item of token.items) visitItem(item, visit);
      visitAll(token.end, visit);
      return;
    case "block-scalar":
      for (const prop of token.props) forEachLeafToken(prop, visit);
      visit(token);
      return;
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "doc-end":
      visit(token);
      visitAll(token.end, visit);
      return;
    default:
      visit(token);
  }
}
function visitItem(item, visit) {
  visitAll(item.start, visit);
  forEachLeafToken(item.key, visit);
  visitAll(item.sep, visit);
  forEachLeafToken(item.value, visit);
}
function visitAll(tokens, visit) {
  if (tokens) for (const token of tokens) forEachLeafToken(token, visit);
}
function forEachDocumentLeafToken(document, visit) {
  const contentComments = [];
  visitAll(document.start, visit);
  forEachLeafToken(document.value, (leaf) => {
    if (leaf.type === "comment") contentComments.push(leaf);
    visit(leaf);
  });
  visitAll(document.end, visit);
  return contentComments;
}
function commentTokens(token) {
  const found = [];
  forEachLeafToken(token, (leaf) => {
    if (leaf.type === "comment") found.push(leaf);
  });
  return found;
}

// src/edit/layout.ts
function sourceComments(tokens, lines) {
  return tokens.map((tok) => sourceComment(tok, lines)).sort((a, b) => a.offset - b.offset);
}
function sourceComment(tok, lines) {
  const line = lines.lineOf(tok.offset);
  const lineStart = lines.lineStart(line);
  const before = lines.text.slice(lineStart, tok.offset);
  const gap = /[ \t]*$/.exec(before)?.[0] || " ";
  return {
    text: tok.source,
    offset: tok.offset,
    line,
    column: tok.offset - lineStart,
    ownLine: before.trim() === "",
    gap
  };
}
var KEEP_CHOMPING = /^[|>][1-9-]*\+/;
var isBlockScalarHeader = (text, offset) => text[offset] === "|" || text[offset] === ">";
function contentEnd(node, fallbackLine, lines, children) {
  if (!node) return fallbackLine;
  if (((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && !node.flow) {
    return children.reduce((max, child) => Math.max(max, child.contentEndLine), fallbackLine);
  }
  const range = node.range;
  if (!range) return fallbackLine;
  let last = range[1] - 1;
  const keep = (0, import_yaml.isScalar)(node) && isBlockScalarHeader(lines.text, range[0]) && KEEP_CHOMPING.test(lines.text.slice(range[0], range[0] + 4));
  while (!keep && last > range[0] && /\s/.test(lines.text[last] ?? "")) last--;
  return Math.max(fallbackLine, lines.lineOf(Math.max(last, range[0])));
}
function seqItemOffsets(seq) {
  const token = seq.srcToken;
  if (token?.type !== "block-seq" || !token.items) return void 0;
  return token.items.map((item) => item.start?.find((t) => t.type === "seq-item-ind")?.offset ?? -1);
}
function keyName(pair) {
  const key = pair.key;
  if ((0, import_yaml.isScalar)(key)) return typeof key.value === "number" ? key.value : String(key.value);
  return String(key);
}
function buildChildren(node, path, lines, inFlow) {
  if (!node || (0, import_yaml.isAlias)(node)) return [];
  const flow = inFlow || ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && Boolean(node.flow);
  if ((0, import_yaml.isMap)(node)) {
    return node.items.filter(import_yaml.isPair).map((pair) => {
      const key = pair.key;
      const start = key?.range?.[0] ?? 0;
      const keyEnd = key?.range?.[1] ?? start;
      const value = pair.value ?? null;
      const childPath = [...path, keyName(pair)];
      const children = buildChildren(value, childPath, lines, flow);
      return makeSpan("pair", childPath, start, keyEnd, value, children, lines, flow);
    });
  }
  if ((0, import_yaml.isSeq)(node)) {
    const dashes = flow ? void 0 : seqItemOffsets(node);
    return node.items.map((item, index) => {
      const value = item ?? null;
      const start = dashes?.[index] ?? value?.range?.[0] ?? 0;
      const childPath = [...path, index];
      const children = buildChildren(value, childPath, lines, flow);
      return makeSpan("item", childPath, start, start, value, children, lines, flow);
    });
  }
  return [];
}
function makeSpan(kind, path, startOffset, keyEnd, value, children, lines, inFlow) {
  const startLine = lines.lineOf(startOffset);
  const contentEndLine = contentEnd(value, startLine, lines, children);
  return {
    path,
    kind,
    col: lines.columnOf(startOffset),
    startOffset,
    keyEnd,
    startLine,
    contentEndLine,
    value,
    inFlow,
    children,
    leading: [],
    inline: [],
    trailing: [],
    firstLine: startLine,
    lastLine: contentEndLine
  };
}
function innermostOn(nodes, line, starting) {
  for (const node of nodes) {
    const hit = starting ? node.startLine === line : node.startLine <= line && line <= node.contentEndLine;
    const within = node.startLine <= line && line <= node.contentEndLine;
    if (!within) continue;
    const deeper = innermostOn(node.children, line, starting);
    if (deeper) return deeper;
    if (hit) return node;
  }
  return void 0;
}
function trailingOwner(node, comment) {
  const last = [...node.children].reverse().find((child) => child.contentEndLine < comment.line);
  if (last && comment.column > last.col) return trailingOwner(last, comment);
  return node;
}
function place(siblings, parent, comment) {
  const inside = siblings.find((s) => s.startLine < comment.line && comment.line <= s.contentEndLine);
  if (inside) {
    if (inside.children.length === 0) inside.trailing.push(comment);
    else place(inside.children, inside, comment);
    return;
  }
  const prev = [...siblings].reverse().find((s) => s.contentEndLine < comment.line);
  const next = siblings.find((s) => s.startLine > comment.line);
  if (prev && comment.column > prev.col) trailingOwner(prev, comment).trailing.push(comment);
  else if (next) next.leading.push(comment);
  else if (prev && parent) trailingOwner(prev, comment).trailing.push(comment);
  else parent?.trailing.push(comment);
}
function finishSpans(nodes) {
  for (const node of nodes) {
    finishSpans(node.children);
    let firstLine = node.startLine;
    let lastLine = node.contentEndLine;
    for (const comment of node.leading) {
      firstLine = Math.min(firstLine, comment.line);
      lastLine = Math.max(lastLine, comment.line);
    }
    for (const comment of node.trailing) lastLine = Math.max(lastLine, comment.line);
    for (const child of node.children) lastLine = Math.max(lastLine, child.lastLine);
    node.firstLine = firstLine;
    node.lastLine = lastLine;
  }
}
function layoutDocument(doc, lines, contentComments) {
  const roots = buildChildren(doc.contents, [], lines, false);
  const srcToken = doc.contents?.srcToken;
  const comments = sourceComments(contentComments ?? commentTokens(srcToken), lines);
  const loose = [];
  const first = roots[0]?.startLine ?? Number.POSITIVE_INFINITY;
  const last = roots.reduce((max, r) => Math.max(max, r.contentEndLine), -1);
  for (const comment of comments) {
    if (!comment.ownLine) {
      let owner = innermostOn(roots, comment.line, true) ?? innermostOn(roots, comment.line, false);
      if (owner?.inFlow) owner = lastFlowLeafBefore(roots, owner, comment, lines) ?? owner;
      if (owner) owner.inline.push(comment);
      else loose.push(comment);
      continue;
    }
    if (comment.line < first) {
      loose.push(comment);
      continue;
    }
    const before = loose.length;
    place(roots, void 0, comment);
    if (comment.line > last && loose.length === before && comment.column === 0) {
      removeComment(roots, comment);
      loose.push(comment);
    }
  }
  finishSpans(roots);
  return { roots, loose };
}
function lastFlowLeafBefore(roots, owner, comment, lines) {
  let flowRoot = roots;
  for (let depth = 1; depth <= owner.path.length; depth++) {
    const span = findSpan(roots, owner.path.slice(0, depth));
    if (span?.inFlow) {
      flowRoot = depth === 1 ? roots : findSpan(roots, owner.path.slice(0, depth - 1))?.children ?? roots;
      break;
    }
  }
  let best;
  let bestEnd = -1;
  for (const span of walkSpans(flowRoot)) {
    const end = span.value?.range?.[1];
    if (!span.inFlow || span.children.length > 0 || end === void 0 || end > comment.offset) continue;
    if (end > bestEnd && lines.lineOf(Math.max(0, end - 1)) === comment.line) {
      best = span;
      bestEnd = end;
    }
  }
  return best;
}
function removeComment(nodes, comment) {
  for (const node of nodes) {
    for (const list of [node.leading, node.trailing]) {
      const at = list.indexOf(comment);
      if (at !== -1) list.splice(at, 1);
    }
    removeComment(node.children, comment);
  }
}
function findSpan(nodes, path) {
  let level = nodes;
  let found;
  for (let depth = 0; depth < path.length; depth++) {
    found = level.find((n) => n.path[depth] === path[depth]);
    if (!found) return void 0;
    level = found.children;
  }
  return found;
}
function walkSpans(nodes) {
  const out = [];
  const visit = (level) => {
    for (const node of level) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}

// src/edit/carry.ts
var pad = (n) => " ".repeat(n);
function inlineValue(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return `[${value.map(inlineValue).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineValue(v)}`).join(", ")}}`;
  }
  return JSON.stringify(String(value));
}
var inputPath = (span, state) => span.path.slice(state.prefixLength);
function restyledFinding(path, why) {
  return {
    severity: "info",
    code: "VALUE_RESTYLED",
    message: `${formatPath(path)} is written out as its value instead of its source text: ${why}`,
    path: formatPath(path)
  };
}
function restyled(state, path, why) {
  state.findings.push(restyledFinding(path, why));
}
function propsOf(value) {
  const found = [];
  const path = [];
  const visit = (node) => {
    if ((0, import_yaml2.isAlias)(node)) {
      found.push({ node, path: [...path] });
      return;
    }
    if (!(0, import_yaml2.isScalar)(node) && !(0, import_yaml2.isMap)(node) && !(0, import_yaml2.isSeq)(node)) return;
    if (node.anchor) found.push({ node, path: [...path] });
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml2.isPair)(pair)) continue;
        path.push((0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key));
        visit(pair.key);
        visit(pair.value);
        path.pop();
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        visit(node.items[i]);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}
function defineAnchors(node, state) {
  for (const { node: found } of propsOf(node)) {
    if (!(0, import_yaml2.isAlias)(found) && found.anchor) state.defined.set(found.anchor, found);
  }
}
function aliasReplacements(value, from, state) {
  const out = [];
  for (const { node, path } of propsOf(value)) {
    if (!(0, import_yaml2.isAlias)(node)) {
      state.defined.set(node.anchor, node);
      continue;
    }
    const target = node.resolve(state.doc);
    if (target !== void 0 && state.defined.get(node.source) === target) continue;
    const [start, end] = node.range ?? [0, 0];
    const targetStart = target?.range?.[0] ?? -1;
    const later = state.carriedRanges.some(([s, e]) => s <= targetStart && targetStart < e);
    const json = target ? target.toJS(state.doc, { maxAliasCount: 1e3 }) : null;
    out.push({ start, end, text: inlineValue(json) });
    restyled(
      state,
      [...from, ...path],
      later ? `its alias *${node.source} would come before the anchor &${node.source} in the TrainJob` : `its alias *${node.source} points at the anchor &${node.source}, which the TrainJob does not keep`
    );
  }
  return out;
}
function sliceWith(text, start, end, replacements) {
  let out = "";
  let at = start;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end) continue;
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at, end);
}
function reindentBlock(lines, delta, floor) {
  return lines.map((line) => {
    const indent = indentOf(line);
    const next = Math.max(0, indent + delta);
    if (line === "") return "";
    if (isCommentLine(line) && next < floor) return pad(floor) + line.slice(indent);
    return pad(next) + line.slice(indent);
  });
}
function reindentFlow(lines, delta, parentCol, closingLine) {
  let shift = delta;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const closes = i === closingLine && /^\s*[\]}]\s*$/.test(line);
    const need = closes ? parentCol : parentCol + 1;
    shift = Math.max(shift, need - indentOf(line));
  });
  return lines.map((line) => isBlank(line) ? "" : pad(indentOf(line) + shift) + line.slice(indentOf(line)));
}
function propsStart(node, text) {
  let start = node.range?.[0] ?? 0;
  let props = (node.anchor ? 1 : 0) + (node.tag ? 1 : 0);
  while (props > 0) {
    let end = start;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    let begin = end;
    while (begin > 0 && !/[\s,[{]/.test(text[begin - 1])) begin--;
    const token = text.slice(begin, end);
    if (!token.startsWith("&") && !token.startsWith("!")) break;
    start = begin;
    props--;
  }
  return start;
}
function carriedRange(span, lines) {
  if (!span.inFlow) return [lines.lineStart(span.firstLine), lines.lineEnd(span.lastLine)];
  const value = span.value;
  const start = span.kind === "pair" ? span.keyEnd : value ? propsStart(value, lines.text) : span.startOffset;
  return [start, value?.range?.[1] ?? span.keyEnd];
}
function ownedComments(span) {
  const all = [];
  for (const s of walkSpans([span])) all.push(...s.leading, ...s.inline, ...s.trailing);
  return all.sort((a, b) => a.offset - b.offset);
}
function carriedCommentTexts(span, lines, all) {
  const [start, end] = carriedRange(span, lines);
  const shown = [...all.filter((c) => c.offset >= start && c.offset < end), ...ownedComments(span)];
  return new Set(shown.map((c) => c.text.trim()));
}
function leadingLines(span, col, lines) {
  const out = [];
  for (let l = span.firstLine; l < span.startLine; l++) {
    const text = lines.line(l);
    out.push(text.trim() === "" ? "" : pad(col) + text.trimStart());
  }
  return out;
}
function flowLines(span, head, text, oldCol, newCol, parentCol, lines) {
  const [start, end] = carriedRange(span, lines);
  const value = span.value;
  const closing = (0, import_yaml2.isMap)(value) || (0, import_yaml2.isSeq)(value) ? lines.lineOf(end - 1) - lines.lineOf(start) : -1;
  const [first, ...rest] = text.split("\n");
  const body = [head + first, ...reindentFlow(rest, newCol - oldCol, parentCol, closing - 1)];
  const comments = ownedComments(span).filter((c) => c.offset < start || c.offset >= end);
  const lastLine = lines.lineOf(Math.max(start, end - 1));
  const beside = comments.find((c) => !c.ownLine && c.offset >= end && c.line === lastLine);
  if (beside) body[body.length - 1] += beside.gap + beside.text.trim();
  const above = comments.filter((c) => c.offset < start).map((c) => pad(parentCol) + c.text.trim());
  const below = comments.filter((c) => c.offset >= end && c !== beside).map((c) => pad(parentCol) + c.text.trim());
  return [...above, ...body, ...below];
}
function carriedPairLines(span, key, col, state) {
  const { lines } = state;
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  if (!span.inFlow) {
    const body = sliceWith(lines.text, span.keyEnd, lines.lineEnd(span.lastLine), replacements).split("\n");
    return [
      ...leadingLines(span, col, lines),
      pad(col) + key + body[0],
      ...reindentBlock(body.slice(1), col - span.col, col)
    ];
  }
  const [start, end] = carriedRange(span, lines);
  let text = sliceWith(lines.text, start, end, replacements);
  if (span.value === null && !text.includes(":")) text += ":";
  text = text.replace(/^(\s*:)(?=[^\s])/, "$1 ");
  return flowLines(span, pad(col) + key, text, span.col, col, col, lines);
}
function carriedItemLines(span, dashCol, state) {
  const { lines } = state;
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  if (!span.inFlow) {
    const body = sliceWith(lines.text, span.startOffset, lines.lineEnd(span.lastLine), replacements).split(
      "\n"
    );
    return [
      ...leadingLines(span, dashCol, lines),
      pad(dashCol) + body[0],
      ...reindentBlock(body.slice(1), dashCol - span.col, dashCol)
    ];
  }
  const [start, end] = carriedRange(span, lines);
  const text = sliceWith(lines.text, start, end, replacements);
  return flowLines(span, `${pad(dashCol)}- `, text, lines.columnOf(start), dashCol + 2, dashCol, lines);
}
function notFlowText(span, lines) {
  const value = span.value;
  if ((0, import_yaml2.isScalar)(value) && (value.type === "BLOCK_LITERAL" || value.type === "BLOCK_FOLDED"))
    return "a block scalar cannot stand inside a flow collection";
  if (((0, import_yaml2.isMap)(value) || (0, import_yaml2.isSeq)(value)) && !value.flow)
    return "a block collection cannot stand inside a flow collection";
  if (valueText(span, lines).includes("\n")) return "its text spans several lines inside a flow collection";
  return void 0;
}
function valueRange(span, lines) {
  const value = span.value;
  if (!value?.range) return [span.keyEnd, span.keyEnd];
  return [propsStart(value, lines.text), value.range[1]];
}
var valueText = (span, lines) => lines.text.slice(...valueRange(span, lines));
function carriedFlowText(span, value, state) {
  const { lines } = state;
  const why = notFlowText(span, lines);
  if (why) {
    restyled(state, inputPath(span, state), why);
    return { text: inlineValue(value), comments: ownedComments(span).map((c) => c.text.trim()) };
  }
  const [start, end] = valueRange(span, lines);
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  const text = start === end ? "null" : sliceWith(lines.text, start, end, replacements);
  return { text, comments: ownedComments(span).map((c) => c.text.trim()) };
}

// src/edit/scalar.ts
var import_yaml3 = __toESM(require_dist(), 1);
var renderedStrings = /* @__PURE__ */ new Map();
var MAX_RENDERED_STRINGS = 4096;
function renderScalar(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = String(value);
  let rendered = renderedStrings.get(text);
  if (rendered === void 0) {
    rendered = renderString(text);
    if (renderedStrings.size >= MAX_RENDERED_STRINGS) renderedStrings.clear();
    renderedStrings.set(text, rendered);
  }
  return rendered;
}
function renderString(text) {
  if (text.includes("\n") || text.includes("\r")) return JSON.stringify(text);
  const rendered = (0, import_yaml3.stringify)(text, { version: "1.1", lineWidth: 0 }).trimEnd();
  if (rendered.includes("\n") || rendered.startsWith("|") || rendered.startsWith(">"))
    return JSON.stringify(text);
  const plain12 = (0, import_yaml3.stringify)(text, { lineWidth: 0 }).trimEnd();
  const needsQuotes = plain12.startsWith('"') || plain12.startsWith("'");
  if (needsQuotes && !rendered.startsWith('"') && !rendered.startsWith("'")) return plain12;
  return rendered;
}
function replaceScalarSource(oldSource, value) {
  const first = oldSource[0];
  if (first === '"') return JSON.stringify(value);
  if (first === "'") return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  return renderScalar(value);
}

// src/edit/emit.ts
var pad2 = (n) => " ".repeat(n);
function relocatedFor(key, ctx, carriedSpan) {
  const found = ctx.comments.get(key);
  if (!found) return { ownLine: [], inline: [] };
  const shown = carriedSpan ? carriedCommentTexts(carriedSpan, ctx.lines, ctx.sourceComments) : /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const keep = (c) => {
    const text = c.text.trim();
    if (shown.has(text) || seen.has(text)) return false;
    seen.add(text);
    return true;
  };
  return { ownLine: found.ownLine.filter(keep), inline: found.inline.filter(keep) };
}
function commentLines(comments, col) {
  return comments.map((c) => pad2(col) + c.text.trim());
}
function withInline(line, inline) {
  const [only] = inline;
  return inline.length === 1 && only ? `${line}${only.gap}${only.text.trim()}` : line;
}
function emitPair(key, value, path, col, ctx) {
  const outputKey = pathKey(path);
  const carried = ctx.carried.get(outputKey);
  const moved = relocatedFor(outputKey, ctx, carried);
  const above = commentLines(moved.ownLine, col);
  if (carried)
    return [
      ...above,
      ...commentLines(moved.inline, col),
      ...carriedPairLines(carried, renderScalar(key), col, ctx.carry)
    ];
  const keyText = pad2(col) + renderScalar(key);
  const extraInline = moved.inline.length === 1 ? [] : moved.inline;
  const head = [...above, ...commentLines(extraInline, col)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [...head, withInline(`${keyText}: []`, moved.inline)];
    const dashCol = col + ctx.style.seqIndent;
    return [
      ...head,
      withInline(`${keyText}:`, moved.inline),
      ...value.flatMap((item, i) => emitItem(item, [...path, i], dashCol, ctx))
    ];
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [...head, withInline(`${keyText}: {}`, moved.inline)];
    const childCol = col + ctx.style.indentUnit;
    return [
      ...head,
      withInline(`${keyText}:`, moved.inline),
      ...entries.flatMap(([k, v]) => emitPair(k, v, [...path, k], childCol, ctx))
    ];
  }
  return [...head, withInline(`${keyText}: ${renderScalar(value)}`, moved.inline)];
}
function emitItem(value, path, dashCol, ctx) {
  const outputKey = pathKey(path);
  const carried = ctx.carried.get(outputKey);
  const moved = relocatedFor(outputKey, ctx, carried);
  const above = commentLines([...moved.ownLine, ...moved.inline], dashCol);
  if (carried) return [...above, ...carriedItemLines(carried, dashCol, ctx.carry)];
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const body = emitMapBody(value, path, dashCol + 2, ctx);
    const first = body.findIndex((line) => !line.trimStart().startsWith("#"));
    const firstLine = body[first];
    body[first] = `${pad2(dashCol)}- ${firstLine.slice(indentOf(firstLine))}`;
    return [...above, ...body.slice(0, first).map((l) => pad2(dashCol) + l.trimStart()), ...body.slice(first)];
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    const comments = [];
    const text = flowValue(value, path, ctx, comments);
    return [...above, ...comments.map((c) => pad2(dashCol) + c), `${pad2(dashCol)}- ${text}`];
  }
  return [...above, `${pad2(dashCol)}- ${renderScalar(value)}`];
}
function flowValue(value, path, ctx, comments) {
  const carried = ctx.carried.get(pathKey(path));
  if (carried) {
    const found = carriedFlowText(carried, value, ctx.carry);
    comments.push(...found.comments);
    return found.text;
  }
  if (Array.isArray(value))
    return `[${value.map((v, i) => flowValue(v, [...path, i], ctx, comments)).join(", ")}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)}: ${flowValue(v, [...path, k], ctx, comments)}`
    );
    return `{${entries.join(", ")}}`;
  }
  return inlineValue(value);
}
function emitMapBody(value, path, col, ctx) {
  return Object.entries(value).flatMap(([k, v]) => emitPair(k, v, [...path, k], col, ctx));
}
function emitBlockComments(path, col, ctx) {
  const moved = relocatedFor(pathKey(path), ctx);
  return commentLines([...moved.ownLine, ...moved.inline], col);
}

// src/edit/job-edit.ts
var EditError = class extends Error {
};
var isPrefix = (prefix, path) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
function commonPrefix(paths) {
  const [first, ...rest] = paths;
  if (!first) return [];
  let length = first.length;
  for (const p of rest) {
    let i = 0;
    while (i < length && i < p.length && p[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}
function getIn(value, path) {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function jobEntries(input) {
  if (input.prefix.length === 0) return input.roots;
  const item = findSpan(input.roots, input.prefix);
  if (!item) throw new EditError("the job was not found in the document layout");
  return item.children;
}
function jobRegion(input) {
  const { lines } = input;
  const span = input.prefix.length === 0 ? void 0 : findSpan(input.roots, input.prefix);
  const entries = jobEntries(input);
  const firstLine = span ? span.startLine : Math.min(...entries.map((e) => e.startLine));
  const lastLine = span ? span.lastLine : Math.max(...entries.map((e) => e.lastLine));
  const start = span ? span.startOffset : lines.lineStart(firstLine) + (entries[0]?.col ?? 0);
  return { start, end: lines.lineEnd(lastLine), firstLine, lastLine };
}
function carriedSpans(input, findings) {
  const carried = /* @__PURE__ */ new Map();
  for (const { from, to } of input.result.carried) {
    if (to[0] !== "spec") continue;
    const span = findSpan(input.roots, [...input.prefix, ...from]);
    if (!span) continue;
    const toItem = typeof to[to.length - 1] === "number";
    if (span.kind === "item" !== toItem) {
      findings.push(restyledFinding(from, "it moves between a list item and a mapping entry"));
      continue;
    }
    carried.set(pathKey(to), span);
  }
  return carried;
}
function relocationTarget(path, accounting, output, carried) {
  let target = ["spec"];
  for (let p = path; p.length > 1; p = p.slice(0, -1)) {
    const tos = accounting.filter((e) => e.disposition === "mapped" && e.to && isPrefix(p, e.path)).map((e) => e.to);
    if (tos.length > 0) {
      target = commonPrefix(tos);
      break;
    }
  }
  if (target[0] !== "spec") return ["spec"];
  for (let i = 2; i <= target.length; i++) {
    const prefix = target.slice(0, i);
    if (getIn(output, prefix) === void 0) return target.slice(0, i - 1);
    if (carried.has(pathKey(prefix))) return prefix;
  }
  return target;
}
var ownsComments = (span) => span.leading.length > 0 || span.inline.length > 0 || span.trailing.length > 0;
function relocatedComments(input, specSpan, carried, output) {
  const carriedFrom = [...carried.values()].map((s) => s.path);
  const ranges = [...carried.values()].map((s) => carriedRange(s, input.lines));
  const inCarriedText = (c) => ranges.some(([s, e]) => s <= c.offset && c.offset < e);
  const byTarget = /* @__PURE__ */ new Map();
  const add = (target, allOwnLine, allInline) => {
    const ownLine = allOwnLine.filter((c) => !inCarriedText(c));
    const inline = allInline.filter((c) => !inCarriedText(c));
    if (ownLine.length === 0 && inline.length === 0) return;
    const key = pathKey(target);
    const entry = byTarget.get(key) ?? { ownLine: [], inline: [] };
    entry.ownLine.push(...ownLine);
    entry.inline.push(...inline);
    byTarget.set(key, entry);
  };
  const prefixLength = input.prefix.length;
  for (const span of walkSpans(specSpan.children)) {
    if (!ownsComments(span) || carriedFrom.some((from) => isPrefix(from, span.path))) continue;
    const relative = span.path.slice(prefixLength);
    const target = relocationTarget(relative, input.result.accounting, output, carried);
    add(target, [...span.leading, ...span.trailing], span.inline);
  }
  return byTarget;
}
function scalarEdit(node, value, lines) {
  if (!(0, import_yaml4.isScalar)(node) || !node.range) throw new EditError("expected a scalar value");
  const [start, end] = node.range;
  return { start, end, text: replaceScalarSource(lines.text.slice(start, end), value) };
}
function removeEntry(span, lines) {
  const kept = [];
  for (let l = span.startLine + 1; l <= span.contentEndLine; l++) {
    const text = lines.line(l);
    if (isCommentLine(text) && !(0, import_yaml4.isScalar)(span.value)) kept.push(" ".repeat(span.col) + text.trimStart());
  }
  const start = lines.lineStart(span.startLine);
  const endLine = span.contentEndLine;
  const nextStart = lines.starts[endLine + 1];
  const commentsOnLine = span.inline.map((c) => " ".repeat(span.col) + c.text.trim());
  const replacement = [...commentsOnLine, ...kept];
  if (replacement.length > 0) return { start, end: lines.lineEnd(endLine), text: replacement.join("\n") };
  if (nextStart !== void 0) return { start, end: nextStart, text: "" };
  return { start: Math.max(0, start - 1), end: lines.lineEnd(endLine), text: "" };
}
function metadataEdits(span, input, output, lines) {
  if (isDeepStrictEqual(input, output)) return [];
  if (!(0, import_yaml4.isMap)(span.value) || span.value.flow) throw new EditError("metadata is not a block mapping");
  const before = input;
  const after = output;
  const edits = [];
  for (const child of span.children) {
    const key = String(child.path[child.path.length - 1]);
    if (!(key in after)) edits.push(removeEntry(child, lines));
    else if (!isDeepStrictEqual(before[key], after[key])) {
      if (typeof after[key] !== "string") throw new EditError(`metadata.${key} changed shape`);
      edits.push(scalarEdit(child.value, after[key], lines));
    }
  }
  if (Object.keys(after).some((k) => !(k in before))) throw new EditError("metadata gained a field");
  return edits;
}
function buildJobEdits(input) {
  const { lines, result } = input;
  const output = result.trainJob;
  if (!output) throw new EditError("no TrainJob to write");
  const entries = jobEntries(input);
  const region = jobRegion(input);
  const edits = [];
  const findings = [];
  const outputKeys = new Set(Object.keys(output));
  for (const entry of entries) {
    const key = String(entry.path[entry.path.length - 1]);
    if (key === "apiVersion" || key === "kind") {
      edits.push(scalarEdit(entry.value, String(output[key]), lines));
    } else if (key === "metadata") {
      edits.push(...metadataEdits(entry, input.input.metadata, output.metadata, lines));
    } else if (key === "spec") {
      edits.push(specEdit(input, entry, output, findings));
    } else if (!outputKeys.has(key)) {
      edits.push(removeEntry(entry, lines));
    } else {
      throw new EditError(`unexpected top-level field ${key}`);
    }
  }
  return { edits, region, findings };
}
function anchorsBeforeSpec(input, specSpan, state) {
  const keptMetadata = input.result.trainJob?.metadata ?? {};
  for (const entry of jobEntries(input)) {
    if (entry.startOffset >= specSpan.startOffset) continue;
    const key = entry.path[entry.path.length - 1];
    if (key === "apiVersion" || key === "kind") defineAnchors(entry.value, state);
    if (key !== "metadata" || !entry.value) continue;
    if (entry.value.anchor) state.defined.set(entry.value.anchor, entry.value);
    for (const child of entry.children) {
      if (String(child.path[child.path.length - 1]) in keptMetadata) defineAnchors(child.value, state);
    }
  }
}
function specEdit(input, specSpan, output, findings) {
  const { lines, style } = input;
  if (!(0, import_yaml4.isMap)(specSpan.value) || specSpan.value.flow || specSpan.children[0]?.startLine === specSpan.startLine) {
    throw new EditError("spec is not a block mapping; flow-style specs are left for a person to convert");
  }
  const carried = carriedSpans(input, findings);
  const comments = relocatedComments(input, specSpan, carried, output);
  const carry = {
    doc: input.doc,
    lines,
    prefixLength: input.prefix.length,
    defined: /* @__PURE__ */ new Map(),
    carriedRanges: [...carried.values()].map((s) => carriedRange(s, lines)),
    findings
  };
  anchorsBeforeSpec(input, specSpan, carry);
  const sourceComments2 = [];
  for (const s of walkSpans([specSpan])) sourceComments2.push(...s.leading, ...s.inline, ...s.trailing);
  const ctx = { lines, style, carried, comments, sourceComments: sourceComments2, carry };
  const childCol = specSpan.col + style.indentUnit;
  const spec = output.spec;
  const closing = specSpan.trailing.map((c) => " ".repeat(childCol) + c.text.trim());
  const body = [
    ...emitBlockComments(["spec"], childCol, ctx),
    ...emitMapBody(spec, ["spec"], childCol, ctx),
    ...closing
  ];
  const start = lines.lineEnd(specSpan.startLine);
  const end = lines.lineEnd(Math.max(specSpan.lastLine, specSpan.startLine));
  return { start, end, text: `
${body.join("\n")}` };
}
function applyEdits(text, edits, base = 0) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit) throw new EditError("overlapping edits");
    out = out.slice(0, edit.start - base) + edit.text + out.slice(edit.end - base);
    limit = edit.start;
  }
  return out;
}

// src/edit/style.ts
var import_yaml5 = __toESM(require_dist(), 1);
function mostCommon(values, fallback) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || count === bestCount && value < best) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
function detectStyle(roots) {
  const mapSteps = [];
  const seqSteps = [];
  const visit = (nodes) => {
    for (const node of nodes) {
      const first = node.children[0];
      if (node.kind === "pair" && first && !first.inFlow && first.startLine > node.startLine) {
        const step = first.col - node.col;
        if ((0, import_yaml5.isMap)(node.value) && step > 0) mapSteps.push(step);
        if ((0, import_yaml5.isSeq)(node.value) && step >= 0) seqSteps.push(step);
      }
      visit(node.children);
    }
  };
  visit(roots);
  const indentUnit = mostCommon(mapSteps, 2);
  return { indentUnit, seqIndent: mostCommon(seqSteps, indentUnit) };
}

// src/edit/verify.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/edit/yaml-documents.ts
var import_yaml6 = __toESM(require_dist(), 1);
var COMPOSE_OPTIONS = { keepSourceTokens: true, merge: true, uniqueKeys: false };
var LIBRARY_CHECK_OPTIONS = { ...COMPOSE_OPTIONS, uniqueKeys: true };
var MAX_CHECKED_DOCUMENT_CHARS = 1024 * 1024;
function parseYaml(text, wanted) {
  const lineCounter = new import_yaml6.LineCounter();
  const composer = new import_yaml6.Composer(COMPOSE_OPTIONS);
  const documents = [];
  const comments = [];
  const keep = [];
  let composedCount = 0;
  let sawErrorToken = false;
  let sawDuplicateKey = false;
  const take = (docs) => {
    for (const doc of docs) {
      const document = documents[composedCount];
      if (document) {
        document.errors = doc.errors;
        if (keep[composedCount]) document.doc = doc;
        if (!sawDuplicateKey && findDuplicateKey(doc.contents) !== void 0) sawDuplicateKey = true;
      }
      composedCount += 1;
    }
  };
  let queue = [];
  let pending;
  let pendingComments = [];
  const settle = (end) => {
    if (pending) {
      const slice = text.slice(pending.offset, end);
      const isWanted = wanted(documents.length, slice);
      documents.push({ start: pending.offset, end, errors: [], contentComments: pendingComments });
      keep.push(isWanted);
      if (!isWanted && slice.length > MAX_CHECKED_DOCUMENT_CHARS) queue[0] = standIn(pending);
      pending = void 0;
    }
    for (const token of queue) take(composer.next(token));
    queue = [];
  };
  const onLeaf = (leaf) => {
    if (leaf.type === "comment") comments.push(leaf);
    else if (leaf.type === "error") sawErrorToken = true;
  };
  for (const token of new import_yaml6.Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type === "document") {
      settle(token.offset);
      pending = token;
      pendingComments = forEachDocumentLeafToken(token, onLeaf);
    } else forEachLeafToken(token, onLeaf);
    queue.push(token);
  }
  settle(text.length);
  take(composer.end());
  if (sawDuplicateKey || sawErrorToken && documents.every((d) => d.errors.length === 0)) {
    const checked = Array.from(new import_yaml6.Composer(LIBRARY_CHECK_OPTIONS).compose(new import_yaml6.Parser().parse(text)));
    checked.forEach((doc, i) => {
      const document = documents[i];
      if (!document) return;
      document.errors = doc.errors;
      if (keep[i]) document.doc = doc;
    });
  }
  return { text, documents, comments, lineCounter };
}
function standIn(token) {
  const start = token.start.filter(
    (t) => t.type === "doc-start" || t.type === "space" || t.type === "newline"
  );
  return { type: "document", offset: token.offset, start, end: [] };
}
function findDuplicateKey(node) {
  if ((0, import_yaml6.isMap)(node)) {
    const seen = keySet(node.items.length);
    for (const pair of node.items) {
      if (!(0, import_yaml6.isPair)(pair)) continue;
      if ((0, import_yaml6.isScalar)(pair.key)) {
        if (seen.has(pair.key.value)) return pair.key;
        seen.add(pair.key.value);
      } else {
        const inKey = findDuplicateKey(pair.key);
        if (inKey) return inKey;
      }
      const inValue = findDuplicateKey(pair.value);
      if (inValue) return inValue;
    }
    return void 0;
  }
  if ((0, import_yaml6.isSeq)(node)) {
    for (const item of node.items) {
      const found = findDuplicateKey(item);
      if (found) return found;
    }
  }
  return void 0;
}
var SMALL_MAP_KEYS = 8;
function keySet(size) {
  if (size > SMALL_MAP_KEYS) return /* @__PURE__ */ new Set();
  const values = [];
  return { has: (value) => values.includes(value), add: (value) => values.push(value) };
}

// src/edit/verify.ts
var TO_JS = { maxAliasCount: 1e3 };
function documentValue(doc) {
  return doc.toJS(TO_JS);
}
function textsOf(comments) {
  return new Set(comments.map((comment) => comment.source.trim()));
}
function verifyRewrite(input) {
  const { expected } = input;
  const after = parseYaml(input.after, (index) => {
    const wanted = expected[index];
    return wanted === void 0 || "value" in wanted;
  });
  for (const document of after.documents) {
    const [error] = document.errors;
    if (error) {
      const pos = after.lineCounter.linePos(error.pos[0]);
      return [`the rewritten text does not parse (line ${pos.line}, column ${pos.col}): ${error.message}`];
    }
  }
  let values;
  try {
    values = after.documents.map((document) => document.doc ? documentValue(document.doc) : void 0);
  } catch (error) {
    return [`the rewritten text does not read back: ${error.message}`];
  }
  const problems = [];
  if (after.documents.length !== expected.length) {
    problems.push(`expected ${expected.length} documents after the rewrite, found ${after.documents.length}`);
  } else {
    after.documents.forEach((document, i) => {
      const wanted = expected[i];
      const same = "value" in wanted ? isDeepStrictEqual2(values[i], wanted.value) : input.after.slice(document.start, document.end) === wanted.text;
      if (!same) problems.push(`document ${i + 1} does not read back as intended after the rewrite`);
    });
  }
  const kept = textsOf(after.comments);
  for (const comment of textsOf(input.before.comments)) {
    if (!kept.has(comment)) problems.push(`the comment "${comment}" would be lost`);
  }
  if (input.validate) {
    for (const trainJob of input.trainJobs) {
      for (const finding2 of input.validate(trainJob)) problems.push(`${finding2.path}: ${finding2.message}`);
    }
  }
  return problems;
}

// src/edit/yaml-file.ts
var TRAINJOB_API_GROUP = "trainer.kubeflow.org/";
function findJobs(values) {
  const jobs = [];
  values.forEach((value, docIndex) => {
    if (isPyTorchJob(value)) jobs.push({ docIndex, prefix: [], input: value });
    else if (isPlainObject(value) && value.kind === "List" && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isPyTorchJob(item))
          jobs.push({ docIndex, prefix: ["items", i], input: item });
      });
    }
  });
  return jobs;
}
function trainJobNames(values) {
  const names = /* @__PURE__ */ new Set();
  const visit = (v) => {
    if (!isPlainObject(v)) return;
    if (v.kind === "TrainJob" && String(v.apiVersion ?? "").startsWith(TRAINJOB_API_GROUP)) {
      const meta = v.metadata;
      if (isPlainObject(meta) && typeof meta.name === "string")
        names.add(`${typeof meta.namespace === "string" ? meta.namespace : ""}/${meta.name}`);
    }
    if (v.kind === "List" && Array.isArray(v.items)) v.items.forEach(visit);
  };
  values.forEach(visit);
  return names;
}
function sideBySideExists(name) {
  return {
    severity: "info",
    code: "SIDE_BY_SIDE_EXISTS",
    message: `A TrainJob named ${name} already stands beside this PyTorchJob; nothing to add.`,
    path: "metadata.name"
  };
}
function yamlErrorMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
var countLines = (text) => text === "" ? 0 : text.split("\n").length;
function finding(code, message, path = "") {
  return { severity: "error", code, message, path };
}
function baseJob(input, line, lines) {
  const meta = isPlainObject(input.metadata) ? input.metadata : {};
  return {
    name: typeof meta.name === "string" ? meta.name : "(unnamed)",
    namespace: typeof meta.namespace === "string" ? meta.namespace : void 0,
    line,
    status: "skipped",
    findings: [],
    linesBefore: lines,
    linesAfter: lines
  };
}
function rewriteYaml(text, options, kind, gate) {
  const hasBom = text.startsWith(BOM);
  const withoutBom = hasBom ? text.slice(1) : text;
  const ending = detectLineEnding(withoutBom);
  const source = ending === "\r\n" ? withoutBom.replaceAll("\r\n", "\n") : withoutBom;
  const tooLarge = tooLargeJobDocument(source);
  if (tooLarge) return { kind, jobs: [], error: tooLarge };
  const sideBySide = options.strategy === "side-by-side";
  const parsed = parseYaml(source, (_index, text2) => holdsJob(text2, sideBySide));
  for (const document of parsed.documents) {
    const [error] = document.errors;
    if (error) {
      const pos = parsed.lineCounter.linePos(error.pos[0]);
      return {
        kind,
        jobs: [],
        error: {
          message: `${yamlErrorMessage(error.message)}; fix the YAML and run again`,
          line: pos.line,
          column: pos.col
        }
      };
    }
  }
  let values;
  try {
    values = parsed.documents.map((document) => document.doc ? documentValue(document.doc) : void 0);
  } catch (error) {
    return {
      kind,
      jobs: [],
      error: { message: `the file cannot be read as data: ${error.message}` }
    };
  }
  const found = findJobs(values);
  if (found.length === 0) return { kind, jobs: [] };
  const lines = new LineIndex(source);
  const layouts = /* @__PURE__ */ new Map();
  const layoutOf = (docIndex) => {
    let layout = layouts.get(docIndex);
    if (!layout) {
      const document = parsed.documents[docIndex];
      const doc = document.doc;
      layout = { roots: layoutDocument(doc, lines, document.contentComments).roots, doc };
      layouts.set(docIndex, layout);
    }
    return layout;
  };
  const existing = trainJobNames(values);
  const planned = found.map((job) => planJob(job, layoutOf(job.docIndex), lines, options, existing, gate));
  const converted = planned.filter((p) => p.report.status === "converted");
  const jobs = planned.map((p) => p.report);
  if (converted.length === 0) return { kind, jobs };
  const edits = converted.flatMap((p) => placeEdits(p, source, options));
  const after = applyEdits(source, edits);
  const problems = verifyRewrite({
    before: parsed,
    after,
    expected: expectedDocuments(parsed, values, converted, options),
    trainJobs: converted.map((p) => p.result?.trainJob),
    validate: options.validate
  });
  if (problems.length > 0) {
    for (const p of converted) {
      p.report.status = "error";
      p.report.linesAfter = p.report.linesBefore;
      p.report.findings.push(
        finding(
          "VERIFY_FAILED",
          `The file was not changed: ${problems.join("; ")}. Please report this file.`
        )
      );
    }
    return { kind, jobs };
  }
  let newText = ending === "\r\n" ? after.replaceAll("\n", "\r\n") : after;
  if (hasBom) newText = BOM + newText;
  return { kind, jobs, newText };
}
function planJob(job, { roots, doc }, lines, options, existing, gate) {
  const result = convertPyTorchJob(job.input, options);
  const style = detectStyle(roots);
  const editInput = { doc, lines, roots, style, prefix: job.prefix, input: job.input, result };
  const region = jobRegion(editInput);
  const linesBefore = region.lastLine - region.firstLine + 1;
  let report = { ...baseJob(job.input, region.firstLine + 1, linesBefore), conversion: result };
  report.findings.push(...result.findings);
  report.numNodes = result.summary?.numNodes;
  report.runtime = result.summary?.runtime;
  if (result.status === "not-applicable") return { job, report: { ...report, status: "skipped" } };
  const held = options.hold?.({ name: report.name, namespace: report.namespace });
  if (held && result.status === "converted") {
    report.findings.push(...held);
    report.status = "needs-review";
    return { job, report: gate ? gate(report, region, lines) : report, result };
  }
  if (result.status === "needs-review" || !result.trainJob) {
    report.status = "needs-review";
    return { job, report: gate ? gate(report, region, lines) : report, result };
  }
  const newName = result.trainJob.metadata?.name;
  if (options.strategy === "side-by-side" && existing.has(`${report.namespace ?? ""}/${String(newName)}`)) {
    report.status = "skipped";
    report.findings.push(sideBySideExists(String(newName)));
    return { job, report, result };
  }
  try {
    const { edits, findings } = buildJobEdits(editInput);
    report.findings.push(...findings);
    const regionText = lines.text.slice(region.start, region.end);
    const newRegion = applyEdits(regionText, edits, region.start);
    report = { ...report, status: "converted", linesAfter: countLines(newRegion) };
    if (gate) report = gate(report, region, lines);
    return { job, report, result, edits, region };
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    report.status = "needs-review";
    report.findings.push(
      finding(
        "EDIT_UNSUPPORTED",
        `${error.message}. The job converts, but its text cannot be rewritten safely: convert it by hand.`
      )
    );
    return { job, report, result };
  }
}
function placeEdits(p, source, options) {
  const edits = p.edits ?? [];
  const region = p.region;
  if (options.strategy !== "side-by-side") return edits;
  const newRegion = applyEdits(source.slice(region.start, region.end), edits, region.start);
  const lineStart = source.lastIndexOf("\n", region.start - 1) + 1;
  const indent = source.slice(lineStart, region.start);
  const separator = p.job.prefix.length === 0 ? "\n---\n" : `
${indent}`;
  return [{ start: region.end, end: region.end, text: separator + newRegion }];
}
function expectedDocuments(parsed, values, converted, options) {
  const sideBySide = options.strategy === "side-by-side";
  const out = [];
  values.forEach((value, docIndex) => {
    const jobs = converted.filter((p) => p.job.docIndex === docIndex);
    if (jobs.length === 0) {
      const document = parsed.documents[docIndex];
      out.push(document.doc ? { value } : { text: parsed.text.slice(document.start, document.end) });
      return;
    }
    const root = jobs.find((p) => p.job.prefix.length === 0);
    if (root) {
      if (sideBySide) out.push({ value });
      out.push({ value: root.result?.trainJob });
      return;
    }
    const list = value;
    const items = list.items.flatMap((item, i) => {
      const job = jobs.find((p) => p.job.prefix[1] === i);
      if (!job) return [item];
      return sideBySide ? [item, job.result?.trainJob] : [job.result?.trainJob];
    });
    out.push({ value: { ...list, items } });
  });
  return out;
}
var MAX_JOB_DOCUMENT_BYTES = 1024 * 1024;
var JOB_KIND_LINE = /^[ \t-]*kind:[ \t]*["']?PyTorchJob\b/m;
var DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function tooLargeJobDocument(source) {
  if (Buffer.byteLength(source) <= MAX_JOB_DOCUMENT_BYTES) return void 0;
  let start = 0;
  const ends = [...source.matchAll(DOCUMENT_MARKER)].map((match) => match.index);
  for (const end of [...ends, source.length]) {
    const text = source.slice(start, end);
    const kind = Buffer.byteLength(text) > MAX_JOB_DOCUMENT_BYTES ? JOB_KIND_LINE.exec(text) : null;
    if (kind) {
      const line = source.slice(0, start + kind.index).split("\n").length;
      return {
        message: `the PyTorchJob at line ${line} is in a document of ${Buffer.byteLength(text)} bytes, over the ${MAX_JOB_DOCUMENT_BYTES}-byte limit for a rewrite; it was not attempted: convert it by hand or split the document`,
        line
      };
    }
    start = end;
  }
  return void 0;
}
var JOB_NEEDLE = "PyTorchJob";
var TRAINJOB_NEEDLE = "TrainJob";
function holdsJob(text, sideBySide) {
  return text.includes(JOB_NEEDLE) || sideBySide && text.includes(TRAINJOB_NEEDLE);
}

// src/edit/json-file.ts
function detectIndent(text) {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? "";
}
function jsonError(text, error) {
  const position = /position (\d+)/.exec(error.message);
  const message = `${error.message.replace(/ in JSON at position \d+.*/, "")}; fix the JSON and run again`;
  if (!position) return { kind: "json", jobs: [], error: { message } };
  const before = text.slice(0, Number(position[1])).split("\n");
  return {
    kind: "json",
    jobs: [],
    error: { message, line: before.length, column: before[before.length - 1].length + 1 }
  };
}
function emitJson(value, path, level, ctx) {
  const carried = ctx.carried.get(pathKey(path));
  if (carried?.range) {
    const [start, end] = carried.range;
    const [first, ...rest] = ctx.lines.text.slice(start, end).split("\n");
    if (rest.length === 0) return first;
    const oldIndent = indentOf(ctx.lines.line(ctx.lines.lineOf(start)));
    const newIndent = ctx.unit.length * level;
    return [first, ...shiftLines(rest, newIndent - oldIndent, newIndent)].join("\n");
  }
  const inner = ctx.unit.repeat(level + 1);
  const close = ctx.unit.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item, i) => inner + emitJson(item, [...path, i], level + 1, ctx));
    return `[
${items.join(",\n")}
${close}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const items = entries.map(
      ([k, v]) => `${inner}${JSON.stringify(k)}: ${emitJson(v, [...path, k], level + 1, ctx)}`
    );
    return `{
${items.join(",\n")}
${close}}`;
  }
  return JSON.stringify(value);
}
function carriedNodes(doc, prefix, result) {
  const carried = /* @__PURE__ */ new Map();
  for (const { from, to } of result.carried) {
    const node = doc.getIn([...prefix, ...from], true);
    if ((0, import_yaml8.isNode)(node)) carried.set(pathKey(to), node);
  }
  return carried;
}
function rewriteJson(text, options) {
  const hasBom = text.startsWith(BOM);
  const withoutBom = hasBom ? text.slice(1) : text;
  const crlf = detectLineEnding(withoutBom) === "\r\n";
  const source = crlf ? withoutBom.replaceAll("\r\n", "\n") : withoutBom;
  let value;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return jsonError(source, error);
  }
  const doc = (0, import_yaml8.parseDocument)(source, { keepSourceTokens: true });
  const lines = new LineIndex(source);
  const unit = detectIndent(source);
  const isList = isPlainObject(value) && value.kind === "List" && Array.isArray(value.items);
  const candidates = isList ? value.items : [value];
  const jobs = [];
  candidates.forEach((candidate, index) => {
    if (!isPyTorchJob(candidate)) return;
    const prefix = isList ? ["items", index] : [];
    const node = prefix.length ? doc.getIn(prefix, true) : doc.contents;
    const [start, end] = node.range ?? [0, source.length];
    jobs.push(
      convertJob(candidate, {
        doc,
        prefix,
        start,
        end,
        lines,
        unit,
        options,
        isList,
        existing: trainJobNames(candidates)
      })
    );
  });
  const converted = jobs.filter((j) => j.text !== void 0);
  const reports = jobs.map((j) => j.report);
  if (converted.length === 0) return { kind: "json", jobs: reports };
  let out = source;
  for (const job of [...converted].reverse()) {
    const replacement = options.strategy === "side-by-side" ? `${source.slice(job.start, job.end)},
${" ".repeat(lines.columnOf(job.start))}${job.text}` : job.text;
    out = out.slice(0, job.start) + replacement + out.slice(job.end);
  }
  const expectedItems = candidates.flatMap((c, i) => {
    const job = jobs.find(
      (j) => j.start === (isList ? doc.getIn(["items", i], true) : doc.contents).range?.[0]
    );
    if (!job?.trainJob) return [c];
    return options.strategy === "side-by-side" ? [c, job.trainJob] : [job.trainJob];
  });
  const expected = isList ? { ...value, items: expectedItems } : expectedItems[0];
  const problems = verifyJson(
    out,
    expected,
    options,
    converted.map((j) => j.trainJob)
  );
  if (problems.length > 0) {
    for (const job of converted) {
      job.report.status = "error";
      job.report.linesAfter = job.report.linesBefore;
      job.report.findings.push({
        severity: "error",
        code: "VERIFY_FAILED",
        message: `The file was not changed: ${problems.join("; ")}. Please report this file.`,
        path: ""
      });
    }
    return { kind: "json", jobs: reports };
  }
  if (crlf) out = out.replaceAll("\n", "\r\n");
  return { kind: "json", jobs: reports, newText: hasBom ? BOM + out : out };
}
function convertJob(input, place2) {
  const { lines, options } = place2;
  const meta = isPlainObject(input.metadata) ? input.metadata : {};
  const result = convertPyTorchJob(input, options);
  const linesBefore = lines.lineOf(place2.end) - lines.lineOf(place2.start) + 1;
  const report = {
    name: typeof meta.name === "string" ? meta.name : "(unnamed)",
    namespace: typeof meta.namespace === "string" ? meta.namespace : void 0,
    line: lines.lineOf(place2.start) + 1,
    status: result.status === "not-applicable" ? "skipped" : "needs-review",
    conversion: result,
    findings: [...result.findings],
    numNodes: result.summary?.numNodes,
    runtime: result.summary?.runtime,
    linesBefore,
    linesAfter: linesBefore
  };
  const job = { report, start: place2.start, end: place2.end };
  if (result.status !== "converted" || !result.trainJob) return job;
  const held = options.hold?.({ name: report.name, namespace: report.namespace });
  if (held) {
    report.findings.push(...held);
    return job;
  }
  if (options.strategy === "side-by-side" && !place2.isList) {
    report.status = "skipped";
    report.findings.push(sideBySideInSingleObject());
    return job;
  }
  const newName = result.trainJob.metadata?.name;
  if (options.strategy === "side-by-side" && place2.existing.has(`${report.namespace ?? ""}/${String(newName)}`)) {
    report.status = "skipped";
    report.findings.push(sideBySideExists(String(newName)));
    return job;
  }
  const level = Math.round(indentOf(lines.line(lines.lineOf(place2.start))) / Math.max(place2.unit.length, 1));
  const ctx = { lines, unit: place2.unit, carried: carriedNodes(place2.doc, place2.prefix, result) };
  job.text = place2.unit === "" ? JSON.stringify(result.trainJob) : emitJson(result.trainJob, [], level, ctx);
  job.trainJob = result.trainJob;
  report.status = "converted";
  report.linesAfter = job.text.split("\n").length;
  return job;
}
function verifyJson(newText, expected, options, written) {
  let parsed;
  try {
    parsed = JSON.parse(newText);
  } catch (error) {
    return [`the new JSON does not parse: ${error.message}`];
  }
  const problems = [];
  if (!isDeepStrictEqual3(parsed, expected)) problems.push("the new JSON does not read back as intended");
  for (const trainJob of written) {
    for (const f of options.validate?.(trainJob) ?? []) problems.push(`${f.path}: ${f.message}`);
  }
  return problems;
}
function sideBySideInSingleObject() {
  return {
    severity: "warning",
    code: "EDIT_UNSUPPORTED",
    message: "A JSON file holds one object, so a TrainJob cannot stand beside the PyTorchJob in it: use --strategy replace, or add the TrainJob in a file of its own.",
    path: ""
  };
}

// src/edit/katib.ts
var import_yaml9 = __toESM(require_dist(), 1);
function trialJobs(text) {
  const lineCounter = new import_yaml9.LineCounter();
  const docs = (0, import_yaml9.parseAllDocuments)(text, { lineCounter });
  const found = [];
  for (const doc of Array.isArray(docs) ? docs : []) {
    const [error] = doc.errors;
    if (error) {
      const pos = lineCounter.linePos(error.pos[0]);
      return { message: error.message.split("\n")[0], line: pos.line, column: pos.col };
    }
    const value = doc.toJS({ maxAliasCount: 1e3 });
    if (!isPlainObject(value)) continue;
    const meta = isPlainObject(value.metadata) ? value.metadata : {};
    const owner = String(meta.name ?? "(unnamed)");
    const namespace = typeof meta.namespace === "string" ? meta.namespace : void 0;
    const line = lineCounter.linePos(doc.range[0]).line;
    const spec = isPlainObject(value.spec) ? value.spec : {};
    const template = isPlainObject(spec.trialTemplate) ? spec.trialTemplate : {};
    if (isPyTorchJob(template.trialSpec)) {
      found.push({
        owner,
        namespace,
        line,
        job: template.trialSpec,
        primaryContainer: typeof template.primaryContainerName === "string" ? template.primaryContainerName : void 0
      });
    }
    if (value.kind === "ConfigMap" && isPlainObject(value.data)) {
      for (const [key, embedded] of Object.entries(value.data)) {
        if (typeof embedded !== "string" || !embedded.includes("PyTorchJob")) continue;
        for (const inner of (0, import_yaml9.parseAllDocuments)(embedded)) {
          const job = inner.errors.length === 0 ? inner.toJS() : void 0;
          if (isPyTorchJob(job))
            found.push({ owner: `${owner}/${key}`, namespace, line, job });
        }
      }
    }
  }
  return found;
}
function katibFinding(numNodes, runtime, primaryContainer) {
  const container = primaryContainer ? `primaryContainerName ${primaryContainer} \u2192 node, ` : "";
  const nodes = numNodes === void 0 ? "" : ` with trainer.numNodes ${numNodes}`;
  return {
    severity: "warning",
    code: "KATIB_TRIAL_TEMPLATE",
    message: `Katib trial template left unchanged. To move it to Trainer v2, change together: trialSpec \u2192 a TrainJob on runtime ${runtime}${nodes}, ${container}successCondition/failureCondition \u2192 the TrainJob's Complete/Failed conditions, and the Katib controller's trial resources (add trainjobs.trainer.kubeflow.org).`,
    path: "spec.trialTemplate.trialSpec"
  };
}
function reportKatib(text, options) {
  const found = trialJobs(text);
  if (!Array.isArray(found)) return { kind: "katib", jobs: [], error: found };
  const jobs = found.map((trial) => {
    const named = {
      ...trial.job,
      metadata: { name: "trial", ...isPlainObject(trial.job.metadata) ? trial.job.metadata : {} }
    };
    const result = convertPyTorchJob(named, { ...options, strategy: "replace" });
    return {
      name: trial.owner,
      namespace: trial.namespace,
      line: trial.line,
      status: "needs-review",
      findings: [
        katibFinding(result.summary?.numNodes, options.runtimeName, trial.primaryContainer),
        ...result.findings
      ],
      numNodes: result.summary?.numNodes,
      runtime: options.runtimeName,
      linesBefore: 0,
      linesAfter: 0
    };
  });
  return { kind: "katib", jobs };
}

// src/edit/nesting.ts
var MAX_NESTING = 200;
function lineNestedDeeperThan(text, limit = MAX_NESTING) {
  const indents = [];
  let flow = 0;
  let blockScalarParent;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const content = line.trim();
    if (content === "" || content.startsWith("#")) continue;
    const indent = line.indexOf(content);
    if (blockScalarParent !== void 0 && indent > blockScalarParent) continue;
    blockScalarParent = void 0;
    if (flow === 0) {
      while (indents.length > 0 && indents.at(-1) >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = content.startsWith("-") ? leadingDashes(content) : 0;
    const brackets = flowBrackets(content);
    if (indents.length + dashes + flow + brackets.peak > limit) return index + 1;
    flow = Math.max(0, flow + brackets.delta);
    if (flow === 0 && mayOpenBlockScalar(content)) blockScalarParent = indent;
  }
  return void 0;
}
var leadingDashes = (content) => /^(?:-\s+)*/.exec(content)?.[0].replace(/\s+/g, "").length ?? 0;
var BLOCK_SCALAR_HEADER = /[|>][-+0-9]*\s*(?:#.*)?$/;
var mayOpenBlockScalar = (content) => (content.includes("|") || content.includes(">")) && BLOCK_SCALAR_HEADER.test(content);
function flowBrackets(line) {
  let delta = 0;
  let peak = 0;
  let quote;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote !== void 0) {
      if (char === quote) quote = void 0;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === "#" && (i === 0 || line[i - 1] === " ")) break;
    else if (char === "[" || char === "{") peak = Math.max(peak, ++delta);
    else if (char === "]" || char === "}") delta--;
  }
  return { delta, peak };
}

// src/edit/templated.ts
var TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;
var OPENERS = /\{\{|\{%|\{#/g;
var TOKEN = /zqtpl(\d+)zq/g;
var HAS_TOKEN = /zqtpl\d+zq/;
var LINE_TOKEN = /#__TJM_LINE_(\d+)__/g;
function mask(text) {
  const expressions = [];
  const templateLines = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  const masked = lines.map((line, index) => {
    const matches = line.match(TEMPLATE) ?? [];
    if ((line.match(OPENERS) ?? []).length !== matches.length) {
      return { error: "a template expression spans several lines", line: index + 1 };
    }
    if (matches.length === 0) return line;
    const rest = line.replace(TEMPLATE, "").trim();
    if (rest === "") {
      templateLines.set(index, line);
      const indent = line.length - line.trimStart().length;
      return `${" ".repeat(indent)}#__TJM_LINE_${index}__${line.endsWith("\r") ? "\r" : ""}`;
    }
    return line.replace(TEMPLATE, (expression) => {
      let index2 = expressions.indexOf(expression);
      if (index2 === -1) index2 = expressions.push(expression) - 1;
      return `zqtpl${index2}zq`;
    });
  });
  const failed = masked.find((l) => typeof l !== "string");
  if (failed) return failed;
  return { text: masked.join("\n"), expressions, templateLines };
}
function unmask(text, masked) {
  return text.replace(LINE_TOKEN, (_, n) => masked.templateLines.get(Number(n)).trim()).replace(TOKEN, (_, n) => masked.expressions[Number(n)]);
}
function templatedFinding(line, template) {
  return {
    severity: "warning",
    code: "TEMPLATED_FIELD",
    message: `Line ${line} (${template.trim()}) shapes the job with a template, so it cannot be rewritten without rendering the chart: convert this template by hand (the values it renders stay the same).`,
    path: ""
  };
}
function rewriteTemplated(text, options) {
  const masked = mask(text);
  if ("error" in masked) {
    return {
      kind: "helm",
      jobs: [],
      skipReason: `line ${masked.line}: ${masked.error}; the template cannot be rewritten as YAML`
    };
  }
  const gate = (job, region, lines) => {
    for (let line = region.firstLine; line <= region.lastLine; line++) {
      const template = masked.templateLines.get(line);
      if (template !== void 0) {
        return {
          ...job,
          status: "skipped",
          findings: [...job.findings, templatedFinding(line + 1, template)]
        };
      }
    }
    const templatedValue = job.findings.find((f) => HAS_TOKEN.test(f.message) || HAS_TOKEN.test(f.path));
    if (job.status === "needs-review" && templatedValue) {
      const token = /zqtpl(\d+)zq/.exec(`${templatedValue.message} ${templatedValue.path}`)?.[0] ?? "";
      const expression = masked.expressions[Number(token.slice("zqtpl".length, -2))] ?? "";
      let line = region.firstLine;
      while (line < region.lastLine && !lines.line(line).includes(token)) line++;
      return {
        ...job,
        status: "skipped",
        findings: [...job.findings, templatedFinding(line + 1, `${templatedValue.path}: ${expression}`)]
      };
    }
    return job;
  };
  const result = rewriteYaml(masked.text, options, "helm", gate);
  const jobs = result.jobs.map((job) => restoreJob(job, masked));
  if (result.error) {
    const where = result.error.line ? `line ${result.error.line}: ` : "";
    const reason = `${where}the template's structure is not YAML until it is rendered (${result.error.message.replace(/; fix the YAML.*$/, "")})`;
    return { kind: "helm", jobs: unparsedJobs(text, reason), skipReason: reason };
  }
  if (result.newText === void 0) return { ...result, jobs };
  const newText = unmask(result.newText, masked);
  const after = new Set(newText.match(TEMPLATE) ?? []);
  const lost = (text.match(TEMPLATE) ?? []).find((expression) => !after.has(expression));
  if (lost) {
    return {
      kind: "helm",
      jobs: jobs.map(
        (job) => job.status === "converted" ? {
          ...job,
          status: "skipped",
          linesAfter: job.linesBefore,
          findings: [...job.findings, templatedFinding(job.line, `${lost} would be dropped`)]
        } : job
      )
    };
  }
  return { ...result, jobs, newText };
}
function unparsedJobs(text, reason) {
  const jobs = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (!/^\s*-?\s*kind:\s*["']?PyTorchJob\b/.test(line)) return;
    const nameLine = lines.slice(index + 1, index + 20).find((l) => /^\s+name:/.test(l));
    jobs.push({
      name: nameLine ? nameLine.replace(/^\s+name:\s*/, "").trim() : "(templated)",
      line: index + 1,
      status: "skipped",
      findings: [templatedFinding(index + 1, reason)],
      linesBefore: 0,
      linesAfter: 0
    });
  });
  return jobs;
}
function restoreJob(job, masked) {
  const restore = (s) => unmask(s, masked);
  return {
    ...job,
    name: restore(job.name),
    namespace: job.namespace === void 0 ? void 0 : restore(job.namespace),
    findings: job.findings.map((f) => ({ ...f, message: restore(f.message), path: restore(f.path) }))
  };
}

// src/edit/rewrite.ts
function rewriteFile(relPath, text, options) {
  const kind = classifyText(relPath, text);
  const tooDeep = lineNestedDeeperThan(text);
  if (tooDeep !== void 0) {
    const message = `nesting deeper than ${MAX_NESTING} levels; a manifest needs far fewer, so the file was not parsed. Flatten or fix it and run again`;
    return { kind, jobs: [], error: { message, line: tooDeep } };
  }
  switch (kind) {
    case "kustomization":
      return {
        kind,
        jobs: [],
        skipReason: "kustomization: patches and image overrides that name PyTorchJobs are not rewritten yet"
      };
    case "unknown":
      return { kind, jobs: [], skipReason: "not a YAML or JSON manifest (by its file name)" };
    case "json":
      return rewriteJson(text, options);
    case "katib":
      return reportKatib(text, options);
    case "helm":
      return rewriteTemplated(text, options);
    default:
      return rewriteYaml(text, options, "yaml");
  }
}

export {
  require_dist,
  isPlainObject,
  deepEqual,
  classifyText,
  formatPath,
  TRAINJOB_API_VERSION,
  TRAINJOB_KIND,
  convertPyTorchJob,
  rewriteFile
};
