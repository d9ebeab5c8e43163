import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mapBounded
} from "./chunk-Y36FO3AG.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  UsageError,
  package_default
} from "./chunk-2P5ZRRHB.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  RUNTIME_KINDS,
  STRATEGIES,
  TEMP_FILE_SUFFIX,
  TRAINER_VERSIONS,
  TRAINJOB_API_VERSION,
  TRAINJOB_KIND,
  convertPyTorchJob,
  deepEqual,
  formatPath,
  isOurTempFile,
  isPlainObject,
  require_dist,
  resolveWriteTarget,
  rewriteFile,
  scanRoot,
  scanRootShared,
  syncFolder,
  tempPathBeside,
  writeAndSync
} from "./chunk-4VMJWYFV.js";
import {
  DEFAULT_SCAN_OPTIONS,
  require_picomatch
} from "./chunk-GKJKYUN3.js";
import {
  UserError
} from "./chunk-GFBUO7Q4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify5(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify5;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues: mergeValues2, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues2(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type2;
    (function(Type3) {
      Type3[Type3["Num"] = 0] = "Num";
      Type3[Type3["Str"] = 1] = "Str";
    })(Type2 || (exports.Type = Type2 = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type2.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError2 = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError2);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref2) {
          const _resolve = this.opts.uriResolver.resolve;
          ref2 = normalizeId(innerBaseId ? _resolve(innerBaseId, ref2) : ref2);
          if (schemaRefs.has(ref2))
            throw ambiguos(ref2);
          schemaRefs.add(ref2);
          let schOrRef = this.refs[ref2];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref2);
          } else if (ref2 !== normalizeId(fullPath)) {
            if (ref2[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref2], ref2);
              localRefs[ref2] = sch;
            } else {
              this.refs[ref2] = fullPath;
            }
          }
          return ref2;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref2) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref2);
      }
      function ambiguos(ref2) {
        return new Error(`reference "${ref2}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref2, msg) {
        super(msg || `can't resolve reference ${ref2} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref2);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref2) {
      var _a;
      ref2 = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref2);
      const schOrFunc = root.refs[ref2];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref2);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref2];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref2] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref2) {
      let sch;
      while (typeof (sch = this.refs[ref2]) == "string")
        ref2 = sch;
      return sch || this.schemas[ref2] || resolveSchema.call(this, root, ref2);
    }
    function resolveSchema(root, ref2) {
      const p = this.opts.uriResolver.parse(ref2);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref2)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp2) {
      if (cp2 < 2048) {
        return BYTE_HEX[192 | cp2 >> 6] + BYTE_HEX[128 | cp2 & 63];
      }
      if (cp2 < 65536) {
        return BYTE_HEX[224 | cp2 >> 12] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
      }
      return BYTE_HEX[240 | cp2 >> 18] + BYTE_HEX[128 | cp2 >> 12 & 63] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp2) {
      return cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122 || cp2 === 42 || cp2 === 43 || cp2 === 45 || cp2 === 46 || cp2 === 47 || cp2 === 64 || cp2 === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse3(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize2(base, options), options);
        relative2 = parse3(serialize2(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError2 = getParseError(parsed, matches);
        if (parseError2 !== void 0) {
          parsed.error = parsed.error || parseError2;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse3
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref2, missingRef }) {
          if (this.refs[ref2]) {
            throw new Error(`AnySchema ${ref2} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref2) {
          const _schema = await _loadSchema.call(this, ref2);
          if (!this.refs[ref2])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref2])
            this.addSchema(_schema, ref2, meta);
        }
        async function _loadSchema(ref2) {
          const p = this._loading[ref2];
          if (p)
            return p;
          try {
            return await (this._loading[ref2] = loadSchema(ref2));
          } finally {
            delete this._loading[ref2];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref2 = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref2);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref2);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/config/load-config.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "trainjob-migrate configuration (.trainjob-migrate.yaml)",
  description: "Every command-line option in camelCase, plus per-path overrides. Command-line flags win over this file.",
  type: "object",
  additionalProperties: false,
  definitions: {
    runtime: { type: "string", minLength: 1, maxLength: 253, pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", description: "Name of the (Cluster)TrainingRuntime the TrainJobs reference: a Kubernetes object name." },
    runtimeKind: { enum: ["ClusterTrainingRuntime", "TrainingRuntime"] },
    trainerVersion: { enum: ["2.3", "2.2", "2.1", "2.0"], description: "Target Kubeflow Trainer release." },
    strategy: { enum: ["replace", "side-by-side"] },
    nameSuffix: { type: "string", minLength: 1, maxLength: 62, pattern: "^[-a-z0-9]*[a-z0-9]$", description: "Appended to the name by the side-by-side strategy: lower-case letters, digits and -, ending with a letter or digit." },
    allowLossy: { type: "boolean" },
    patchManager: { type: "string", minLength: 1, pattern: "^[a-z0-9.-]+/[A-Za-z0-9._/-]+$", description: "Domain-prefixed manager of the runtimePatches entry." }
  },
  properties: {
    format: { enum: ["text", "json", "markdown", "sarif"] },
    runtime: { $ref: "#/definitions/runtime" },
    runtimeKind: { $ref: "#/definitions/runtimeKind" },
    trainerVersion: { $ref: "#/definitions/trainerVersion" },
    strategy: { $ref: "#/definitions/strategy" },
    nameSuffix: { $ref: "#/definitions/nameSuffix" },
    allowLossy: { $ref: "#/definitions/allowLossy" },
    patchManager: { $ref: "#/definitions/patchManager" },
    include: { type: "array", items: { type: "string", minLength: 1 } },
    exclude: { type: "array", items: { type: "string", minLength: 1 } },
    maxFileSize: {
      description: "A number of bytes or a size such as 5MB or 512KiB.",
      oneOf: [
        { type: "integer", minimum: 1 },
        { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]i?[bB]?|[bB])?$" }
      ]
    },
    crd: { type: "string", minLength: 1, description: "TrainJob CRD file to validate against, relative to this file." },
    concurrency: { type: "integer", minimum: 1, maximum: 64 },
    quiet: { type: "boolean" },
    installedRuntimes: {
      type: "array",
      items: { type: "string", minLength: 1, pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" },
      description: "Runtimes the clusters have although the repository does not define them; TrainJobs that reference them get no RUNTIME_NOT_FOUND warning."
    },
    generateRuntimes: { type: "boolean", description: "Convert jobs blocked only by runtime-level settings against generated ClusterTrainingRuntimes derived from torch-distributed." },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1, description: "Glob relative to the repository root, e.g. clusters/gpu/**." },
          runtime: { $ref: "#/definitions/runtime" },
          runtimeKind: { $ref: "#/definitions/runtimeKind" },
          trainerVersion: { $ref: "#/definitions/trainerVersion" },
          strategy: { $ref: "#/definitions/strategy" },
          nameSuffix: { $ref: "#/definitions/nameSuffix" },
          allowLossy: { $ref: "#/definitions/allowLossy" },
          patchManager: { $ref: "#/definitions/patchManager" }
        }
      }
    }
  }
};

// src/config/config-error.ts
var ConfigError = class extends UserError {
  constructor(message, file, problems = [message]) {
    super(message, { exitCode: 2 });
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
};

// src/config/describe-errors.ts
function keyPath(instancePath) {
  return instancePath.split("/").slice(1).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
}
var show = (value) => JSON.stringify(value) ?? String(value);
function valueAt(root, instancePath) {
  let node = root;
  for (const part of instancePath.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}
function allowedKeys(schema) {
  const properties = schema?.properties;
  return properties ? Object.keys(properties) : [];
}
function describeError(error, data) {
  const key = keyPath(error.instancePath);
  const subject = key ? `"${key}"` : "the file";
  const got = `(got ${show(valueAt(data, error.instancePath))})`;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(error.params.additionalProperty);
      const where = key ? ` in "${key}"` : "";
      return `unknown key "${extra}"${where}; allowed keys: ${allowedKeys(error.parentSchema).join(", ")}`;
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(show).join(", ");
      return `${subject} must be one of ${allowed} ${got}`;
    }
    case "type": {
      const type = error.params.type;
      return `${subject} must be ${type === "integer" || type === "array" || type === "object" ? "an" : "a"} ${type} ${got}`;
    }
    case "required":
      return `${subject} needs the key "${error.params.missingProperty}"`;
    case "minimum":
    case "maximum":
      return `${subject} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${show(error.params.limit)} ${got}`;
    case "minLength":
      return `${subject} must not be empty`;
    case "pattern":
      return `${subject} must match ${error.params.pattern} ${got}`;
    case "oneOf": {
      const forms = error.parentSchema?.description ?? "one of the allowed forms";
      return `${subject} must be ${forms.charAt(0).toLowerCase()}${forms.slice(1).replace(/\.$/, "")} ${got}`;
    }
    default:
      return `${subject} ${error.message ?? "is not valid"} ${got}`;
  }
}

// src/config/paths-inside.ts
import { isAbsolute, normalize, relative, sep } from "node:path";
function climbsOutOfRoot(pattern) {
  if (isAbsolute(pattern) || pattern.startsWith("/")) return true;
  const normalized = normalize(pattern.replaceAll("\\", "/"));
  return normalized === ".." || normalized.startsWith(`..${sep}`) || normalized.startsWith("../");
}
function isInside(root, absPath) {
  const rel = relative(root, absPath);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

// src/config/types.ts
var CONFIG_FILE_NAME = ".trainjob-migrate.yaml";

// src/config/load-config.ts
var settingsValidator;
function validateSettings() {
  settingsValidator ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true }).compile(
    config_schema_default
  );
  return settingsValidator;
}
function instanceKeys(error) {
  const parts = error.instancePath.split("/").slice(1).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (error.keyword === "additionalProperties") {
    parts.push(String(error.params.additionalProperty));
  }
  return parts;
}
function parseConfigText(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(`${file}:${line}: not valid YAML: ${yamlError.message.split("\n")[0]}`, file);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: cannot be read as settings: ${error.message}.`, file);
  }
  const validate = validateSettings();
  if (validate(data)) return checkPathsInside(data, file, doc, lineCounter);
  const lineOf = (error) => {
    let keys = instanceKeys(error);
    while (keys.length > 0) {
      const node = doc.getIn(keys, true);
      if ((0, import_yaml.isNode)(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      keys = keys.slice(0, -1);
    }
    return 1;
  };
  const errors = validate.errors ?? [];
  const oneOfPaths = new Set(
    errors.filter((error) => error.keyword === "oneOf").map((error) => error.instancePath)
  );
  const problems = [
    ...new Set(
      errors.filter((error) => error.keyword === "oneOf" || !oneOfPaths.has(error.instancePath)).map((error) => `${file}:${lineOf(error)}: ${describeError(error, data)}`)
    )
  ];
  throw new ConfigError(problems.join("\n"), file, problems);
}
function checkPathsInside(settings, file, doc, lineCounter) {
  const globs = [
    ...(settings.include ?? []).map((glob, index) => [["include", String(index)], glob]),
    ...(settings.exclude ?? []).map((glob, index) => [["exclude", String(index)], glob]),
    ...(settings.overrides ?? []).map((o, index) => [
      ["overrides", String(index), "path"],
      o.path
    ])
  ];
  const problems = globs.filter(([, glob]) => climbsOutOfRoot(glob)).map(([keys, glob]) => {
    const node = doc.getIn(keys, true);
    const line = (0, import_yaml.isNode)(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    return `${file}:${line}: "${glob}" leaves the folder of the config file; paths and globs are relative to it and must stay inside`;
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"), file, problems);
  return settings;
}
async function loadConfigFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file" : error.message;
    throw new ConfigError(`${file}: cannot read the config file (${reason}); check the --config path.`, file);
  }
  return { file, settings: parseConfigText(text, file) };
}
async function findConfigAt(root) {
  const file = join(root, CONFIG_FILE_NAME);
  const found = await stat(file).catch(() => void 0);
  if (!found?.isFile()) return void 0;
  const config = await loadConfigFile(file);
  const { crd } = config.settings;
  if (crd !== void 0) {
    const target = resolve(root, crd);
    const rootReal = await realpath(root);
    const real = await realpath(target).catch(() => target);
    if (!isInside(resolve(root), target) || !isInside(rootReal, real)) {
      throw new ConfigError(
        `${file}: "crd: ${crd}" names a file outside the repository; a repository's own config may only name files inside it. Pass such a CRD with --crd.`,
        file
      );
    }
  }
  return config;
}

// src/config/resolve-options.ts
import { dirname, resolve as resolve2 } from "node:path";

// src/options.ts
var OUTPUT_FORMATS = ["text", "json", "markdown", "sarif"];
var DEFAULT_MIGRATION_OPTIONS = {
  convert: DEFAULT_CONVERT_OPTIONS,
  scan: DEFAULT_SCAN_OPTIONS,
  overrides: [],
  inputConcurrency: 4
};

// src/config/byte-size.ts
function parseByteSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) return void 0;
  const units = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Math.round(Number(match[1]) * (units[(match[2] ?? "").toLowerCase()] ?? 1));
  return bytes > 0 ? bytes : void 0;
}

// src/config/resolve-options.ts
var sharedOptionSpec = {
  format: { type: "string", short: "f" },
  runtime: { type: "string" },
  "runtime-kind": { type: "string" },
  "trainer-version": { type: "string" },
  strategy: { type: "string" },
  "name-suffix": { type: "string" },
  "allow-lossy": { type: "boolean" },
  "patch-manager": { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "max-file-size": { type: "string" },
  config: { type: "string" },
  crd: { type: "string" },
  concurrency: { type: "string" },
  "installed-runtimes": { type: "string", multiple: true },
  "generate-runtimes": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
function oneOf(flag, value, allowed) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
}
function nonEmpty(flag, value) {
  if (value !== void 0 && value.trim() === "") throw new UsageError(`--${flag} must not be empty.`);
  return value;
}
var RUNTIME_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var NAME_SUFFIX = /^[-a-z0-9]*[a-z0-9]$/;
function kubernetesName(flag, value, pattern, maxLength) {
  if (value === void 0) return void 0;
  if (!pattern.test(value) || value.length > maxLength) {
    throw new UsageError(
      `--${flag} "${value}" is not valid in a Kubernetes object name: use lower-case letters, digits and "-", starting and ending with a letter or digit (at most ${maxLength} characters).`
    );
  }
  return value;
}
function globsInside(flag, patterns) {
  const outside = patterns?.find(climbsOutOfRoot);
  if (outside !== void 0) {
    throw new UsageError(
      `--${flag} '${outside}' leaves the scanned folder: patterns are relative to each input folder. Give the other folder as an input instead.`
    );
  }
  return patterns;
}
function parseInstalledRuntimes(values) {
  if (values === void 0) return void 0;
  const names = values.flatMap((value) => value.split(",")).map((name) => name.trim());
  for (const name of names) {
    if (!RUNTIME_NAME.test(name)) {
      throw new UsageError(
        `--installed-runtimes takes runtime names separated by commas, e.g. torch-distributed,my-runtime (got "${name}").`
      );
    }
  }
  return [...new Set(names)];
}
function parseConcurrency(value) {
  if (value === void 0) return void 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64 (got "${value}").`);
  }
  return parsed;
}
function parseMaxFileSize(value) {
  if (value === void 0) return void 0;
  const bytes = parseByteSize(value);
  if (bytes === void 0) {
    throw new UsageError(
      `--max-file-size must be a number of bytes or a size like 5MB or 512KiB (got "${value}").`
    );
  }
  return bytes;
}
function resolveFormat(flags, config) {
  return oneOf("format", flags.format, OUTPUT_FORMATS) ?? config?.settings.format ?? "text";
}
function convertSettingsToOptions(settings) {
  const options = {};
  if (settings.runtime !== void 0) options.runtimeName = settings.runtime;
  if (settings.runtimeKind !== void 0) options.runtimeKind = settings.runtimeKind;
  if (settings.trainerVersion !== void 0) options.trainerVersion = settings.trainerVersion;
  if (settings.strategy !== void 0) options.strategy = settings.strategy;
  if (settings.nameSuffix !== void 0) options.nameSuffix = settings.nameSuffix;
  if (settings.allowLossy !== void 0) options.allowLossy = settings.allowLossy;
  if (settings.patchManager !== void 0) options.patchManager = settings.patchManager;
  return options;
}
function flagConvertOptions(flags) {
  return convertSettingsToOptions({
    runtime: kubernetesName("runtime", nonEmpty("runtime", flags.runtime), RUNTIME_NAME, 253),
    runtimeKind: oneOf("runtime-kind", flags["runtime-kind"], RUNTIME_KINDS),
    trainerVersion: oneOf("trainer-version", flags["trainer-version"], TRAINER_VERSIONS),
    strategy: oneOf("strategy", flags.strategy, STRATEGIES),
    nameSuffix: kubernetesName("name-suffix", nonEmpty("name-suffix", flags["name-suffix"]), NAME_SUFFIX, 62),
    allowLossy: flags["allow-lossy"],
    patchManager: nonEmpty("patch-manager", flags["patch-manager"])
  });
}
function withoutKeys(options, keys) {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !keys.includes(key)));
}
function resolveMigrationOptions(flags, config, env) {
  const settings = config?.settings ?? {};
  const fromFlags = flagConvertOptions(flags);
  const convert = {
    ...DEFAULT_CONVERT_OPTIONS,
    ...convertSettingsToOptions(settings),
    ...fromFlags
  };
  const overrides = (settings.overrides ?? []).map((override) => ({
    path: override.path,
    options: withoutKeys(convertSettingsToOptions(override), Object.keys(fromFlags))
  })).filter((override) => Object.keys(override.options).length > 0);
  const configMaxFileSize = settings.maxFileSize === void 0 ? void 0 : parseByteSize(settings.maxFileSize);
  const crd = flags.crd !== void 0 ? resolve2(env.cwd, nonEmpty("crd", flags.crd) ?? "") : settings.crd !== void 0 && config ? resolve2(dirname(config.file), settings.crd) : void 0;
  const options = {
    convert,
    scan: {
      ...DEFAULT_SCAN_OPTIONS,
      include: globsInside("include", flags.include) ?? settings.include ?? DEFAULT_SCAN_OPTIONS.include,
      exclude: globsInside("exclude", flags.exclude) ?? settings.exclude ?? DEFAULT_SCAN_OPTIONS.exclude,
      maxFileSize: parseMaxFileSize(flags["max-file-size"]) ?? configMaxFileSize ?? DEFAULT_SCAN_OPTIONS.maxFileSize
    },
    overrides,
    inputConcurrency: parseConcurrency(flags.concurrency) ?? settings.concurrency ?? DEFAULT_MIGRATION_OPTIONS.inputConcurrency
  };
  if (crd !== void 0) options.crd = crd;
  const installedRuntimes = parseInstalledRuntimes(flags["installed-runtimes"]) ?? settings.installedRuntimes;
  if (installedRuntimes !== void 0) options.installedRuntimes = installedRuntimes;
  const generateRuntimes2 = flags["generate-runtimes"] ?? settings.generateRuntimes;
  if (generateRuntimes2 !== void 0) options.generateRuntimes = generateRuntimes2;
  return options;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/model/behaviour-report.ts
var GROUPED_FINDING_CODES = ["V1_ENV_ADDED", "ENTRYPOINT_NPROC"];

// src/report/summarize.ts
function fileStatusOf(file, changed) {
  if (file.error) return "error";
  if (file.jobs.some((job) => job.status === "error" || job.status === "needs-review")) return "needs-review";
  if (changed) return "converted";
  if (file.skipReason || file.jobs.length > 0 && file.jobs.every((job) => job.status === "skipped")) {
    return "skipped";
  }
  return "unchanged";
}
function summarize(files, inputs) {
  const jobs = files.flatMap((file) => file.jobs);
  const count = (status) => jobs.filter((job) => job.status === status).length;
  return {
    files: files.length,
    filesWithJobs: files.filter((file) => file.jobs.length > 0).length,
    jobs: jobs.length,
    converted: count("converted"),
    needsReview: count("needs-review"),
    skipped: count("skipped"),
    errors: files.filter((file) => file.status === "error").length + count("error") + inputs.filter((input) => input.status === "error").length
  };
}
function needsAttention(summary) {
  return summary.needsReview > 0 || summary.errors > 0;
}
var FINDINGS_SHOWN_ONCE = /* @__PURE__ */ new Set([
  "RUNTIME_NOT_FOUND",
  ...GROUPED_FINDING_CODES
]);

// src/report/behaviour.ts
var MAX_JOBS_LISTED = 10;
function jobName(job) {
  const name = job.namespace ? `${job.namespace}/${job.name}` : job.name;
  return job.detail ? `${name} (${job.detail})` : name;
}
function jobList(jobs, quote) {
  const shown3 = jobs.slice(0, MAX_JOBS_LISTED).map((job) => quote(jobName(job)));
  const more = jobs.length - shown3.length;
  return `${shown3.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
function sectionOf(report) {
  const behaviour = report.gitops?.behaviour;
  if (!behaviour || Object.keys(behaviour.changes ?? {}).length === 0) return void 0;
  return behaviour;
}
function behaviourText(report) {
  const behaviour = sectionOf(report);
  if (!behaviour) return "";
  const lines = ["Behaviour that changes for every job under Trainer v2:"];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(`  - ${change.change} To do: ${change.todo}`);
    if (change.jobs && change.topic !== "pod-names")
      lines.push(`    Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, String)}`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(
      `  - [${note.code}] ${note.text}`,
      `    ${note.jobs.length} job(s): ${jobList(note.jobs, String)}`
    );
  }
  if (behaviour.oldPodSelectors.length > 0) lines.push("  Objects that still select the v1 pods:");
  for (const item of behaviour.oldPodSelectors) {
    const where = item.line ? `${item.path}:${item.line}` : item.path;
    lines.push(`  - ${where} ${item.kind} ${item.name}: matches ${item.matches}; use ${item.useInstead}`);
  }
  return lines.join("\n");
}
function behaviourMarkdown(report, { code, escape: prose, cell }) {
  const behaviour = sectionOf(report);
  if (!behaviour) return "";
  const lines = ["### Behaviour that changes for every job", ""];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(
      `- ${escapeKeepingCode(change.change, prose)} **To do:** ${escapeKeepingCode(change.todo, prose)}`
    );
    if (change.jobs && change.topic !== "pod-names")
      lines.push(`  - Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, code)}.`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(`- ${prose(note.text)}`, `  - ${note.jobs.length} job(s): ${jobList(note.jobs, code)}.`);
  }
  if (behaviour.oldPodSelectors.length > 0) {
    lines.push(
      "",
      "#### Objects that still select the v1 pods",
      "",
      "| Object | Matches | Use instead |",
      "| --- | --- | --- |"
    );
    for (const item of behaviour.oldPodSelectors) {
      const where = item.line ? `${item.path}:${item.line}` : item.path;
      lines.push(
        `| ${cell(`${item.kind} ${item.name}`)} (${code(where)}) | ${code(item.matches)} | ${cell(item.useInstead)} |`
      );
    }
  }
  return lines.join("\n");
}
function escapeKeepingCode(text, prose) {
  return text.split(/(`[^`]*`)/).map((part) => part.startsWith("`") ? part : prose(part)).join("");
}

// src/report/rule-help.ts
var DOCS_URL = package_default.homepage.replace(/#.*$/, "");
var RULES = {
  PYTORCHJOB_CONVERTIBLE: {
    title: "PyTorchJob converts exactly to a TrainJob",
    help: "A kubeflow.org/v1 PyTorchJob that converts exactly to a Trainer v2 TrainJob. Run `trainjob-migrate convert --write`, or let the Action open the pull request."
  },
  PYTORCHJOB_CONVERTED: {
    title: "PyTorchJob rewritten as a TrainJob",
    help: "The PyTorchJob was rewritten as a TrainJob. Review the diff before merging."
  },
  FILE_ERROR: {
    title: "File could not be read",
    help: "The file could not be read or parsed. Fix the YAML or JSON at the given line, then run again."
  },
  NOT_A_PYTORCHJOB: { title: "Not a PyTorchJob", help: "The document is not a PyTorchJob; nothing to do." },
  KUSTOMIZE_OVERLAY: {
    title: "Kustomize overlay cannot be carried over",
    help: "A kustomize overlay patches the job in a way that cannot be carried over to the TrainJob, so the base and its overlays stay PyTorchJobs. Carry the overlay over by hand, then run again."
  },
  KUSTOMIZE_REMOTE: {
    title: "Kustomization uses a remote base",
    help: "A kustomization pulls a remote base that was not built. Check the remote base for PyTorchJobs."
  },
  KUSTOMIZE_BUILD: {
    title: "Kustomize build check failed",
    help: "The kustomization did not build to the same jobs before and after the rewrite, so its jobs were left as they are. Read the build message and fix the kustomization."
  },
  KUSTOMIZE_IMAGE_OVERRIDE: {
    title: "Kustomize image override",
    help: "An `images:` override reaches the job. Check that the field spec the tool added keeps it working on the TrainJob."
  },
  INVALID_PYTORCHJOB: {
    title: "PyTorchJob does not match its schema",
    help: "The PyTorchJob does not match the kubeflow.org/v1 schema. Fix it before converting."
  },
  UNSUPPORTED_API_VERSION: {
    title: "Not kubeflow.org/v1",
    help: "Only kubeflow.org/v1 PyTorchJobs are converted. Move the job to v1 first."
  },
  ELASTIC_POLICY: {
    title: "Elastic policy has no TrainJob equivalent",
    help: "Elastic training has no TrainJob equivalent: a TrainJob runs a fixed number of nodes. Remove elasticPolicy and choose the node count, or keep the job on v1."
  },
  HETEROGENEOUS_REPLICAS: {
    title: "Master and Worker pods differ",
    help: "Master and Worker pods differ; a TrainJob runs identical nodes. Make them equal, or use a runtime of your own."
  },
  UNKNOWN_REPLICA_TYPE: {
    title: "Replica type other than Master and Worker",
    help: "Only Master and Worker replicas map to TrainJob nodes. Review the other replica types."
  },
  MASTER_REPLICAS_NOT_ONE: {
    title: "Master replicas is not 1",
    help: "A PyTorchJob Master must have one replica. Fix the replica count."
  },
  NO_TRAINER_CONTAINER: {
    title: "No pytorch container",
    help: "No container named `pytorch` was found. Name the training container `pytorch`."
  },
  EXTRA_CONTAINERS: {
    title: "Sidecar containers",
    help: "Sidecar containers need a runtime that has them. Run with --generate-runtimes, or add them to a runtime of your own."
  },
  INIT_CONTAINERS: {
    title: "Init containers",
    help: "Init containers need a runtime patch (Trainer 2.2+) or a runtime that has them. Run with --generate-runtimes, or choose a newer --trainer-version."
  },
  RESTART_POLICY: {
    title: "Restart policy",
    help: "The restart policy is set by the runtime in v2. Run with --generate-runtimes for a runtime that keeps it, or check that the default runtime matches your needs."
  },
  ENV_FROM: {
    title: "envFrom",
    help: "envFrom cannot be carried into the trainer. Move the variables into `env`, or run with --generate-runtimes."
  },
  RESERVED_ENV: {
    title: "Reserved PET_* variable",
    help: "The variable is set by the Trainer torch plugin and the webhook rejects it in spec.trainer.env. Remove it."
  },
  SUSPECT_DISTRIBUTED_ENV: {
    title: "Hand-made distributed variables",
    help: "The variable looks like hand-made distributed setup, which the Trainer now sets. Check it."
  },
  CONTAINER_FIELD: {
    title: "Container field with no TrainJob place",
    help: "A container field has no place in the TrainJob. Run with --generate-runtimes to carry it in a runtime, or drop it."
  },
  POD_FIELD: {
    title: "Pod field",
    help: "A pod field the TrainJob cannot set for the target release. Set it in a runtime (--generate-runtimes writes one), or check the patch the tool wrote when it is only a note."
  },
  POD_FIELD_UNSUPPORTED_BY_TARGET: {
    title: "Pod field not patchable in the target release",
    help: "The target Trainer release cannot patch this pod field. Choose a newer --trainer-version, or run with --generate-runtimes."
  },
  RUN_POLICY: {
    title: "runPolicy field",
    help: "A runPolicy field has no TrainJob equivalent. Run with --generate-runtimes to carry it in a runtime, or drop it."
  },
  CLEAN_POD_POLICY: {
    title: "cleanPodPolicy",
    help: "cleanPodPolicy is decided by the runtime in v2. Check that the runtime keeps the pods you need."
  },
  SCHEDULING_POLICY: {
    title: "Scheduling policy",
    help: "Gang scheduling moves to the runtime podGroupPolicy. Configure it there."
  },
  NPROC_PER_NODE: {
    title: "nprocPerNode",
    help: "nprocPerNode changed type and defaults across Trainer releases. Check the emitted value."
  },
  MANAGED_BY: {
    title: "managedBy",
    help: "managedBy values differ in v2. Check the emitted controller name."
  },
  NAME_INVALID: {
    title: "Name is not a valid TrainJob name",
    help: "TrainJob names must be RFC 1035 labels of at most 63 characters. Rename the job."
  },
  UNKNOWN_FIELD: {
    title: "Unknown field",
    help: "A field unknown to the PyTorchJob schema was found. Remove or move it."
  },
  TORCHRUN_MISSING: {
    title: "Distributed job without torchrun",
    help: "The job is distributed but its command does not start torchrun, and Trainer v2 only sets the PET_* variables torchrun reads. Start training through torchrun."
  },
  DEPRECATED_LAUNCHER: {
    title: "torch.distributed.launch",
    help: "The command uses python -m torch.distributed.launch, deprecated in favour of torchrun. Switch to torchrun."
  },
  STATUS_DROPPED: {
    title: "Status not carried over",
    help: "The status block is not carried over; it belongs to the cluster, not to Git."
  },
  LOSSY_CONVERSION: {
    title: "Converted with losses",
    help: "Something could not be carried over exactly (written because --allow-lossy was given). Review the other findings of the job."
  },
  SCHEMA_INVALID: {
    title: "TrainJob fails its schema",
    help: "The emitted TrainJob does not validate against the TrainJob schema, its CEL rules or the Trainer webhook rules, so it was not written. Review the finding."
  },
  RUNTIME_REQUIRED: {
    title: "Needs a runtime of its own",
    help: "The job needs a runtime of its own. Run with --generate-runtimes to write a ClusterTrainingRuntime beside it, or name an existing one with --runtime."
  },
  KATIB_TRIAL_TEMPLATE: {
    title: "Katib trial template",
    help: "A Katib trial template runs this PyTorchJob. Convert the template and the Katib trial resources together."
  },
  TEMPLATED_FIELD: {
    title: "Templated field",
    help: "A template expression shapes the job, so it cannot be rewritten as YAML. Convert it by hand."
  },
  EDIT_UNSUPPORTED: {
    title: "YAML the tool cannot edit",
    help: "The file uses YAML the tool cannot edit safely. Convert this job by hand."
  },
  VERIFY_FAILED: {
    title: "Rewrite failed its checks",
    help: "The rewritten file did not pass the checks, so it was not changed. Please report the file."
  },
  SIDE_BY_SIDE_EXISTS: {
    title: "Side-by-side TrainJob exists",
    help: "The side-by-side TrainJob already exists beside the PyTorchJob; nothing was added."
  },
  RUNTIME_GENERATED: {
    title: "Converted against a generated runtime",
    help: "The job was converted against a ClusterTrainingRuntime generated from its runtime-level settings. Review the runtime file and deploy it with the job."
  },
  ARGO_IGNORE_DIFFERENCES: {
    title: "Argo CD ignoreDifferences keyed to PyTorchJob",
    help: "An Argo CD ignoreDifferences entry names kubeflow.org/PyTorchJob. Add the TrainJob equivalent the report gives, or the app shows drift after the merge."
  },
  ARGO_HEALTH_CHECK: {
    title: "Argo CD health check keyed to PyTorchJob",
    help: "An Argo CD health check names kubeflow.org/PyTorchJob. Add the TrainJob health check the report gives."
  },
  ARGO_RESOURCE_CUSTOMIZATION: {
    title: "Argo CD resource customisation keyed to PyTorchJob",
    help: "An Argo CD resource customisation names kubeflow.org/PyTorchJob. Add the same for trainer.kubeflow.org/TrainJob."
  },
  FLUX_HEALTH_CHECK: {
    title: "Flux health check keyed to PyTorchJob",
    help: "A Flux health check names kubeflow.org/PyTorchJob. Point it at the TrainJob, with the check the report gives."
  },
  FLUX_PATCH_TARGET: {
    title: "Flux patch targets PyTorchJob",
    help: "A Flux Kustomization patch targets kind PyTorchJob. Retarget it at the TrainJob fields."
  },
  RUNTIME_NOT_FOUND: {
    title: "Runtime not found",
    help: "No manifest defines the runtime the TrainJob references. Install it in the cluster (and list it with --installed-runtimes), or run with --generate-runtimes."
  },
  V1_ENV_ADDED: {
    title: "v1's variables added to trainer.env",
    help: "v1's RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and PYTHONUNBUFFERED were added to trainer.env with the values v1 gave, so a program that reads them runs the same. Keep WORLD_SIZE in step with numNodes when an overlay changes the node count."
  },
  V1_ENV: {
    title: "v1's variables cannot be carried exactly",
    help: "v1's variables cannot be added to trainer.env exactly (a name clash or a reference v1 shadowed). Follow the finding, then convert again."
  },
  ENV_REFERENCE: {
    title: "$(VAR) reference resolves differently",
    help: "A $(VAR) reference in command, args or env would resolve differently under v2. Write the value, or escape it as $$(VAR), then convert again."
  },
  ENTRYPOINT_NPROC: {
    title: "Entrypoint may need numProcPerNode",
    help: "The image entrypoint is not visible; if it starts torchrun on CPU-only nodes, set numProcPerNode in the TrainJob to their CPU count."
  },
  RUNTIME_DEFAULT_COMMAND: {
    title: "Trainer 2.0 runtime command replaces the entrypoint",
    help: "Trainer 2.0's torch-distributed runtime has a command of its own that would replace the image entrypoint. Set command in the PyTorchJob, or target Trainer 2.1 or later (--trainer-version)."
  },
  WORKER_ONLY_RENDEZVOUS: {
    title: "Worker-only torchrun without rendezvous",
    help: "torchrun on Worker-only pods had no node rank or master address under v1, so the pods could not have trained together. Add a Master replica or --rdzv-endpoint/--rdzv-backend, then convert again."
  },
  RUNTIME_CHANGES_PODS: {
    title: "Runtime changes what the pods run",
    help: "The runtime the TrainJob would reference is defined in the repository and adds pod settings the PyTorchJob did not have, so the job would not run the same. Point the job at a runtime that adds nothing (--runtime), or set the same in the PyTorchJob, then convert again."
  },
  VALUE_RESTYLED: {
    title: "Carried value restyled",
    help: "A carried value could not keep its source text in its new place, so its value is written instead; the job still runs the same. Review the restyled value in the diff."
  }
};
var isRuleId = (id) => Object.hasOwn(RULES, id);
function ruleHelp(id) {
  return isRuleId(id) ? RULES[id].help : `See the finding message for what to do about ${id}.`;
}
function ruleTitle(id) {
  return isRuleId(id) ? RULES[id].title : id;
}
function ruleHelpUri(id) {
  return `${DOCS_URL}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

// src/report/validation-words.ts
function describe(entry) {
  if (entry.source === "crd") return `the TrainJob CRD ${entry.schema} (--crd)`;
  if (entry.source === "repository") return `the TrainJob CRD in the repository, ${entry.schema}`;
  const rules = entry.celRules === void 0 ? "" : `, ${entry.celRules} CEL rules`;
  return `the Trainer ${entry.release} schema ${entry.schema} (from ${entry.upstream ?? "the upstream CRD"}${rules})`;
}
function validationSentence(report) {
  const entries = report.inputs.flatMap((input) => input.validation ?? []);
  const unique = [...new Map(entries.map((entry) => [describe(entry), entry])).keys()];
  if (unique.length === 0) return void 0;
  return `TrainJobs validated against ${unique.join("; ")}, and the Trainer webhook's own rules.`;
}

// src/report/markdown.ts
var GITHUB_BODY_LIMIT = 65536;
var DEFAULT_MARKDOWN_TITLE = "PyTorchJob \u2192 TrainJob migration";
var gitopsOnly = (section) => (report, opts) => opts.gitops === false ? "" : section(report, opts);
var SECTIONS = [
  (_report, opts) => `## ${escapeText(opts.title ?? DEFAULT_MARKDOWN_TITLE)}`,
  (report, opts) => intro(report, opts),
  (report, opts, budget) => budget.jobTable ? jobTable(report, opts) : "",
  (report, opts, budget) => findingsByCause(report, opts, budget),
  (report) => validationSentence(report) ?? "",
  gitopsOnly((report) => behaviourMarkdown(report, { code: codeSpan, escape: escapeText, cell: escapeCell })),
  gitopsOnly(gitopsSection),
  gitopsOnly(kustomizeSection),
  gitopsOnly(appsSection),
  gitopsOnly(runtimesSection),
  (report, opts, budget) => opts.diffs === false ? "" : diffsSection(report, budget),
  (report, opts, budget) => trimmedNote(report, budget, opts),
  (_report, opts) => opts.marker ?? ""
];
function renderMarkdown(report, opts = {}) {
  const maxLength = opts.maxLength ?? GITHUB_BODY_LIMIT;
  const budget = { findingDetails: true, omittedDiffs: /* @__PURE__ */ new Set(), jobTable: true };
  let text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.findingDetails = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  const withDiffs = report.files.filter((file) => Boolean(file.diff)).sort((a, b) => b.diff.length - a.diff.length);
  let excess = text.length - maxLength;
  for (const file of withDiffs) {
    if (excess <= 0) {
      text = renderWith(report, opts, budget);
      if (text.length <= maxLength) return text;
      excess = text.length - maxLength;
    }
    budget.omittedDiffs.add(file.path);
    excess -= diffBlock(file).length - file.path.length - 4;
  }
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.jobTable = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  return truncate(text, maxLength, opts.marker);
}
function renderWith(report, opts, budget) {
  const sections = SECTIONS.map((section) => section(report, opts, budget));
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
function intro(report, opts) {
  const s = report.summary;
  if (s.jobs === 0 && s.errors === 0) return "No PyTorchJob (`kubeflow.org/v1`) was found.";
  const counts = `${s.files} ${plural(s.files, "file")}, ${s.jobs} ${plural(s.jobs, "PyTorchJob")}: ${s.converted} converted, ${s.needsReview} need review, ${s.skipped} skipped, ${s.errors} ${plural(s.errors, "error")}.`;
  if (s.converted === 0) return `${counts} Nothing was converted.`;
  const what = opts.written ? `${s.converted === 1 ? "The converted PyTorchJob was" : "The converted PyTorchJobs were"} rewritten in place` : `Dry run, nothing was written: ${s.converted === 1 ? "the converted PyTorchJob would be" : "the converted PyTorchJobs would be"} rewritten in place`;
  return `${counts} ${what} as Kubeflow Trainer v2 \`TrainJob\`s (\`trainer.kubeflow.org/v1alpha1\`), keeping comments and formatting.`;
}
var STATUS_WORDS = {
  converted: "converted",
  "needs-review": "needs review",
  skipped: "skipped",
  error: "error",
  "file-error": "error",
  "file-skipped": "skipped"
};
var short = (text, length = 120) => text.length > length ? `${text.slice(0, length - 1).trimEnd()}\u2026` : text;
function whatWasDone(job, opts) {
  const blockers = [...new Set(job.findings.filter((f) => f.severity === "error").map((f) => f.code))];
  switch (job.status) {
    case "converted": {
      const done = opts.written ? "rewritten as a TrainJob" : "would be rewritten as a TrainJob";
      const nodes = job.numNodes === void 0 ? "" : `, ${job.numNodes} ${plural(job.numNodes, "node")}`;
      const runtime = job.runtime ? `, runtime \`${escapeCell(job.runtime)}\`` : "";
      return `${done}${nodes}${runtime}; ${lineChange(job.linesBefore, job.linesAfter)}`;
    }
    case "needs-review":
      return `left as it is: ${blockers.map((code) => `\`${code}\``).join(", ") || "see the findings"}`;
    default: {
      const first = job.findings.find((f) => f.severity === "error") ?? job.findings[0];
      return `left as it is${first ? `: ${escapeCell(short(first.message))}` : ""}`;
    }
  }
}
function jobTable(report, opts) {
  const rows = [];
  for (const file of report.files) {
    for (const job of file.jobs) {
      rows.push(
        `| ${fileRef(file.path, job.line, opts)} | ${escapeCell(job.name)} | ${STATUS_WORDS[job.status]} | ${whatWasDone(job, opts)} |`
      );
    }
    if (file.error) {
      const line = file.error.line ?? 1;
      rows.push(
        `| ${fileRef(file.path, line, opts)} | | ${STATUS_WORDS["file-error"]} | could not be read: ${escapeCell(short(file.error.message))} |`
      );
    } else if (file.skipReason && file.jobs.length === 0) {
      rows.push(
        `| ${fileRef(file.path, 1, opts)} | | ${STATUS_WORDS["file-skipped"]} | ${escapeCell(short(file.skipReason))} |`
      );
    }
  }
  if (rows.length === 0) return "";
  return [
    "### Jobs",
    "",
    "| File | Job | Status | What was done |",
    "| --- | --- | --- | --- |",
    ...rows
  ].join("\n");
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function causesOf(report) {
  const causes = /* @__PURE__ */ new Map();
  for (const file of report.files) {
    for (const job of file.jobs) {
      for (const finding2 of job.findings) {
        if (FINDINGS_SHOWN_ONCE.has(finding2.code)) continue;
        const cause = causes.get(finding2.code) ?? {
          code: finding2.code,
          severity: finding2.severity,
          items: []
        };
        if (SEVERITY_RANK[finding2.severity] < SEVERITY_RANK[cause.severity])
          cause.severity = finding2.severity;
        cause.items.push({ file, job, finding: finding2 });
        causes.set(finding2.code, cause);
      }
    }
  }
  const jobCount = (cause) => new Set(cause.items.map(({ file, job }) => `${file.path}:${job.line}`)).size;
  return [...causes.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || jobCount(b) - jobCount(a) || (a.code < b.code ? -1 : 1)
  );
}
var NAMES_SHOWN = 8;
function actionFor(cause, report) {
  const action = ruleHelp(cause.code);
  const runtimeCarries = cause.items.some(({ finding: finding2 }) => finding2.runtimeSetting !== void 0);
  if (!runtimeCarries || report.options.generateRuntimes === true) return escapeText(action);
  return `${escapeText(action)} When this is all that holds a job back, \`--generate-runtimes\` converts it against a ClusterTrainingRuntime generated beside it.`;
}
function findingsByCause(report, opts, budget) {
  const causes = causesOf(report);
  if (causes.length === 0) return "";
  const lines = ["### Findings by cause"];
  for (const cause of causes) {
    const jobs = [
      ...new Map(cause.items.map(({ file, job }) => [`${file.path}:${job.line}`, job.name])).values()
    ];
    const names = [...new Set(jobs)];
    const shown3 = names.slice(0, NAMES_SHOWN).map(codeSpan).join(", ");
    const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
    lines.push(
      "",
      `- **\`${cause.code}\`** (${SEVERITY_WORDS[cause.severity].toLowerCase()}), ${jobs.length} ${plural(jobs.length, "job")}: ${shown3}${more}.`,
      `  ${actionFor(cause, report)}`
    );
    if (budget.findingDetails) {
      lines.push(
        "",
        "  <details><summary>Each finding</summary>",
        "",
        ...cause.items.map(
          ({ file, job, finding: finding2 }) => `  - ${fileRef(file.path, job.line, opts)} **${escapeText(job.name)}**: ${escapeText(finding2.message)}${finding2.path ? ` (${codeSpan(finding2.path)})` : ""}`
        ),
        "",
        "  </details>"
      );
    }
  }
  return lines.join("\n");
}
var jobsWith = (report, statuses) => report.files.flatMap(
  (file) => file.jobs.filter((job) => statuses.includes(job.status)).map((job) => ({ file, job }))
);
function lineChange(before, after) {
  const counts = `${before} \u2192 ${after} lines`;
  if (before <= 0 || before === after) return counts;
  const percent = Math.round(Math.abs(before - after) / before * 100);
  return `${counts} (${percent}% ${after < before ? "fewer" : "more"})`;
}
var SEVERITY_WORDS = {
  error: "Blocks conversion",
  warning: "Check",
  info: "Note"
};
function findingText(finding2) {
  const where = finding2.path ? ` (${codeSpan(finding2.path)})` : "";
  return `${SEVERITY_WORDS[finding2.severity]}: ${escapeText(finding2.message)}${where}`;
}
function gitopsSection(report) {
  const converted = jobsWith(report, ["converted"]).map(({ job }) => job);
  if (converted.length === 0) return "";
  const runtimes = [...new Set(converted.map((job) => job.runtime).filter((r) => Boolean(r)))];
  const runtimeKind = optionValue(report, "runtimeKind") ?? "ClusterTrainingRuntime";
  const strategy = optionValue(report, "strategy") ?? "replace";
  const names = runtimes.length > 0 ? runtimes.map(codeSpan).join(", ") : "they reference";
  const notes = [
    `- **The runtime must exist first.** The TrainJobs use the ${runtimeKind} ${names}. The Trainer's validating webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves the built-in runtimes off by default (\`runtimes.defaultEnabled: false\`): install or enable it before this syncs.`
  ];
  if (strategy === "side-by-side") {
    notes.push(
      "- **Side by side.** The PyTorchJobs stay and each TrainJob is added under a new name. Creating a TrainJob starts a new training run; remove the PyTorchJobs in a later change once the TrainJobs are proven."
    );
  } else {
    notes.push(
      "- **Merging deletes the PyTorchJobs.** A kind change is a delete and a create. With pruning on (Argo CD `syncPolicy.automated.prune: true`, Flux `spec.prune: true`) each PyTorchJob is deleted, which stops a training that is still running, and each TrainJob starts a new run. Consider `--strategy side-by-side`, or suspend or finish the running jobs before merging."
    );
  }
  notes.push(
    "- **TrainJob specs are immutable.** Later edits to `spec.trainer` or `spec.runtimeRef` are rejected on apply; they need Argo CD `Replace=true` or Flux `kustomize.toolkit.fluxcd.io/force: enabled`."
  );
  return ["### Before merging", "", ...notes].join("\n");
}
var KUSTOMIZE_BUILD_WORDS = {
  passed: "builds to the same jobs before and after",
  failed: "**the build check failed**",
  "not-run": "not built"
};
function kustomizeSection(report, opts) {
  const section = report.gitops?.kustomize;
  const affected = section?.kustomizations.filter((k) => k.status !== "unaffected") ?? [];
  if (!section || affected.length === 0) return "";
  const lines = ["### Kustomize overlays", ""];
  const checker = section.binary ? `Each kustomization was built before and after the rewrite with \`${section.binary}\`${section.version ? ` (${escapeText(section.version)})` : ""}.` : "**No kustomize or kubectl binary was found, so no kustomization was built to check the rewrite.**";
  lines.push(checker, "");
  for (const k of affected) {
    const build = KUSTOMIZE_BUILD_WORDS[k.build];
    const why = k.buildMessage ? ` (${escapeText(k.buildMessage)})` : "";
    lines.push(`- ${fileRef(k.path, 1, opts)}: ${k.status}; ${build}${why}.`);
    for (const o of k.overrides.filter((o2) => o2.outcome !== "unchanged")) {
      lines.push(
        `  - ${codeSpan(o.style)} ${fileRef(o.path, o.line ?? 1, opts)} ${o.outcome}: ${escapeText(o.message)}`
      );
    }
    for (const finding2 of k.findings) lines.push(`  - ${findingText(finding2)}`);
  }
  return lines.join("\n");
}
var EFFECT_WORDS = {
  "deletes-and-restarts": "deletes the PyTorchJob, starts a new run",
  "old-job-stays": "adds the TrainJob, the PyTorchJob stays",
  "manual-sync": "syncs by hand",
  "runs-alongside": "adds the TrainJob alongside",
  "no-jobs": "applies the changed files"
};
function syncWords(app) {
  const { syncPolicy: policy } = app;
  const prune = `prune ${policy.prune ? "on" : "off"}`;
  if (app.controller !== "argocd")
    return policy.automated ? `reconciles on its interval, ${prune}` : "suspended";
  if (!policy.automated) return "manual sync";
  return ["automated", prune, ...policy.selfHeal ? ["self-heal"] : []].join(", ");
}
function appsSection(report, opts) {
  const section = report.gitops?.apps;
  if (!section) return "";
  const affected = section.apps.filter((app) => app.effect !== "unaffected" && app.effect !== "unresolved");
  const unresolved = section.apps.filter((app) => app.effect === "unresolved");
  const lines = ["### Argo CD and Flux", ""];
  if (affected.length === 0)
    lines.push("No Argo CD or Flux object in the repository deploys the changed files.");
  for (const app of affected) {
    const title = `${app.controller === "argocd" ? "Argo CD" : "Flux"} ${app.kind} **${escapeText(app.name)}**`;
    lines.push(
      `- ${title} (${fileRef(app.path, app.line, opts)}; ${syncWords(app)}): ${EFFECT_WORDS[app.effect] ?? app.effect}. ${escapeText(app.message)}`
    );
    if (app.recommendation) lines.push(`  - Recommended: ${escapeText(app.recommendation)}`);
    if (app.approximate) {
      lines.push("  - Mapped by folder: what its kustomization includes from elsewhere was not followed.");
    }
  }
  for (const app of unresolved) {
    lines.push(
      `- ${app.kind} **${escapeText(app.name)}** (${fileRef(app.path, app.line, opts)}): ${escapeText(app.message)}`
    );
  }
  const deployed = new Set(affected.flatMap((app) => app.changedFiles));
  const orphans = jobsWith(report, ["converted"]).filter(({ file }) => !deployed.has(file.path));
  if (affected.length > 0 && orphans.length > 0) {
    const paths = [...new Set(orphans.map(({ file }) => codeSpan(file.path)))];
    lines.push(`- No app found for ${paths.join(", ")}: check how they are deployed.`);
  }
  if (section.customisations.length > 0) {
    lines.push("", "#### Settings keyed to `kubeflow.org/PyTorchJob`", "");
    for (const item of section.customisations) {
      lines.push(
        `- ${fileRef(item.path, item.line, opts)} ${codeSpan(item.field)}: ${escapeText(item.message)}`
      );
      if (item.equivalent) {
        const fence = fenceFor(item.equivalent);
        lines.push(
          "",
          "  <details><summary>TrainJob equivalent</summary>",
          "",
          `  ${fence}yaml`,
          ...item.equivalent.replace(/\n$/, "").split("\n").map((line) => `  ${line}`),
          `  ${fence}`,
          "",
          "  </details>"
        );
      }
    }
  }
  return lines.join("\n");
}
var RUNTIME_STATUS_WORDS = {
  defined: "defined in",
  installed: "listed as installed",
  generated: "generated in",
  missing: "not found"
};
function runtimesSection(report) {
  const section = report.gitops?.runtimes;
  if (!section || section.runtimes.length === 0 && !section.notes?.length) return "";
  const lines = ["### Runtimes", ""];
  for (const runtime of section.runtimes) {
    const jobs = `${runtime.jobs.length} ${plural(runtime.jobs.length, "TrainJob")}`;
    const where = runtime.path ? ` ${codeSpan(runtime.line ? `${runtime.path}:${runtime.line}` : runtime.path)}` : "";
    lines.push(
      `- ${runtime.kind} ${codeSpan(runtime.name)} (${jobs}): ${RUNTIME_STATUS_WORDS[runtime.status] ?? runtime.status}${where}.`
    );
    if (runtime.settings)
      lines.push(`  - Carries, beyond torch-distributed: ${codeSpan(JSON.stringify(runtime.settings))}.`);
    for (const finding2 of runtime.findings) lines.push(`  - ${findingText(finding2)}`);
  }
  for (const note of section.notes ?? []) lines.push(`- ${escapeText(note)}`);
  return lines.join("\n");
}
function optionValue(report, key) {
  const options = report.options;
  const direct = options[key];
  if (typeof direct === "string") return direct;
  const convert = options.convert;
  if (convert && typeof convert === "object") {
    const nested = convert[key];
    if (typeof nested === "string") return nested;
  }
  return void 0;
}
function diffsSection(report, budget) {
  const blocks = report.files.filter((file) => Boolean(file.diff)).filter((file) => !budget.omittedDiffs.has(file.path)).map(diffBlock);
  if (blocks.length === 0) return "";
  return ["### Changes", "", blocks.join("\n\n")].join("\n");
}
function diffBlock(file) {
  const { added, removed } = diffStat(file.diff);
  const fence = fenceFor(file.diff);
  return [
    `<details><summary><code>${escapeHtml(file.path)}</code> (+${added} \u2212${removed})</summary>`,
    "",
    `${fence}diff`,
    file.diff.replace(/\n$/, ""),
    fence,
    "",
    "</details>"
  ].join("\n");
}
function trimmedNote(report, budget, opts) {
  const left = [];
  if (budget.omittedDiffs.size > 0) {
    const paths = report.files.filter((f) => budget.omittedDiffs.has(f.path)).map((f) => codeSpan(f.path));
    left.push(`the diffs of ${paths.join(", ")}`);
  }
  if (!budget.findingDetails) left.push("each finding of each job (the causes above stay)");
  if (!budget.jobTable) left.push("the table of jobs");
  if (left.length === 0) return "";
  const limit = Number.isFinite(opts.maxLength) ? ` ${opts.maxLength?.toLocaleString("en-US")}-character` : "";
  return `> [!NOTE]
> Left out to stay under the${limit} limit: ${left.join("; ")}. The pull request's file view has every diff, and \`--format text\` or \`json\` every finding.`;
}
function truncate(text, maxLength, marker) {
  const tail = `

> [!NOTE]
> Cut short to stay under the limit; the commit on the branch has the full change.
${marker ? `
${marker}
` : ""}`;
  return `${text.slice(0, Math.max(0, maxLength - tail.length))}${tail}`;
}
function diffStat(diff) {
  let added = 0;
  let removed = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++")) added++;
    else if (line.startsWith("-") && !line.startsWith("---")) removed++;
  }
  return { added, removed };
}
function fenceFor(content) {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function fileRef(path, line, opts) {
  const label = `${escapeCell(path)}:${line}`;
  const link3 = opts.fileLink?.(path, line);
  return link3 ? `[${label.replace(/[[\]]/g, "\\$&")}](${link3.replace(/[()\s]/g, encodeURIComponent)})` : label;
}
function codeSpan(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text.replace(/\r?\n/g, " ")}${pad}${ticks}`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function escapeText(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCell(text) {
  return escapeText(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/`/g, "\\`");
}
var plural = (count, word) => count === 1 ? word : `${word}s`;

// src/run.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { mkdtemp as mkdtemp2, realpath as realpath3, rm as rm2, stat as stat4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename, dirname as dirname5, join as join7, resolve as resolve4 } from "node:path";

// src/fs/run-lock.ts
import { createHash } from "node:crypto";
import { link, mkdir, readFile as readFile2, realpath as realpath2, stat as stat2, unlink } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { dirname as dirname2, join as join2, resolve as resolve3 } from "node:path";
var RunLockedError = class extends UserError {
  constructor(message) {
    super(message, { exitCode: 1 });
  }
};
var UNREADABLE_LOCK_STALE_MS = 1e4;
async function acquireRunLock(root, note) {
  const rootReal = await realpath2(root);
  const path = await lockPathFor(rootReal);
  const owner = {
    pid: process.pid,
    host: hostname(),
    started: (/* @__PURE__ */ new Date()).toISOString(),
    command: process.argv.slice(1).join(" "),
    root: rootReal
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(path, owner)) return { path, release: () => releaseLock(path) };
    const holder = await readOwner(path);
    if (holder === "gone") continue;
    if (holder === "unreadable") {
      const age = Date.now() - ((await stat2(path).catch(() => void 0))?.mtimeMs ?? 0);
      if (age < UNREADABLE_LOCK_STALE_MS) throw lockedBy(path, rootReal, void 0);
      note(`took over the write lock ${path}: it held no owner and is ${Math.round(age / 1e3)} s old.`);
    } else if (isAlive(holder)) {
      throw lockedBy(path, rootReal, holder);
    } else {
      note(
        `took over the write lock ${path} of an interrupted run (pid ${holder.pid}, started ${holder.started}); its process is gone.`
      );
    }
    await unlink(path).catch(() => void 0);
  }
  throw lockedBy(path, rootReal, void 0);
}
async function tryCreate(path, owner) {
  await mkdir(dirname2(path), { recursive: true, mode: 448 });
  const temp = tempPathBeside(path);
  try {
    await writeAndSync(temp, `${JSON.stringify(owner)}
`, void 0);
    await link(temp, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw new UserError(`cannot take the write lock ${path}: ${error.message}.`, { exitCode: 1 });
  } finally {
    await unlink(temp).catch(() => void 0);
  }
}
async function readOwner(path) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    return error.code === "ENOENT" ? "gone" : "unreadable";
  }
  try {
    const owner = JSON.parse(text);
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? owner : "unreadable";
  } catch {
    return "unreadable";
  }
}
function isAlive(owner) {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function lockedBy(path, root, owner) {
  const who = owner === void 0 ? "another run" : `another run (pid ${owner.pid} on ${owner.host}, started ${owner.started}: ${owner.command})`;
  return new RunLockedError(
    `${root}: ${who} is writing here; nothing was written. Wait for it to finish and run again, or, if no such run is going on, remove ${path}.`
  );
}
async function releaseLock(path) {
  const holder = await readOwner(path);
  if (typeof holder === "object" && holder.pid === process.pid && holder.host === hostname()) {
    await unlink(path).catch(() => void 0);
  }
}
async function lockPathFor(rootReal) {
  const name = `trainjob-migrate-${createHash("sha256").update(rootReal).digest("hex").slice(0, 16)}.lock`;
  const gitDir = await findGitDir(rootReal);
  return join2(gitDir ?? join2(tmpdir(), "trainjob-migrate-locks"), name);
}
async function findGitDir(start) {
  for (let dir = start; ; dir = dirname2(dir)) {
    const dotGit = join2(dir, ".git");
    const found = await stat2(dotGit).catch(() => void 0);
    if (found?.isDirectory()) return dotGit;
    if (found?.isFile()) {
      const match = /^gitdir:\s*(.+)$/m.exec(await readFile2(dotGit, "utf8").catch(() => ""));
      if (match?.[1]) return resolve3(dir, match[1].trim());
    }
    if (dirname2(dir) === dir) return void 0;
  }
}

// src/fs/temp-leftovers.ts
import { stat as stat3, unlink as unlink2 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function removeTempLeftovers(root, runStart, depth = Number.POSITIVE_INFINITY) {
  const { default: fg } = await import("./out-TWSRFZRO.js");
  const found = await fg(`**/.*${TEMP_FILE_SUFFIX}`, {
    cwd: root,
    deep: depth,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ["**/.git/**", "**/node_modules/**"],
    suppressErrors: true
  });
  const removed = [];
  const kept = [];
  for (const relPath of found.sort()) {
    const absPath = join3(root, relPath);
    const info = await stat3(absPath).catch(() => void 0);
    if (!info) continue;
    if (isOurTempFile(relPath) && info.mtimeMs < runStart && await unlink2(absPath).then(
      () => true,
      () => false
    )) {
      removed.push(relPath);
    } else {
      kept.push(relPath);
    }
  }
  const notes = [];
  if (removed.length > 0) {
    notes.push(`removed ${removed.length} temp file(s) left by an interrupted run: ${listed(removed)}.`);
  }
  if (kept.length > 0) {
    notes.push(
      `${kept.length} file(s) named like temp files were left as they are: ${listed(kept)}. If no run is writing, remove them with: find ${shellQuote(root)} -name '*${TEMP_FILE_SUFFIX}' -type f -delete`
    );
  }
  return notes;
}
function listed(paths) {
  return paths.length <= 5 ? paths.join(", ") : `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more`;
}
function shellQuote(text) {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

// src/gitops/apps/analyser.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { posix as posix2 } from "node:path";

// src/analysis/root-view.ts
import { readFileSync, statSync } from "node:fs";
import { join as join4 } from "node:path";
function plannedText(file) {
  return file.rewrite.newText ?? file.original;
}
function rootViewOf(plan) {
  const onDisk2 = /* @__PURE__ */ new Map();
  const readDisk = (relPath) => {
    if (!onDisk2.has(relPath)) onDisk2.set(relPath, readIfFile(join4(plan.root, relPath)));
    return onDisk2.get(relPath);
  };
  return {
    read(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? plannedText(planned) : readDisk(relPath);
    },
    readBefore(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? planned.original : readDisk(relPath);
    },
    exists(relPath) {
      return plan.files.has(relPath) || readDisk(relPath) !== void 0;
    },
    isFolder(relPath) {
      if (relPath === "") return true;
      try {
        if (statSync(join4(plan.root, relPath)).isDirectory()) return true;
      } catch {
      }
      return [...plan.files.keys()].some((path) => path.startsWith(`${relPath}/`));
    }
  };
}
function readIfFile(absolute) {
  try {
    return statSync(absolute).isFile() ? readFileSync(absolute, "utf8") : void 0;
  } catch {
    return void 0;
  }
}

// src/gitops/apps/customisations.ts
var import_yaml2 = __toESM(require_dist(), 1);
var V1_GROUP = "kubeflow.org";
var V1_KIND = "PyTorchJob";
var V2_GROUP = "trainer.kubeflow.org";
var V2_API_VERSION = "trainer.kubeflow.org/v1alpha1";
var V2_KIND = "TrainJob";
var POINTER_MAP = {
  "/spec/runPolicy/suspend": "/spec/suspend",
  "/spec/runPolicy/managedBy": "/spec/managedBy",
  "/spec/runPolicy/activeDeadlineSeconds": "/spec/activeDeadlineSeconds",
  "/spec/pytorchReplicaSpecs/Worker/replicas": "/spec/trainer/numNodes",
  "/spec/pytorchReplicaSpecs/Master/replicas": "/spec/trainer/numNodes",
  "/metadata/labels": "/metadata/labels",
  "/metadata/annotations": "/metadata/annotations",
  "/status": "/status"
};
var KUEUE_POINTERS = ["/spec/suspend", "/spec/runtimePatches"];
var TRAINJOB_LUA_HEALTH = `local hs = { status = "Progressing", message = "TrainJob is not complete yet" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local found = {}
for _, condition in ipairs(obj.status.conditions) do
  if condition.status == "True" then
    found[condition.type] = condition
  end
end
-- The CRD allows an empty message; the reason is never empty.
local function describe(condition, fallback)
  if condition.message ~= nil and condition.message ~= "" then
    return condition.message
  end
  if condition.reason ~= nil and condition.reason ~= "" then
    return fallback .. ": " .. condition.reason
  end
  return fallback
end
if found["Failed"] ~= nil then
  hs.status = "Degraded"
  hs.message = describe(found["Failed"], "TrainJob failed")
elseif found["Complete"] ~= nil then
  hs.status = "Healthy"
  hs.message = describe(found["Complete"], "TrainJob complete")
elseif found["Suspended"] ~= nil then
  hs.status = "Suspended"
  hs.message = describe(found["Suspended"], "TrainJob suspended")
end
return hs
`;
var TRAINJOB_FLUX_HEALTH = {
  apiVersion: V2_API_VERSION,
  kind: V2_KIND,
  failed: "has(status.conditions) && status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
  current: "has(status.conditions) && status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')"
};
var yamlOf = (value) => (0, import_yaml2.stringify)(value, { lineWidth: 0 });
function translatePointers(pointers) {
  const mapped = [];
  const unmapped = [];
  for (const pointer of pointers) {
    const target = POINTER_MAP[pointer];
    if (target === void 0) unmapped.push(pointer);
    else if (!mapped.includes(target)) mapped.push(target);
  }
  return { mapped, unmapped };
}
function customisationsOfArgoApp(doc, app, spec) {
  if (!isPlainObject(spec) || !Array.isArray(spec.ignoreDifferences)) return [];
  const found = [];
  spec.ignoreDifferences.forEach((entry, index) => {
    if (!isPlainObject(entry) || entry.kind !== V1_KIND || (entry.group ?? V1_GROUP) !== V1_GROUP) return;
    const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
    const { mapped, unmapped } = translatePointers(pointers);
    const equivalent = { group: V2_GROUP, kind: V2_KIND };
    if (mapped.length > 0) equivalent.jsonPointers = mapped;
    for (const key of ["managedFieldsManagers", "name", "namespace"]) {
      if (entry[key] !== void 0) equivalent[key] = entry[key];
    }
    const jq = Array.isArray(entry.jqPathExpressions) && entry.jqPathExpressions.length > 0;
    found.push({
      controller: "argocd",
      code: "ARGO_IGNORE_DIFFERENCES",
      path: doc.path,
      line: doc.line,
      field: `spec.ignoreDifferences[${index}]`,
      app,
      message: `Argo CD app ${app} ignores differences on ${V1_GROUP}/${V1_KIND}, which matches nothing once the jobs are TrainJobs; add the ${V2_GROUP}/${V2_KIND} entry below` + (unmapped.length > 0 ? ` (no TrainJob counterpart for ${unmapped.join(", ")}: decide whether it is still needed)` : "") + (jq ? " and rewrite its jqPathExpressions for the TrainJob fields" : ""),
      equivalent: yamlOf([equivalent])
    });
  });
  return found;
}
function customisationsOfArgoConfigMap(doc) {
  const data = isPlainObject(doc.object.data) ? doc.object.data : {};
  const found = [];
  const v1Suffix = `.${V1_GROUP}_${V1_KIND}`;
  for (const key of Object.keys(data)) {
    if (!key.startsWith("resource.customizations.") || !key.endsWith(v1Suffix)) continue;
    const aspect = key.slice("resource.customizations.".length, -v1Suffix.length);
    const newKey = `resource.customizations.${aspect}.${V2_GROUP}_${V2_KIND}`;
    const base = { controller: "argocd", path: doc.path, line: doc.line, field: `data["${key}"]` };
    if (aspect === "health") {
      found.push({
        ...base,
        code: "ARGO_HEALTH_CHECK",
        message: `argocd-cm has a health check for ${V1_GROUP}/${V1_KIND}, which no object will match; Argo CD has no built-in one for TrainJob, so add ${newKey} (the Lua below maps Complete, Failed and Suspended)`,
        equivalent: yamlOf({ [newKey]: TRAINJOB_LUA_HEALTH })
      });
    } else if (aspect === "ignoreDifferences") {
      found.push({
        ...base,
        code: "ARGO_IGNORE_DIFFERENCES",
        message: `argocd-cm ignores differences on ${V1_GROUP}/${V1_KIND}; add ${newKey} with the TrainJob pointers (Kueue toggles /spec/suspend and writes /spec/runtimePatches)`,
        equivalent: yamlOf({ [newKey]: yamlOf({ jsonPointers: KUEUE_POINTERS }) })
      });
    } else {
      found.push({
        ...base,
        code: "ARGO_RESOURCE_CUSTOMIZATION",
        message: `argocd-cm key ${key} customises ${V1_KIND}; write the TrainJob version under ${newKey} (TrainJob fields differ, see the conversion)`
      });
    }
  }
  return found;
}
function customisationsOfFlux(doc, app) {
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const found = [];
  const isV1 = (value) => value.kind === V1_KIND && (value.apiVersion === void 0 || String(value.apiVersion).startsWith(`${V1_GROUP}/`)) && (value.group === void 0 || value.group === V1_GROUP);
  if (Array.isArray(spec.healthCheckExprs)) {
    spec.healthCheckExprs.forEach((entry, index) => {
      if (!isPlainObject(entry) || !isV1(entry)) return;
      found.push({
        controller: "flux",
        code: "FLUX_HEALTH_CHECK",
        path: doc.path,
        line: doc.line,
        field: `spec.healthCheckExprs[${index}]`,
        app,
        message: `Flux Kustomization ${app} has healthCheckExprs for ${V1_KIND}, which match nothing once the jobs are TrainJobs; TrainJob has no Ready condition, so without an entry a failed TrainJob does not fail the Kustomization. Add the entry below`,
        equivalent: yamlOf([TRAINJOB_FLUX_HEALTH])
      });
    });
  }
  if (Array.isArray(spec.patches)) {
    spec.patches.forEach((entry, index) => {
      const target = isPlainObject(entry) && isPlainObject(entry.target) ? entry.target : void 0;
      if (!target || !isV1(target)) return;
      found.push({
        controller: "flux",
        code: "FLUX_PATCH_TARGET",
        path: doc.path,
        line: doc.line,
        field: `spec.patches[${index}]`,
        app,
        message: `Flux Kustomization ${app} patches ${V1_KIND}s; once they are TrainJobs the patch silently applies to nothing. Rewrite it for ${V2_GROUP}/${V2_KIND} (e.g. Worker replicas \u2192 /spec/trainer/numNodes, container image \u2192 /spec/trainer/image)`
      });
    });
  }
  return found;
}

// src/gitops/apps/impact.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/gitops/apps/argo-spec.ts
var stringOf = (value) => typeof value === "string" ? value : void 0;
function normalisePath(path) {
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function argoSources(spec) {
  const list2 = Array.isArray(spec.sources) ? spec.sources : isPlainObject(spec.source) ? [spec.source] : [];
  const sources = [];
  for (const source of list2) {
    if (!isPlainObject(source) || typeof source.path !== "string" || source.chart !== void 0) continue;
    const directory = isPlainObject(source.directory) ? source.directory : {};
    const include = stringOf(directory.include);
    const exclude = stringOf(directory.exclude);
    const repoURL = stringOf(source.repoURL);
    sources.push({
      path: normalisePath(source.path),
      recurse: directory.recurse === true,
      ...include !== void 0 && { include },
      ...exclude !== void 0 && { exclude },
      ...repoURL !== void 0 && { repoURL }
    });
  }
  return sources;
}
function argoSyncPolicy(spec) {
  const syncPolicy = isPlainObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const automated = isPlainObject(syncPolicy.automated) ? syncPolicy.automated : void 0;
  const on = automated !== void 0 && automated.enabled !== false;
  return {
    automated: on,
    prune: on && automated?.prune === true,
    selfHeal: on && automated?.selfHeal === true,
    options: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.map(String) : []
  };
}

// src/gitops/apps/application-set.ts
var PLACEHOLDER = /\{\{-?\s*\.?([A-Za-z0-9_.[\]]+)\s*-?\}\}/g;
var PATH_PARAMS = /* @__PURE__ */ new Set(["path", "path.path"]);
function lookup(params, key) {
  if (key in params) return params[key];
  let value = params;
  for (const part of key.split(".")) {
    if (!isPlainObject(value)) return void 0;
    value = value[part];
  }
  return value;
}
function fillTemplate(value, params) {
  if (typeof value === "string") {
    let missing = false;
    const filled = value.replace(PLACEHOLDER, (_, key) => {
      const found = lookup(params, key);
      if (found === void 0 || isPlainObject(found)) missing = true;
      return String(found);
    });
    return missing ? void 0 : filled;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => fillTemplate(item, params));
    return items.includes(void 0) ? void 0 : items;
  }
  if (isPlainObject(value)) {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const filled = fillTemplate(item, params);
      if (filled === void 0) return void 0;
      out[key] = filled;
    }
    return out;
  }
  return value;
}
function expandApplicationSet(doc) {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const setName = typeof metadata.name === "string" ? metadata.name : void 0;
  if (setName === void 0) return [];
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const template = isPlainObject(spec.template) ? spec.template : {};
  const templateSpec = isPlainObject(template.spec) ? template.spec : {};
  const templateName = isPlainObject(template.metadata) ? String(template.metadata.name ?? setName) : setName;
  const base = {
    controller: "argocd",
    kind: "ApplicationSet",
    path: doc.path,
    line: doc.line,
    ...typeof metadata.namespace === "string" && { namespace: metadata.namespace }
  };
  const unresolved = (why) => ({
    ...base,
    name: setName,
    sources: [],
    syncPolicy: argoSyncPolicy(templateSpec),
    unresolved: why
  });
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const apps = [];
  for (const generator of generators) {
    if (!isPlainObject(generator)) continue;
    if (isPlainObject(generator.list) && Array.isArray(generator.list.elements)) {
      for (const element of generator.list.elements) {
        const params = isPlainObject(element) ? element : {};
        const appSpec = fillTemplate(templateSpec, params);
        const name = fillTemplate(templateName, params);
        if (!isPlainObject(appSpec) || typeof name !== "string") {
          apps.push(unresolved("a list element leaves a template placeholder without a value"));
          continue;
        }
        apps.push({ ...base, name, sources: argoSources(appSpec), syncPolicy: argoSyncPolicy(appSpec) });
      }
    } else if (isPlainObject(generator.git) && Array.isArray(generator.git.directories)) {
      apps.push(...gitDirectoryApps(base, templateName, templateSpec, generator.git.directories, unresolved));
    } else {
      const kind = Object.keys(generator)[0] ?? "unknown";
      apps.push(unresolved(`its ${kind} generator depends on data outside the repository`));
    }
  }
  return apps.length > 0 ? apps : [unresolved("it has no generator this tool can expand")];
}
function gitDirectoryApps(base, templateName, templateSpec, directories, unresolved) {
  const source = isPlainObject(templateSpec.source) ? templateSpec.source : {};
  const pathParam = typeof source.path === "string" ? [...source.path.matchAll(PLACEHOLDER)] : [];
  const pathIsTheFolder = pathParam.length === 1 && pathParam[0]?.[0] === String(source.path).trim() && PATH_PARAMS.has(pathParam[0]?.[1] ?? "");
  if (!pathIsTheFolder) {
    return [
      unresolved(
        "its git directory generator feeds the source path through a template this tool does not expand"
      )
    ];
  }
  const apps = [];
  for (const directory of directories) {
    if (!isPlainObject(directory) || typeof directory.path !== "string" || directory.exclude === true)
      continue;
    const appSpec = { ...templateSpec, source: { ...source, path: directory.path } };
    apps.push({
      ...base,
      name: templateName,
      nameTemplate: templateName,
      sources: argoSources(appSpec),
      syncPolicy: argoSyncPolicy(templateSpec)
    });
  }
  return apps;
}

// src/gitops/apps/impact.ts
var isUnder = (file, folder) => folder === "" || file.startsWith(`${folder}/`);
var hasGlob = (path) => /[*?[\]{}]/.test(path);
function ancestors(file) {
  const out = [];
  let dir = posix.dirname(file);
  while (dir !== "." && dir !== "/") {
    out.push(dir);
    dir = posix.dirname(dir);
  }
  out.push("");
  return out;
}
function outermostBelow(folders, folder) {
  const below = folders.filter((candidate) => candidate !== folder && isUnder(candidate, folder));
  return below.filter(
    (candidate) => !below.some((outer) => outer !== candidate && isUnder(candidate, outer))
  );
}
function coversAt(source, folder, file, layout) {
  const no = { covered: false, approximate: false, folder };
  const kind = layout.folderKind(folder);
  if (kind === "kustomize") {
    const included = layout.kustomizationFiles?.(folder);
    if (included) return { covered: included.files.includes(file), approximate: false, folder };
    return { covered: isUnder(file, folder), approximate: true, folder };
  }
  if (kind === "directory" && source.buildsSubfolderKustomizations && layout.kustomizationFolders) {
    const subfolders = outermostBelow(layout.kustomizationFolders, folder);
    for (const subfolder of subfolders) {
      const coverage = coversAt(source, subfolder, file, layout);
      if (coverage.covered) return { ...coverage, folder };
    }
    if (subfolders.some((subfolder) => isUnder(file, subfolder))) return no;
  }
  if (!isUnder(file, folder)) return no;
  if (kind === "helm") return { covered: true, approximate: false, folder };
  const relative2 = folder === "" ? file : file.slice(folder.length + 1);
  if (!source.recurse && relative2.includes("/")) return no;
  if (source.include && !(0, import_picomatch.default)(source.include, { dot: true, basename: !source.include.includes("/") })(relative2))
    return no;
  if (source.exclude && (0, import_picomatch.default)(source.exclude, { dot: true, basename: !source.exclude.includes("/") })(relative2))
    return no;
  return { covered: true, approximate: false, folder };
}
function sourceCovers(source, file, layout) {
  if (!hasGlob(source.path)) return coversAt(source, source.path, file, layout);
  const matches = (0, import_picomatch.default)(source.path, { dot: true });
  for (const folder of ancestors(file)) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  for (const folder of layout.kustomizationFolders ?? []) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  return { covered: false, approximate: false, folder: source.path };
}
function unfollowedOf(app, layout) {
  const notes = app.sources.flatMap(
    (source) => hasGlob(source.path) || layout.folderKind(source.path) !== "kustomize" ? [] : layout.kustomizationFiles?.(source.path)?.unfollowed ?? []
  );
  return [...new Set(notes)];
}
function appName(app, folder) {
  if (!app.nameTemplate) return app.name;
  const params = {
    path: folder,
    "path.path": folder,
    "path.basename": posix.basename(folder),
    "path.basenameNormalized": posix.basename(folder).replace(/[^a-zA-Z0-9-]/g, "-").toLowerCase()
  };
  const filled = fillTemplate(app.nameTemplate, params);
  return typeof filled === "string" ? filled : app.name;
}
var jobList2 = (jobs) => jobs.map((job) => job.namespace ? `${job.namespace}/${job.name}` : job.name).join(", ");
function impactOf(app, changed, layout, strategy) {
  const files = [];
  const jobs = [];
  let approximate = false;
  let name = app.name;
  for (const file of changed) {
    for (const source of app.sources) {
      const coverage = sourceCovers(source, file.path, layout);
      if (!coverage.covered) continue;
      files.push(file.path);
      jobs.push(...file.jobs);
      approximate ||= coverage.approximate;
      name = appName(app, coverage.folder);
      break;
    }
  }
  const impact = describeEffect(app, name, jobs, strategy);
  const unfollowed = unfollowedOf(app, layout);
  const effect = app.unresolved !== void 0 && files.length === 0 ? {
    effect: "unresolved",
    message: `Could not tell which files it deploys: ${app.unresolved}. Check by hand whether it deploys the changed files.`
  } : files.length === 0 ? { effect: "unaffected", message: "Deploys none of the changed files." } : impact;
  if (unfollowed.length > 0) {
    effect.message += ` Its kustomization also names what was not followed, so check it by hand for PyTorchJobs: ${unfollowed.join("; ")}.`;
  }
  return {
    name,
    changedFiles: files,
    jobs,
    ...effect,
    ...approximate && { approximate },
    ...unfollowed.length > 0 && { unfollowed }
  };
}
function controllerName(app, name) {
  return `${app.controller === "argocd" ? "Argo CD" : "Flux"} ${app.kind} ${name}`;
}
function describeEffect(app, name, jobs, strategy) {
  const who = controllerName(app, name);
  const policy = app.syncPolicy;
  if (jobs.length === 0) {
    return {
      effect: "no-jobs",
      message: `${who} applies the changed files; no PyTorchJob changes kind in them.`
    };
  }
  const one = jobs.length === 1;
  const names = `${one ? "PyTorchJob" : "PyTorchJobs"} ${jobList2(jobs)}`;
  const trainJobs = one ? "the TrainJob, which starts" : "the TrainJobs, each of which starts";
  const kueue = jobs.filter((job) => job.queueName !== void 0);
  const kueueAdvice = app.controller === "argocd" && kueue.length > 0 ? ` ${jobList2(kueue)} ${kueue.length === 1 ? "carries" : "carry"} a Kueue queue label: add ignoreDifferences for trainer.kubeflow.org/TrainJob on /spec/suspend and /spec/runtimePatches (with the RespectIgnoreDifferences=true sync option) so that syncs do not undo what Kueue writes.` : "";
  if (strategy === "side-by-side") {
    return {
      effect: "runs-alongside",
      message: `${who} keeps the ${names} and adds a TrainJob next to each; every TrainJob starts a new training run while the PyTorchJob keeps its own.`,
      recommendation: `Remove the PyTorchJobs in a later change once the TrainJobs are proven.${kueueAdvice}`
    };
  }
  if (!policy.automated) {
    return {
      effect: "manual-sync",
      message: `${who} syncs by hand: nothing changes until someone syncs. The sync creates ${trainJobs} a new training run, and deletes the ${names} only when pruning is ticked, which stops a training that is still running.`,
      recommendation: `Check that the ${names} ${one ? "is" : "are"} not running before a pruning sync, or run again with --strategy side-by-side.${kueueAdvice}`
    };
  }
  if (policy.prune) {
    const how = app.controller === "argocd" ? "automated sync with prune" : app.kind === "HelmRelease" ? "a Helm upgrade" : "prune: true";
    return {
      effect: "deletes-and-restarts",
      message: `Merging makes ${who} (${how}) delete the ${names} (a training that is still running is stopped) and create ${trainJobs} a new training run.`,
      recommendation: `If a job may still be running, run again with --strategy side-by-side, or suspend it first (spec.runPolicy.suspend: true, synced before this merge); to keep a finished job from running again, add spec.suspend: true to its TrainJob.${kueueAdvice}`
    };
  }
  return {
    effect: "old-job-stays",
    message: `Merging makes ${who} create ${trainJobs} a new training run; pruning is off, so the ${names} ${one ? "stays" : "stay"} in the cluster${app.controller === "argocd" ? " (the app shows OutOfSync, requires pruning)" : ""} until removed by hand.`,
    recommendation: `Delete the PyTorchJobs by hand when they are done, or sooner if both must not run at once.${kueueAdvice}`
  };
}

// src/scan/manifest-objects.ts
var import_yaml3 = __toESM(require_dist(), 1);
function manifestObjects(text) {
  const lineCounter = new import_yaml3.LineCounter();
  const found = [];
  for (const doc of (0, import_yaml3.parseAllDocuments)(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    const items = isPlainObject(value) && Array.isArray(value.items) ? value.items : [value];
    const line = lineCounter.linePos(doc.range[0]).line;
    for (const item of items) if (isPlainObject(item)) found.push({ object: item, line });
  }
  return found;
}

// src/gitops/apps/parse.ts
function parseGitOpsText(relPath, text) {
  const parsed = { apps: [], customisations: [] };
  for (const { object, line } of manifestObjects(text)) readObject({ object, path: relPath, line }, parsed);
  return parsed;
}
function readObject(doc, parsed) {
  const { object } = doc;
  const apiVersion = stringOf(object.apiVersion) ?? "";
  const kind = stringOf(object.kind);
  if (apiVersion.startsWith("argoproj.io/") && kind === "Application") {
    const app = readArgoApplication(doc, object);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfArgoApp(doc, app.name, object.spec));
    }
  } else if (apiVersion.startsWith("argoproj.io/") && kind === "ApplicationSet") {
    const apps = expandApplicationSet(doc);
    parsed.apps.push(...apps);
    const template = isPlainObject(object.spec) && isPlainObject(object.spec.template) ? object.spec.template : {};
    const name = identity(doc)?.name ?? "ApplicationSet";
    parsed.customisations.push(...customisationsOfArgoApp(doc, name, template.spec));
  } else if (apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && kind === "Kustomization") {
    const app = readFluxKustomization(doc);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfFlux(doc, app.name));
    }
  } else if (apiVersion.startsWith("helm.toolkit.fluxcd.io/") && kind === "HelmRelease") {
    const app = readHelmRelease(doc);
    if (app) parsed.apps.push(app);
  } else if (apiVersion === "v1" && kind === "ConfigMap") {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    if (metadata.name === "argocd-cm") parsed.customisations.push(...customisationsOfArgoConfigMap(doc));
  }
}
function identity(doc) {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const name = stringOf(metadata.name);
  if (name === void 0) return void 0;
  const namespace = stringOf(metadata.namespace);
  return { name, ...namespace !== void 0 && { namespace }, path: doc.path, line: doc.line };
}
function readArgoApplication(doc, object) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(object.spec) ? object.spec : {};
  return {
    controller: "argocd",
    kind: "Application",
    ...id,
    sources: argoSources(spec),
    syncPolicy: argoSyncPolicy(spec)
  };
}
function readFluxKustomization(doc) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const sourceRef = isPlainObject(spec.sourceRef) ? spec.sourceRef : {};
  const suspended = spec.suspend === true;
  return {
    controller: "flux",
    kind: "Kustomization",
    ...id,
    // Without a kustomization.yaml in the path, Flux generates one that takes every manifest below it.
    sources: [
      {
        path: normalisePath(stringOf(spec.path) ?? "./"),
        recurse: true,
        buildsSubfolderKustomizations: true
      }
    ],
    syncPolicy: { automated: !suspended, prune: spec.prune === true, selfHeal: !suspended, options: [] },
    ...sourceRef.kind !== void 0 && sourceRef.kind !== "GitRepository" && {
      unresolved: `its source is a ${String(sourceRef.kind)}, not a Git repository`
    }
  };
}
function readHelmRelease(doc) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const chart = isPlainObject(spec.chart) && isPlainObject(spec.chart.spec) ? spec.chart.spec : {};
  const sourceRef = isPlainObject(chart.sourceRef) ? chart.sourceRef : {};
  const local = sourceRef.kind === "GitRepository" && typeof chart.chart === "string";
  const suspended = spec.suspend === true;
  return {
    controller: "flux",
    kind: "HelmRelease",
    ...id,
    sources: local ? [{ path: normalisePath(String(chart.chart)), recurse: true }] : [],
    // A Helm upgrade deletes what the chart no longer renders.
    syncPolicy: { automated: !suspended, prune: true, selfHeal: !suspended, options: [] },
    ...!local && { unresolved: "its chart does not come from a folder of a Git repository" }
  };
}

// src/gitops/apps/analyser.ts
var NEEDLES = ["argoproj.io", "toolkit.fluxcd.io", "argocd-cm"];
var DEPLOYER_KIND = /^[ \t-]*kind:[ \t]*["']?(?:Application|ApplicationSet|Kustomization|HelmRelease)["']?[ \t]*(?:#.*)?$|"kind"\s*:\s*"(?:Application|ApplicationSet|Kustomization|HelmRelease)"|argocd-cm/m;
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var QUEUE_LABEL = "kueue.x-k8s.io/queue-name";
var DEPLOYERS_REQUEST = { needles: NEEDLES, pattern: DEPLOYER_KIND.source };
function appsAnalyser(options = {}) {
  return {
    name: "apps",
    requests: [DEPLOYERS_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(DEPLOYERS_REQUEST);
      const parsed = found.map((file) => parseGitOpsText(file.relPath, file.text));
      const apps = parsed.flatMap((p) => p.apps);
      const customisations = parsed.flatMap((p) => p.customisations);
      if (apps.length === 0 && customisations.length === 0) return {};
      const changed = changedFiles(plan);
      const layout = repoLayout(plan, options, await options.kustomizationFolders?.(plan));
      const strategy = plan.options.convert.strategy;
      const reports = apps.map((app) => {
        const impact = impactOf(app, changed, layout, strategy);
        return {
          controller: app.controller,
          kind: app.kind,
          name: impact.name,
          ...app.namespace !== void 0 && { namespace: app.namespace },
          path: app.path,
          line: app.line,
          sources: app.sources.map((source) => source.path === "" ? "." : source.path),
          syncPolicy: app.syncPolicy,
          effect: impact.effect,
          message: impact.message,
          ...impact.recommendation !== void 0 && { recommendation: impact.recommendation },
          changedFiles: impact.changedFiles,
          jobs: impact.jobs,
          ...impact.approximate && { approximate: true }
        };
      });
      const kueueApps = new Set(
        reports.filter((app) => app.jobs.some((job) => job.queueName !== void 0)).map((app) => app.name)
      );
      const report = {
        apps: reports,
        customisations: customisations.map((c) => withKueuePointers(c, kueueApps))
      };
      return { report: { apps: report } };
    }
  };
}
function changedFiles(plan) {
  const changed = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === void 0 || newText === file.original) continue;
    changed.push({
      path: file.relPath,
      jobs: file.rewrite.jobs.filter((job) => job.status === "converted").map((job) => {
        const metadata = job.conversion?.trainJob?.metadata;
        const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
        const queueName = labels[QUEUE_LABEL];
        return {
          name: job.name,
          ...job.namespace !== void 0 && { namespace: job.namespace },
          path: file.relPath,
          ...typeof queueName === "string" && { queueName }
        };
      })
    });
  }
  return changed;
}
function repoLayout(plan, options, kustomizationFolders2) {
  const view = rootViewOf(plan);
  const exists = (path) => view.exists(path);
  const kinds = /* @__PURE__ */ new Map();
  const included = /* @__PURE__ */ new Map();
  const resolve5 = options.kustomizationFiles;
  return {
    folderKind(folder) {
      let kind = kinds.get(folder);
      if (kind === void 0) {
        kind = KUSTOMIZATION_FILES.some((name) => exists(posix2.join(folder, name))) ? "kustomize" : exists(posix2.join(folder, "Chart.yaml")) ? "helm" : "directory";
        kinds.set(folder, kind);
      }
      return kind;
    },
    kustomizationFiles: resolve5 ? (folder) => {
      if (!included.has(folder)) included.set(folder, resolve5(plan, folder));
      return included.get(folder);
    } : void 0,
    ...kustomizationFolders2 !== void 0 && { kustomizationFolders: kustomizationFolders2 }
  };
}
function withKueuePointers(customisation, kueueApps) {
  if (customisation.code !== "ARGO_IGNORE_DIFFERENCES" || customisation.app === void 0 || !kueueApps.has(customisation.app) || customisation.equivalent === void 0) {
    return customisation;
  }
  const entries = (0, import_yaml4.parse)(customisation.equivalent);
  if (!Array.isArray(entries) || !isPlainObject(entries[0])) return customisation;
  const entry = entries[0];
  const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
  entry.jsonPointers = [.../* @__PURE__ */ new Set([...pointers, ...KUEUE_POINTERS])];
  return {
    ...customisation,
    message: `${customisation.message}; its jobs carry a Kueue queue label, so the entry also covers /spec/suspend and /spec/runtimePatches, which Kueue writes`,
    equivalent: (0, import_yaml4.stringify)(entries, { lineWidth: 0 })
  };
}

// src/gitops/apps/flux-patches.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/gitops/kustomize/kustomization.ts
var import_yaml5 = __toESM(require_dist(), 1);
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationPath(relPath) {
  const name = relPath.split("/").pop() ?? "";
  return KUSTOMIZATION_NAMES.includes(name);
}
var REMOTE = /^(?:[a-z][\w+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\?/i;
function isRemoteReference(value) {
  return REMOTE.test(value);
}
function parseKustomization(relPath, text) {
  const lines = new import_yaml5.LineCounter();
  const document = (0, import_yaml5.parseDocument)(text, { lineCounter: lines, keepSourceTokens: true });
  const slash = relPath.lastIndexOf("/");
  const kustomization = {
    relPath,
    dir: slash === -1 ? "" : relPath.slice(0, slash),
    text,
    references: [],
    overrides: [],
    isComponent: false,
    contentEnd: document.contents?.range?.[2] ?? text.length,
    lineOf: (offset) => lines.linePos(offset).line
  };
  const root = document.contents;
  if (document.errors.length > 0 || !(0, import_yaml5.isMap)(root)) {
    kustomization.parseError = document.errors[0]?.message ?? "not a YAML map";
    return kustomization;
  }
  const lineOf = (node) => kustomization.lineOf(node?.range?.[0] ?? 0);
  for (const field of ["resources", "bases", "components", "configurations"]) {
    for (const item of seqItems(root.get(field, true))) {
      if ((0, import_yaml5.isScalar)(item) && typeof item.value === "string") {
        kustomization.references.push({ field, value: item.value, line: lineOf(item) });
      }
    }
  }
  const kind = root.get("kind");
  kustomization.isComponent = kind === "Component";
  const configurations = root.get("configurations", true);
  if (configurations && (0, import_yaml5.isSeq)(configurations)) kustomization.configurationsNode = configurations;
  const transformers = root.get("transformers", true);
  if (transformers && (0, import_yaml5.isSeq)(transformers)) kustomization.transformersNode = transformers;
  for (const key of ["namespace", "namePrefix", "nameSuffix"]) {
    const value = root.get(key);
    if (typeof value === "string") kustomization[key] = value;
  }
  for (const item of seqItems(root.get("patchesStrategicMerge", true))) {
    if (!(0, import_yaml5.isScalar)(item) || typeof item.value !== "string") continue;
    const source = item.value.includes("\n") ? { type: "inline", node: item, text: item.value } : { type: "file", value: item.value };
    kustomization.overrides.push({
      kind: "patch",
      style: "patchesStrategicMerge",
      line: lineOf(item),
      source
    });
  }
  for (const item of seqItems(root.get("patches", true))) {
    const override = patchEntry(item, "patches-smp", lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get("patchesJson6902", true))) {
    const override = patchEntry(item, "patchesJson6902", lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get("images", true))) {
    const name = (0, import_yaml5.isMap)(item) ? item.get("name") : void 0;
    if (typeof name === "string")
      kustomization.overrides.push({ kind: "image", style: "images", line: lineOf(item), name });
  }
  for (const item of seqItems(root.get("replacements", true))) {
    if (!(0, import_yaml5.isMap)(item)) continue;
    const override = {
      kind: "replacement",
      style: "replacements",
      line: lineOf(item),
      node: item
    };
    const path = item.get("path");
    if (typeof path === "string") override.path = path;
    else override.value = item.toJSON();
    kustomization.overrides.push(override);
  }
  return kustomization;
}
function seqItems(node) {
  return (0, import_yaml5.isSeq)(node) ? node.items : [];
}
function patchEntry(item, style, line) {
  if (!(0, import_yaml5.isMap)(item)) return void 0;
  const patch = item.get("patch", true);
  const path = item.get("path");
  let source;
  if ((0, import_yaml5.isScalar)(patch) && typeof patch.value === "string")
    source = { type: "inline", node: patch, text: patch.value };
  else if (typeof path === "string") source = { type: "file", value: path };
  else return void 0;
  const override = { kind: "patch", style, line, source, entryNode: item };
  const target = item.get("target", true);
  if ((0, import_yaml5.isMap)(target)) {
    override.targetNode = target;
    override.target = target.toJSON();
  }
  return override;
}

// src/gitops/kustomize/world.ts
function joinPath(dir, value) {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of value.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return `../${value}`;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

// src/gitops/kustomize/closure.ts
function kustomizationFileIn(folder, files) {
  return KUSTOMIZATION_NAMES.map((name) => joinPath(folder, name)).find(
    (relPath) => files.read(relPath) !== void 0
  );
}
function kustomizationClosure(folder, files) {
  const start = kustomizationFileIn(folder, files);
  if (start === void 0) return void 0;
  const found = /* @__PURE__ */ new Set();
  const unfollowed = [];
  const visited = /* @__PURE__ */ new Set();
  const visit = (relPath) => {
    if (visited.has(relPath)) return;
    visited.add(relPath);
    found.add(relPath);
    const kustomization = parseKustomization(relPath, files.read(relPath) ?? "");
    if (kustomization.parseError !== void 0) {
      unfollowed.push(`${relPath} cannot be read (${kustomization.parseError})`);
      return;
    }
    const { dir } = kustomization;
    for (const reference of kustomization.references) {
      const where = `${relPath} line ${reference.line}`;
      if (isRemoteReference(reference.value)) {
        unfollowed.push(`${where}: remote ${reference.field} entry ${reference.value} (not fetched)`);
        continue;
      }
      const target = joinPath(dir, reference.value);
      if (target.startsWith("../")) {
        unfollowed.push(`${where}: ${reference.value} is outside the scanned folder`);
      } else if (files.read(target) !== void 0) {
        found.add(target);
      } else if (files.isFolder(target)) {
        const inner = kustomizationFileIn(target, files);
        if (inner === void 0) unfollowed.push(`${where}: ${reference.value} has no kustomization file`);
        else visit(inner);
      } else {
        unfollowed.push(`${where}: ${reference.value} does not exist`);
      }
    }
    for (const override of kustomization.overrides) {
      const file = override.kind === "patch" && override.source.type === "file" ? override.source.value : override.kind === "replacement" ? override.path : void 0;
      if (file === void 0) continue;
      const target = joinPath(dir, file);
      if (files.read(target) !== void 0) found.add(target);
      else unfollowed.push(`${relPath} line ${override.line}: ${file} does not exist`);
    }
  };
  visit(start);
  return { files: [...found].sort(), unfollowed };
}

// src/gitops/kustomize/plan-files.ts
import { posix as posix3 } from "node:path";
var KUSTOMIZATION_REQUEST = {
  needles: ["resources", "bases", "components", "patches", "images", "replacements", "Kustomization"],
  include: KUSTOMIZATION_NAMES.map((name) => `**/${name}`)
};
function plannedFiles(plan) {
  const view = rootViewOf(plan);
  return { read: (relPath) => view.read(relPath), isFolder: (relPath) => view.isFolder(relPath) };
}
async function kustomizationFolders(plan) {
  const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
  const paths = [...found.map((file) => file.relPath), ...[...plan.files.keys()].filter(isKustomizationPath)];
  const folders = paths.map((relPath) => {
    const folder = posix3.dirname(relPath);
    return folder === "." ? "" : folder;
  });
  return [...new Set(folders)].sort();
}

// src/gitops/apps/flux-patches.ts
var NEEDLES2 = ["toolkit.fluxcd.io", "argoproj.io"];
var fullMatch = (pattern, value) => {
  if (typeof pattern !== "string") return true;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
};
var aimsAtPyTorchJob = (target) => target.kind !== void 0 ? fullMatch(target.kind, "PyTorchJob") : target.group !== void 0 && fullMatch(target.group, "kubeflow.org");
function patchesOf(relPath, text) {
  const lines = new import_yaml6.LineCounter();
  const found = [];
  for (const document of (0, import_yaml6.parseAllDocuments)(text, { lineCounter: lines })) {
    if (!("contents" in document) || !(0, import_yaml6.isMap)(document.contents)) continue;
    const object = document.toJSON();
    if (!isPlainObject(object) || !isPlainObject(object.spec) || !isPlainObject(object.metadata)) continue;
    const apiVersion = String(object.apiVersion ?? "");
    const name = String(object.metadata.name ?? "");
    let entries;
    let folder;
    let field;
    let app;
    if (object.kind === "Kustomization" && apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) {
      entries = document.getIn(["spec", "patches"], true);
      folder = object.spec.path ?? "";
      field = "spec.patches";
      app = `Flux Kustomization ${name}`;
    } else if (object.kind === "Application" && apiVersion.startsWith("argoproj.io/")) {
      entries = document.getIn(["spec", "source", "kustomize", "patches"], true);
      folder = isPlainObject(object.spec.source) ? object.spec.source.path : void 0;
      field = "spec.source.kustomize.patches";
      app = `Argo CD Application ${name}`;
    } else continue;
    if (!(0, import_yaml6.isSeq)(entries) || typeof folder !== "string") continue;
    entries.items.forEach((entry, index) => {
      if (!(0, import_yaml6.isMap)(entry)) return;
      const target = entry.get("target");
      const value = (0, import_yaml6.isMap)(target) ? target.toJSON() : void 0;
      if (!value || !aimsAtPyTorchJob(value)) return;
      found.push({
        app,
        path: relPath,
        line: lines.linePos(entry.range?.[0] ?? 0).line,
        field: `${field}[${index}]`,
        folder: normalisePath(folder),
        target: value
      });
    });
  }
  return found;
}
function deployedFiles(plan, folder) {
  const closure = kustomizationClosure(folder, plannedFiles(plan));
  if (closure) return closure.files;
  return [...plan.files.keys()].filter((relPath) => folder === "" || relPath.startsWith(`${folder}/`));
}
function labelsMatch(selector, labels) {
  if (typeof selector !== "string") return true;
  return selector.split(",").map((term) => term.trim()).filter((term) => term !== "").every((term) => {
    const [key, value] = term.split(/!?==?/).map((part) => part.trim());
    if (value === void 0) return term.startsWith("!") ? !(term.slice(1) in labels) : key in labels;
    return term.includes("!=") ? labels[key] !== value : labels[key] === value;
  });
}
function labelsOf(plan, relPath, name) {
  for (const document of (0, import_yaml6.parseAllDocuments)(plan.files.get(relPath)?.original ?? "")) {
    const object = document.toJSON();
    if (!isPlainObject(object) || !isPlainObject(object.metadata) || object.metadata.name !== name) continue;
    const labels = object.metadata.labels;
    return isPlainObject(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)])) : {};
  }
  return {};
}
function finding(patch) {
  return {
    severity: "warning",
    code: "FLUX_PATCH_TARGET",
    message: `${patch.path} line ${patch.line}, ${patch.field} of ${patch.app} patches this PyTorchJob; once it is a TrainJob the patch would apply to nothing, so it stays a PyTorchJob. Rewrite that entry for group trainer.kubeflow.org, kind TrainJob (Worker replicas \u2192 /spec/trainer/numNodes, which counts the Master too; container image \u2192 /spec/trainer/image), or move it into the kustomization it deploys, where this tool carries it over, then run again`,
    path: ""
  };
}
var APP_PATCHES_REQUEST = { needles: NEEDLES2, pattern: "patches:" };
function appPatchAnalyser() {
  return {
    name: "app-patches",
    requests: [APP_PATCHES_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(APP_PATCHES_REQUEST);
      const patches = found.flatMap((file) => patchesOf(file.relPath, file.text));
      if (patches.length === 0) return {};
      const holds = [];
      for (const patch of patches) {
        for (const relPath of deployedFiles(plan, patch.folder)) {
          for (const job of plan.files.get(relPath)?.rewrite.jobs ?? []) {
            if (job.status !== "converted") continue;
            if (!fullMatch(patch.target.name, job.name)) continue;
            if (patch.target.namespace !== void 0 && !fullMatch(patch.target.namespace, job.namespace ?? ""))
              continue;
            const labels = labelsOf(plan, relPath, job.name);
            if (!labelsMatch(patch.target.labelSelector, labels)) continue;
            holds.push({
              relPath,
              name: job.name,
              ...job.namespace !== void 0 && { namespace: job.namespace },
              findings: [finding(patch)]
            });
          }
        }
      }
      return { holds };
    }
  };
}

// src/gitops/behaviour/changes.ts
var BACKOFF_LIMIT_PATHS = ["spec.runPolicy.backoffLimit", "spec.backoffLimit"];
function setInJob(job, paths) {
  return job.conversion.accounting.some((entry) => paths.includes(entry.path.join(".")));
}
var ref = (job, detail) => ({
  name: job.name,
  ...job.namespace !== void 0 && { namespace: job.namespace },
  path: job.path,
  ...detail !== void 0 && { detail }
});
function everyJobChanges(jobs) {
  if (jobs.length === 0) return {};
  const unlimited = jobs.filter((job) => !setInJob(job, BACKOFF_LIMIT_PATHS));
  const changes = [
    {
      topic: "backoff-limit",
      change: "An unset runPolicy.backoffLimit meant no limit under v1 (OnFailure pods restarted forever); under v2 the node Job gets the Kubernetes default of 6 retries, after which the TrainJob fails.",
      todo: "Set runPolicy.backoffLimit in the PyTorchJob and convert with --generate-runtimes (the generated runtime carries it) where more retries are needed.",
      ...unlimited.length < jobs.length && { jobs: unlimited.map((job) => ref(job)) }
    },
    {
      topic: "pod-names",
      change: "Pod, Service and DNS names change: `<job>-master-0` and `<job>-worker-<i>` become the pods `<trainjob>-node-0-<rank>`, reached as `<trainjob>-node-0-<rank>.<trainjob>` through one headless Service `<trainjob>`.",
      todo: "Update what addresses the pods or Services by name (scripts, dashboards, `kubectl logs <job>-master-0`); objects in the repository that do are listed below.",
      jobs: jobs.map(
        (job) => ref(job, `${job.name}-master-0 \u2192 ${job.trainJobName}-node-0-0.${job.trainJobName}`)
      )
    },
    {
      topic: "pod-labels",
      change: "The `training.kubeflow.org/*` pod labels (job-name, replica-type, replica-index, job-role) are gone; pods carry `jobset.sigs.k8s.io/jobset-name: <trainjob>` and `batch.kubernetes.io/job-completion-index: <rank>` (a label from Kubernetes 1.28, PodIndexLabel; always an annotation).",
      todo: "Change selectors that match the old labels (NetworkPolicies, monitors, PodDisruptionBudgets, Services, admission policies); those found in the repository are listed below with what to match instead."
    },
    {
      topic: "init-container",
      change: "The `init-pytorch` container that held each Worker until the Master's name resolved is gone: every node starts at once.",
      todo: "Nothing for torchrun and init_process_group (their rendezvous waits for the master); a program that connects to the master itself must retry until it answers."
    },
    {
      topic: "clean-pod-policy",
      change: "cleanPodPolicy has no v2 field: finished pods stay until the TrainJob is deleted, as with v1's default None; Running and All no longer delete pods when the job ends.",
      todo: "Delete finished TrainJobs (or let a TTL controller do it) where pods must not linger."
    },
    {
      topic: "restart-policy",
      change: "restartPolicy ExitCode (v1 restarted only on exit codes 128-255 and failed the job on 1-127) has no TrainJob field: v2 pods restart OnFailure within the Job's backoffLimit. Jobs that used ExitCode or Never are held for review, or converted against a generated runtime that carries them.",
      todo: "For ExitCode, use a runtime whose node Job has a podFailurePolicy that fails on exit codes 1-127."
    }
  ];
  return Object.fromEntries(changes.map((change) => [change.topic, change]));
}
var GROUPED_NOTES = {
  V1_ENV_ADDED: "v1 put PYTHONUNBUFFERED, MASTER_PORT, MASTER_ADDR, WORLD_SIZE and RANK into every container of a job with a Master; Trainer v2 sets only PET_*, which only torchrun reads. These jobs' programs may read the v1 variables (they are not started by torchrun, have no command, or read them in the command), so their TrainJobs set them in trainer.env with v1's values: RANK from the completion index, WORLD_SIZE as a number, MASTER_ADDR from the pod's jobset.sigs.k8s.io/jobset-name label so it follows renames. An overlay that changes numNodes must set WORLD_SIZE to match.",
  ENTRYPOINT_NPROC: "These jobs have no command, so whether the image's entrypoint starts torchrun is not visible. If it does on nodes without GPUs, v1 started one process per CPU of the node and v2 starts one per CPU the pod requests: set numProcPerNode to the CPU count of your nodes."
};
var NOTE_DETAIL = { V1_ENV_ADDED: /\): (.*?)\. If an overlay/ };
function groupedNotes(jobs) {
  const notes = {};
  for (const job of jobs) {
    for (const finding2 of job.conversion.findings) {
      const text = GROUPED_NOTES[finding2.code];
      if (text === void 0) continue;
      const note = notes[finding2.code] ?? { code: finding2.code, text, jobs: [] };
      notes[finding2.code] = note;
      if (!note.jobs.some((other) => other.name === job.name && other.path === job.path))
        note.jobs.push(ref(job, NOTE_DETAIL[finding2.code]?.exec(finding2.message)?.[1]));
    }
  }
  return notes;
}

// src/gitops/behaviour/old-pod-selectors.ts
var import_yaml7 = __toESM(require_dist(), 1);
var SELECTING_KINDS = /* @__PURE__ */ new Set([
  "NetworkPolicy",
  "CiliumNetworkPolicy",
  "PodMonitor",
  "ServiceMonitor",
  "PodDisruptionBudget",
  "Service"
]);
var POLICY_GROUPS = /^(kyverno\.io|[a-z.]*gatekeeper\.sh)\//;
var V1_LABEL = /training\.kubeflow\.org\/(job-name|replica-type|replica-index|job-role|operator-name)/;
var MASTER_NAME = /\b([a-z0-9]([-a-z0-9]*[a-z0-9])?)-master-(\d+)\b/;
var OLD_POD_NEEDLES = ["training.kubeflow.org/", "-master-"];
function labelInstead(key, value, trainJobName) {
  switch (key) {
    case "training.kubeflow.org/job-name":
      return value === void 0 ? "jobset.sigs.k8s.io/jobset-name (the TrainJob name)" : `jobset.sigs.k8s.io/jobset-name: ${trainJobName(value)}`;
    case "training.kubeflow.org/job-role":
      return 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; the label needs Kubernetes 1.28+ PodIndexLabel, the annotation is always set)';
    case "training.kubeflow.org/replica-type":
      return /^master$/i.test(value ?? "") ? 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; Kubernetes 1.28+)' : 'batch.kubernetes.io/job-completion-index (Worker i is node i+1; select NotIn ["0"] for the former Workers; Kubernetes 1.28+)';
    case "training.kubeflow.org/replica-index":
      return "batch.kubernetes.io/job-completion-index (Master 0 \u2192 0, Worker i \u2192 i+1; Kubernetes 1.28+)";
    default:
      return "jobset.sigs.k8s.io/jobset-name (every TrainJob pod has it; use operator Exists for all of them)";
  }
}
function objectKind(doc) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return void 0;
  const { kind, apiVersion, metadata } = doc;
  if (typeof kind !== "string") return void 0;
  const name = typeof metadata === "object" && metadata !== null ? String(metadata.name ?? "") : "";
  return { kind, name, apiVersion: typeof apiVersion === "string" ? apiVersion : "" };
}
function selects(kind, apiVersion) {
  return SELECTING_KINDS.has(kind) || POLICY_GROUPS.test(apiVersion);
}
function findOldPodSelectors(relPath, text, trainJobName) {
  const lineCounter = new import_yaml7.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml7.parseAllDocuments)(text, { lineCounter });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const found = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) continue;
    const object = objectKind(doc.toJS());
    if (!object || !selects(object.kind, object.apiVersion)) continue;
    const add = (node, matches, useInstead) => {
      found.push({
        path: relPath,
        ...node?.range && { line: lineCounter.linePos(node.range[0]).line },
        kind: object.kind,
        name: object.name,
        matches,
        useInstead
      });
    };
    walk(doc.contents, (key, value) => {
      const keyText = (0, import_yaml7.isScalar)(key) ? String(key.value) : void 0;
      const valueText = (0, import_yaml7.isScalar)(value) ? String(value.value) : void 0;
      if (keyText !== void 0 && V1_LABEL.test(keyText) && !keyText.includes(" ")) {
        add(
          key,
          valueText === void 0 ? keyText : `${keyText}: ${valueText}`,
          labelInstead(keyText, valueText, trainJobName)
        );
        return;
      }
      if (valueText === void 0) return;
      const label = V1_LABEL.exec(valueText);
      if (label) {
        add(value, valueText, labelInstead(label[0], void 0, trainJobName));
        return;
      }
      const master = MASTER_NAME.exec(valueText);
      if (master) {
        const job = master[1];
        const rank = master[3];
        const renamed = trainJobName(job);
        add(
          value,
          valueText,
          `${renamed}-node-0-0.${renamed} (node 0${rank === "0" ? "" : `; ${master[0]} has no v2 counterpart`}), or the headless Service ${renamed}`
        );
      }
    });
  }
  return found;
}
function walk(node, visit) {
  if ((0, import_yaml7.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml7.isPair)(pair)) continue;
      visit(pair.key, pair.value);
      walk(pair.value, visit);
    }
  } else if ((0, import_yaml7.isSeq)(node)) {
    for (const item of node.items) {
      if ((0, import_yaml7.isScalar)(item)) visit(null, item);
      else walk(item, visit);
    }
  }
}

// src/gitops/behaviour/analyser.ts
var OLD_POD_SELECTORS_REQUEST = { needles: OLD_POD_NEEDLES };
function behaviourAnalyser() {
  return {
    name: "behaviour",
    requests: [OLD_POD_SELECTORS_REQUEST],
    async analyse(plan) {
      const jobs = convertedJobs(plan);
      if (jobs.length === 0) return {};
      const renamed = new Map(jobs.map((job) => [job.name, job.trainJobName]));
      const suffix = plan.options.convert.strategy === "side-by-side" ? plan.options.convert.nameSuffix : "";
      const trainJobName = (job) => renamed.get(job) ?? `${job}${suffix}`;
      const found = await plan.findFiles(OLD_POD_SELECTORS_REQUEST);
      const behaviour = {
        changes: everyJobChanges(jobs),
        notes: groupedNotes(jobs),
        oldPodSelectors: found.flatMap((file) => findOldPodSelectors(file.relPath, file.text, trainJobName))
      };
      return { report: { behaviour } };
    }
  };
}
function convertedJobs(plan) {
  const jobs = [];
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const conversion = job.conversion;
      if (job.status !== "converted" || !conversion?.trainJob) continue;
      const metadata = conversion.trainJob.metadata;
      const trainJobName = isPlainObject(metadata) && typeof metadata.name === "string" ? metadata.name : job.name;
      jobs.push({
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        path: file.relPath,
        conversion,
        trainJobName
      });
    }
  }
  return jobs;
}

// src/gitops/kustomize/build.ts
import { execFile } from "node:child_process";
var BUILD_TIMEOUT_MS = 6e4;
var VERSION_TIMEOUT_MS = 1e4;
var MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
function run(command, args, timeout, cwd) {
  return new Promise((resolve5) => {
    execFile(
      command,
      args,
      { timeout, maxBuffer: MAX_OUTPUT_BYTES, cwd, env: offlineEnvironment(process.env), windowsHide: true },
      (error, stdout, stderr) => {
        const failure = error;
        resolve5({
          code: failure ? typeof failure.code === "number" ? failure.code : 1 : 0,
          stdout: String(stdout),
          stderr: failure?.killed ? `timed out after ${timeout / 1e3}s` : String(stderr),
          ...failure && typeof failure.code === "string" ? { error: failure } : {}
        });
      }
    );
  });
}
function offlineEnvironment(env) {
  const unreachable = "http://127.0.0.1:9";
  return {
    ...env,
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    http_proxy: unreachable,
    https_proxy: unreachable,
    NO_PROXY: "",
    no_proxy: "",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: "file"
  };
}
async function findKustomize() {
  const standalone = await run("kustomize", ["version"], VERSION_TIMEOUT_MS);
  if (!standalone.error && standalone.code === 0) {
    const version2 = /v?\d+\.\d+\.\d+/.exec(standalone.stdout)?.[0];
    return {
      display: "kustomize build",
      command: "kustomize",
      args: ["build"],
      ...version2 ? { version: version2 } : {}
    };
  }
  const kubectl = await run("kubectl", ["version", "--client"], VERSION_TIMEOUT_MS);
  const version = /Kustomize Version:\s*(\S+)/.exec(kubectl.stdout)?.[1];
  if (!kubectl.error && kubectl.code === 0 && version) {
    return { display: "kubectl kustomize", command: "kubectl", args: ["kustomize"], version };
  }
  return void 0;
}
async function buildKustomization(binary, folder) {
  const result = await run(binary.command, [...binary.args, folder], BUILD_TIMEOUT_MS);
  if (result.code === 0) return { ok: true, output: result.stdout };
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("# Warning"));
  const message = lines.at(-1) ?? result.error?.message ?? `exit code ${result.code}`;
  return { ok: false, message: message.replace(/^.*?(?:Error: |err=)/, "").trim() };
}

// src/gitops/kustomize/build-check.ts
import { cp, mkdir as mkdir2, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname3, join as join5 } from "node:path";

// src/gitops/kustomize/hold-findings.ts
var REMOTE_PROBLEM = /names a remote \w+ entry .*which is not fetched/;
function holdFinding(code, reason) {
  return {
    severity: "warning",
    code,
    message: `kept as a PyTorchJob with its kustomize base and overlays: ${reason}. Change that entry so it has a TrainJob form (or move what it sets into the job itself), then run again; the tool rewrites the job and the entry together.`,
    path: ""
  };
}
function jobHolds(outcome, buildFailures) {
  const holds = [];
  for (const evaluation of outcome.evaluations) {
    for (const job of evaluation.jobs) {
      if (!outcome.held.has(job.key) || !job.converting) continue;
      if (holds.some(
        (hold2) => hold2.relPath === job.relPath && hold2.name === job.name && hold2.namespace === job.namespace
      ))
        continue;
      const findings = (outcome.held.get(job.key) ?? []).map(
        (reason) => holdFinding(REMOTE_PROBLEM.test(reason) ? "KUSTOMIZE_REMOTE" : "KUSTOMIZE_OVERLAY", reason)
      );
      const buildFailure = buildFailures.get(job.key);
      if (buildFailure !== void 0) findings.push(holdFinding("KUSTOMIZE_BUILD", buildFailure));
      const hold = { relPath: job.relPath, name: job.name, findings };
      if (job.namespace !== void 0) hold.namespace = job.namespace;
      holds.push(hold);
    }
  }
  return holds;
}

// src/gitops/kustomize/verify.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/convert/pods/compare.ts
import { isDeepStrictEqual } from "node:util";

// src/convert/pods/api-defaults.ts
var POD_DEFAULTS = {
  dnsPolicy: "ClusterFirst",
  schedulerName: "default-scheduler",
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  securityContext: {},
  preemptionPolicy: "PreemptLowerPriority",
  hostIPC: false,
  hostNetwork: false,
  hostPID: false,
  shareProcessNamespace: false,
  automountServiceAccountToken: true
};
var CONTAINER_DEFAULTS = {
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
  stdin: false,
  stdinOnce: false,
  tty: false,
  resources: {}
};
function defaultPullPolicy(image) {
  if (typeof image !== "string") return "IfNotPresent";
  if (image.includes("@")) return "IfNotPresent";
  const last = image.slice(image.lastIndexOf("/") + 1);
  const tag = last.includes(":") ? last.slice(last.indexOf(":") + 1) : void 0;
  return tag === void 0 || tag === "latest" ? "Always" : "IfNotPresent";
}
function pruneEmpty(value) {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (!isPlainObject(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = pruneEmpty(child);
    if (pruned === null || pruned === void 0) continue;
    if (isPlainObject(pruned) && Object.keys(pruned).length === 0) continue;
    if (Array.isArray(pruned) && pruned.length === 0) continue;
    out[key] = pruned;
  }
  return out;
}
function withDefaults(object, defaults) {
  const out = { ...object };
  for (const [key, value] of Object.entries(defaults)) out[key] ??= value;
  return out;
}
function defaultedContainer(container) {
  const out = withDefaults(container, {
    ...CONTAINER_DEFAULTS,
    imagePullPolicy: defaultPullPolicy(container.image)
  });
  if (Array.isArray(out.ports)) {
    out.ports = out.ports.map((port) => withDefaults(port, { protocol: "TCP" }));
  }
  return pruneEmpty(out);
}
function apiDefaultedPodSpec(spec) {
  const out = withDefaults(spec, POD_DEFAULTS);
  for (const key of ["containers", "initContainers"]) {
    if (Array.isArray(out[key])) out[key] = out[key].map(defaultedContainer);
  }
  return pruneEmpty(out);
}

// src/convert/pods/expand.ts
function expandReferences(text, lookup2) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$" || i + 1 >= text.length) {
      out += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
    } else if (next === "(") {
      const close = text.indexOf(")", i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      const value = lookup2(name);
      out += value ?? `$(${name})`;
      i = close + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}
function sourceValue(pod, container, source) {
  const fieldRef = source.fieldRef;
  if (fieldRef) {
    const path = String(fieldRef.fieldPath ?? "");
    const keyed = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    if (keyed) {
      const map = keyed[1] === "labels" ? pod.labels : pod.annotations;
      return map[keyed[2]] ?? "";
    }
    if (path === "metadata.name") return "<pod name>";
    if (path === "metadata.namespace") return pod.namespace ?? "<namespace>";
    return `<${path}>`;
  }
  const resourceFieldRef = source.resourceFieldRef;
  if (resourceFieldRef) {
    const owner = resourceFieldRef.containerName ?? container.name;
    const resources = containerNamed(pod, owner)?.resources;
    return `<${String(resourceFieldRef.resource)} of ${JSON.stringify(resources ?? {})} / ${String(resourceFieldRef.divisor ?? 1)}>`;
  }
  return `<${JSON.stringify(source)}>`;
}
function containerNamed(pod, name) {
  const all = [
    ...pod.spec.containers ?? [],
    ...pod.spec.initContainers ?? []
  ];
  return all.find((container) => container.name === name);
}
function resolveEnv(pod, container) {
  const env = /* @__PURE__ */ new Map();
  for (const entry of container.env ?? []) {
    const value = entry.valueFrom !== void 0 ? sourceValue(pod, container, entry.valueFrom) : expandReferences(entry.value ?? "", (name) => env.get(name));
    env.set(entry.name, value);
  }
  return env;
}
function resolveCommandLine(container, env) {
  const expand = (items) => items?.map((item) => expandReferences(String(item), (name) => env.get(name)));
  return { command: expand(container.command), args: expand(container.args) };
}

// src/convert/pods/harmless.ts
var HARMLESS = {
  podName: "pod and Service names differ (<job>-master-0 \u2192 <trainjob>-node-0-0.<trainjob>); the migration report lists objects that select the old names",
  masterAddress: "both master addresses name the rank-0 pod of the same job (v1: its Service, v2: its pod DNS name)",
  masterPort: "the rendezvous port differs but every rank agrees on it, and headless Services do not filter ports",
  jobCompletionIndex: "JOB_COMPLETION_INDEX is added by the indexed Job controller; a v1 program cannot read it",
  pythonUnbuffered: "PYTHONUNBUFFERED=1 only changes Python output buffering",
  petUnread: "PET_* variables are read only by torchrun; this container does not start torchrun",
  petCompared: "PET_* variables are compared as what torchrun is given (flags or PET_*)",
  torchrunSets: "torchrun sets this variable itself for the processes it starts",
  initPytorch: "init-pytorch only waits for the master Service DNS name; JobSet pods start together",
  sidecarEnv: "v1 adds its variables to every container; this container is not the trainer",
  backoffUnset: "v1 has no limit when runPolicy.backoffLimit is unset; v2 Jobs default to 6 (reported once for every job)",
  ports: "containerPort is informational: it neither opens nor restricts a port",
  nameHelper: "a variable that only carries the TrainJob name (from the JobSet name label) so that MASTER_ADDR follows the name under overlays; v1 had no variable of this name",
  controllerMetadata: "labels and annotations the controllers set (training.kubeflow.org/*, jobset.sigs.k8s.io/*, batch.kubernetes.io/*)"
};
var V1_INJECTED = /* @__PURE__ */ new Set([
  "PYTHONUNBUFFERED",
  "MASTER_PORT",
  "MASTER_ADDR",
  "WORLD_SIZE",
  "RANK",
  "PET_MASTER_PORT",
  "PET_MASTER_ADDR",
  "PET_NODE_RANK",
  "PET_NPROC_PER_NODE",
  "PET_NNODES"
]);
var TORCHRUN_SETS = /* @__PURE__ */ new Set([
  "RANK",
  "LOCAL_RANK",
  "WORLD_SIZE",
  "LOCAL_WORLD_SIZE",
  "GROUP_RANK",
  "GROUP_WORLD_SIZE",
  "ROLE_RANK",
  "ROLE_WORLD_SIZE",
  "MASTER_ADDR",
  "MASTER_PORT"
]);
var JOBSET_NAME_FIELD = "metadata.labels['jobset.sigs.k8s.io/jobset-name']";
var CONTROLLER_METADATA = ["training.kubeflow.org/", "jobset.sigs.k8s.io/", "batch.kubernetes.io/"];

// src/convert/pods/quantity.ts
var SUFFIX = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function quantity(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const match = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(
    value.trim()
  );
  if (!match) return void 0;
  return Number(match[1]) * (SUFFIX[match[2] ?? ""] ?? 1);
}
function quantityValue(value) {
  const parsed = quantity(value);
  return parsed === void 0 ? 0 : Math.ceil(parsed - 1e-12);
}

// src/convert/pods/torchrun.ts
var LAUNCHER = /(?:^|[\s;&|(/])(torchrun|python[0-9.]*\s+(?:-[a-zA-Z]+\s+)*-m\s+torch\.distributed\.(?:run|launch))(?=\s|$)/;
var FLAGS = {
  nnodes: "nnodes",
  nproc_per_node: "nprocPerNode",
  node_rank: "nodeRank",
  master_addr: "masterAddr",
  master_port: "masterPort"
};
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["standalone", "no_python", "module", "run_path", "use_env"]);
var ENV_DEFAULTS = {
  nnodes: ["PET_NNODES", "1"],
  nprocPerNode: ["PET_NPROC_PER_NODE", "1"],
  nodeRank: ["PET_NODE_RANK", "0"],
  masterAddr: ["PET_MASTER_ADDR", "127.0.0.1"],
  masterPort: ["PET_MASTER_PORT", "29500"]
};
function launcherTail(commandLine) {
  const [first, ...rest] = commandLine;
  if (first === void 0) return void 0;
  const base = first.split("/").pop() ?? first;
  if (/^(ba|da|z)?sh$/.test(base)) {
    const script = rest.filter((arg) => !/^-[a-z]+$/.test(arg)).join("\n");
    const match2 = LAUNCHER.exec(script.replace(/\\\n/g, " "));
    if (!match2) return void 0;
    const after = script.replace(/\\\n/g, " ").slice(match2.index + match2[0].length);
    return { tail: after.split(/\n|&&|\|\||;|\|/)[0] ?? "", shell: true };
  }
  const joined = commandLine.join(" ");
  const match = LAUNCHER.exec(joined);
  if (!match || match.index > first.length) return void 0;
  return { tail: joined.slice(match.index + match[0].length), shell: false };
}
function shellExpand(text, env) {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, a, b) => env.get(a ?? b) ?? ""
  );
}
function rendezvousOf(flags, env) {
  if (flags.has("standalone") || env.has("PET_STANDALONE")) return "standalone";
  const backend = flags.get("rdzv_backend") ?? env.get("PET_RDZV_BACKEND") ?? "static";
  const endpoint = flags.get("rdzv_endpoint") ?? env.get("PET_RDZV_ENDPOINT") ?? "";
  if (backend === "static" && !flags.has("rdzv_endpoint")) return void 0;
  return `rdzv_backend=${backend} rdzv_endpoint=${endpoint}`;
}
function torchrunInputs(commandLine, env) {
  const found = launcherTail(commandLine);
  if (!found) return void 0;
  const text = found.shell ? shellExpand(found.tail, env) : found.tail;
  const tokens = text.split(/\s+/).filter(Boolean).map((token) => token.replace(/^["']|["']$/g, ""));
  const given = {};
  const rendezvousFlags = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token.startsWith("--")) {
      if (!token.startsWith("-")) break;
      continue;
    }
    const [rawName, inline] = token.slice(2).split(/=(.*)/s, 2);
    const flag = rawName.replace(/-/g, "_");
    const value = inline ?? tokens[i + 1];
    if (flag === "standalone") {
      rendezvousFlags.set("standalone", "");
      continue;
    }
    if ((flag === "rdzv_endpoint" || flag === "rdzv_backend") && value !== void 0)
      rendezvousFlags.set(flag, value);
    const key = FLAGS[flag];
    if (key && value !== void 0) given[key] = value;
    if (inline === void 0 && !BOOLEAN_FLAGS.has(flag)) i += 1;
  }
  const inputs = {};
  for (const [key, [envName, fallback]] of Object.entries(ENV_DEFAULTS)) {
    inputs[key] = given[key] ?? env.get(envName) ?? fallback;
  }
  const rendezvous = rendezvousOf(rendezvousFlags, env);
  if (rendezvous) inputs.rendezvous = rendezvous;
  return inputs;
}

// src/convert/pods/compare.ts
var RANK0 = "<rank-0 host>";
var NOT_COMPARED_POD_FIELDS = /* @__PURE__ */ new Set([
  "containers",
  "initContainers",
  "restartPolicy",
  "hostname",
  "subdomain"
]);
var HANDLED_CONTAINER_FIELDS = /* @__PURE__ */ new Set(["name", "env", "command", "args", "ports"]);
var V1_PORT_NAME = "pytorchjob-port";
var V2_PORT = 29500;
var Collector = class {
  differences = [];
  harmless = [];
  real(rank, field, v1, v2) {
    this.differences.push({ rank, field, v1, v2 });
  }
  ok(kind, rank, field, v1, v2) {
    this.harmless.push({ rank, field, v1, v2, kind, reason: HARMLESS[kind] });
  }
};
function normalizeHosts(text, hosts) {
  let out = text;
  for (const host of [...hosts].sort((a, b) => b.length - a.length)) {
    out = out.replace(
      new RegExp(
        `(?<![A-Za-z0-9.-])${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
        "g"
      ),
      RANK0
    );
  }
  return out;
}
var hostsOfRank0 = (pod) => pod.rank === 0 ? [...pod.rank0Hosts, "127.0.0.1", "localhost"] : pod.rank0Hosts;
var containersOf = (pod, key) => pod.spec[key] ?? [];
function effectiveNproc(value, container) {
  const resources = container.resources ?? {};
  let gpus = 0;
  for (const list2 of [resources.limits, resources.requests]) {
    for (const [name, quantity2] of Object.entries(list2 ?? {})) {
      if (name.toLowerCase().includes("gpu")) gpus = Math.max(gpus, quantityValue(quantity2));
    }
  }
  if (value === "gpu" || value === "auto" && gpus > 0) return String(gpus);
  if (value === "auto" || value === "cpu") return "one per CPU of the node";
  return value;
}
function userMetadata(map) {
  return Object.fromEntries(
    Object.entries(map).filter(([key]) => !CONTROLLER_METADATA.some((p) => key.startsWith(p)))
  );
}
function comparePorts(c, rank, field, a, b) {
  const user = (ports, injected) => (ports ?? []).filter((port) => !injected(port));
  const pa = user(a.ports, (port) => port.name === V1_PORT_NAME);
  const pb = user(b.ports, (port) => port.containerPort === V2_PORT && port.name === void 0);
  if (isDeepStrictEqual(pa, pb)) return;
  const hostPorts = [...pa, ...pb].some((port) => port.hostPort !== void 0);
  if (hostPorts) c.real(rank, `${field} ports`, pa, pb);
  else c.ok("ports", rank, `${field} ports`, pa, pb);
}
function side(pod, container) {
  const env = resolveEnv(pod, container);
  const resolved = resolveCommandLine(container, env);
  const argv = {
    command: resolved.command?.map((item) => normalizeHosts(item, hostsOfRank0(pod))),
    args: resolved.args?.map((item) => normalizeHosts(item, hostsOfRank0(pod)))
  };
  const line = [...argv.command ?? [], ...argv.args ?? []];
  const torchrun = torchrunInputs(line, env);
  return { pod, container, env, argv, ...torchrun && { torchrun } };
}
function compareCommandLine(c, rank, field, a, b, rawDiffer) {
  const full = (s) => [...s.argv.command ?? [], ...s.argv.args ?? []];
  const same = a.argv.command && b.argv.command ? isDeepStrictEqual(full(a), full(b)) : isDeepStrictEqual(a.argv.command, b.argv.command) && isDeepStrictEqual(a.argv.args, b.argv.args);
  if (!same)
    c.real(rank, `${field} command/args`, [a.argv.command, a.argv.args], [b.argv.command, b.argv.args]);
  else if (rawDiffer)
    c.ok("masterAddress", rank, `${field} command/args`, a.container.args, b.container.args);
}
function compareTorchrun(c, rank, field, a, b) {
  if (!a.torchrun || !b.torchrun) return;
  const ta = a.torchrun;
  const tb = b.torchrun;
  const check2 = (name, va, vb) => {
    if (va !== vb) c.real(rank, `${field} torchrun ${name}`, va, vb);
  };
  check2("nnodes", ta.nnodes, tb.nnodes);
  const dynamic = (rendezvous) => rendezvous !== void 0 && !rendezvous.startsWith("rdzv_backend=static");
  if (!(dynamic(ta.rendezvous) && dynamic(tb.rendezvous))) check2("node-rank", ta.nodeRank, tb.nodeRank);
  check2(
    "nproc-per-node",
    effectiveNproc(ta.nprocPerNode, a.container),
    effectiveNproc(tb.nprocPerNode, b.container)
  );
  check2(
    "rendezvous",
    normalizeHosts(ta.rendezvous ?? "", hostsOfRank0(a.pod)),
    normalizeHosts(tb.rendezvous ?? "", hostsOfRank0(b.pod))
  );
  if (ta.rendezvous) return;
  const addrA = normalizeHosts(ta.masterAddr, hostsOfRank0(a.pod));
  const addrB = normalizeHosts(tb.masterAddr, hostsOfRank0(b.pod));
  if (addrA !== addrB) c.real(rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  else if (ta.masterAddr !== tb.masterAddr)
    c.ok("masterAddress", rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  if (ta.masterPort !== tb.masterPort)
    c.ok("masterPort", rank, `${field} torchrun master-port`, ta.masterPort, tb.masterPort);
}
function isNameHelper(container, name) {
  const entry = (container.env ?? []).find((candidate) => candidate.name === name);
  const fieldRef = entry?.valueFrom?.fieldRef;
  return fieldRef?.fieldPath === JOBSET_NAME_FIELD;
}
function compareEnv(c, rank, field, a, b, trainer) {
  const underTorchrun = a.torchrun !== void 0 && b.torchrun !== void 0;
  for (const name of /* @__PURE__ */ new Set([...a.env.keys(), ...b.env.keys()])) {
    const va = a.env.get(name);
    const vb = b.env.get(name);
    if (va === vb) continue;
    const where = `${field} env ${name}`;
    if (name === "JOB_COMPLETION_INDEX" && va === void 0) c.ok("jobCompletionIndex", rank, where, va, vb);
    else if (name === "PYTHONUNBUFFERED" && vb === void 0) c.ok("pythonUnbuffered", rank, where, va, vb);
    else if (va === void 0 && isNameHelper(b.container, name)) c.ok("nameHelper", rank, where, va, vb);
    else if (name.startsWith("PET_")) c.ok(underTorchrun ? "petCompared" : "petUnread", rank, where, va, vb);
    else if (!trainer && V1_INJECTED.has(name) && vb === void 0) c.ok("sidecarEnv", rank, where, va, vb);
    else if (underTorchrun && TORCHRUN_SETS.has(name)) c.ok("torchrunSets", rank, where, va, vb);
    else if (va !== void 0 && vb !== void 0 && normalizeHosts(va, hostsOfRank0(a.pod)) === normalizeHosts(vb, hostsOfRank0(b.pod)))
      c.ok("masterAddress", rank, where, va, vb);
    else if (name === "MASTER_PORT" && /^\d+$/.test(va ?? "") && /^\d+$/.test(vb ?? ""))
      c.ok("masterPort", rank, where, va, vb);
    else c.real(rank, where, va, vb);
  }
}
function compareContainer(c, rank, a, b, trainer) {
  const field = a.container.name === b.container.name ? `container ${a.container.name}` : `container ${a.container.name}/${b.container.name}`;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(a.container), ...Object.keys(b.container)])) {
    if (HANDLED_CONTAINER_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(a.container[key], b.container[key]))
      c.real(rank, `${field} ${key}`, a.container[key], b.container[key]);
  }
  const rawDiffer = !isDeepStrictEqual(
    resolveCommandLine(a.container, a.env),
    resolveCommandLine(b.container, b.env)
  );
  compareCommandLine(c, rank, field, a, b, rawDiffer);
  compareEnv(c, rank, field, a, b, trainer);
  if (trainer) compareTorchrun(c, rank, field, a, b);
  comparePorts(c, rank, field, a.container, b.container);
}
function compareContainerLists(c, p1, p2, key) {
  const list1 = containersOf(p1, key);
  const list2 = containersOf(p2, key);
  const partner = (container) => key === "containers" && container.name === p1.trainerContainer ? list2.find((other) => other.name === p2.trainerContainer) : list2.find((other) => other.name === container.name && other.name !== p2.trainerContainer);
  const matched = /* @__PURE__ */ new Set();
  for (const container of list1) {
    const other = partner(container);
    if (!other) {
      if (key === "initContainers" && container.name === "init-pytorch")
        c.ok("initPytorch", p1.rank, `${key} init-pytorch`, container.name, void 0);
      else c.real(p1.rank, `${key} ${container.name}`, container.name, void 0);
      continue;
    }
    matched.add(other);
    compareContainer(
      c,
      p1.rank,
      side(p1, container),
      side(p2, other),
      key === "containers" && container.name === p1.trainerContainer
    );
  }
  for (const other of list2)
    if (!matched.has(other)) c.real(p1.rank, `${key} ${other.name}`, void 0, other.name);
  const ordered1 = list1.filter((x) => x.name !== "init-pytorch").map((x) => x.name);
  const ordered2 = list2.map((x) => x.name);
  if (key === "initContainers" && !isDeepStrictEqual(ordered1, ordered2))
    c.real(p1.rank, "initContainers order", ordered1, ordered2);
}
function comparePod(c, p1, p2) {
  const rank = p1.rank;
  if (p1.name !== p2.name) c.ok("podName", rank, "pod name", p1.name, p2.name);
  if ((p1.namespace ?? "default") !== (p2.namespace ?? "default"))
    c.real(rank, "namespace", p1.namespace, p2.namespace);
  for (const key of /* @__PURE__ */ new Set([...Object.keys(p1.spec), ...Object.keys(p2.spec)])) {
    if (NOT_COMPARED_POD_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(p1.spec[key], p2.spec[key])) c.real(rank, key, p1.spec[key], p2.spec[key]);
  }
  if (p1.restartPolicy !== p2.restartPolicy)
    c.real(rank, "restartPolicy", p1.restartPolicy, p2.restartPolicy);
  if (p1.backoffLimit !== p2.backoffLimit) {
    if (p1.backoffLimit === "unlimited")
      c.ok("backoffUnset", rank, "backoffLimit", p1.backoffLimit, p2.backoffLimit);
    else c.real(rank, "backoffLimit", p1.backoffLimit, p2.backoffLimit);
  }
  for (const key of ["labels", "annotations"]) {
    const a = userMetadata(p1[key]);
    const b = userMetadata(p2[key]);
    if (!isDeepStrictEqual(a, b)) c.real(rank, `pod ${key}`, a, b);
  }
  compareContainerLists(c, p1, p2, "containers");
  compareContainerLists(c, p1, p2, "initContainers");
}
function dedupe(harmless) {
  const seen = /* @__PURE__ */ new Set();
  return harmless.filter((entry) => {
    const key = `${entry.kind}\0${entry.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function stored(job) {
  return { ...job, pods: job.pods.map((pod) => ({ ...pod, spec: apiDefaultedPodSpec(pod.spec) })) };
}
function comparePods(renderedV1, renderedV2) {
  const v1 = stored(renderedV1);
  const v2 = stored(renderedV2);
  const c = new Collector();
  if (v1.unsupported) c.real(-1, "v1 rendering", v1.unsupported, void 0);
  if (v2.unsupported) c.real(-1, "v2 rendering", void 0, v2.unsupported);
  if (v1.pods.length !== v2.pods.length) c.real(-1, "node count", v1.pods.length, v2.pods.length);
  for (let rank = 0; rank < Math.min(v1.pods.length, v2.pods.length); rank += 1)
    comparePod(c, v1.pods[rank], v2.pods[rank]);
  const ports = c.harmless.filter((entry) => entry.kind === "masterPort");
  const agree = (values) => new Set(values.map(String)).size <= 1;
  if (!agree(ports.map((p) => p.v1)) || !agree(ports.map((p) => p.v2))) {
    for (const port of ports) c.real(port.rank, port.field, port.v1, port.v2);
    c.harmless.splice(0, c.harmless.length, ...c.harmless.filter((entry) => entry.kind !== "masterPort"));
  }
  return { equivalent: c.differences.length === 0, differences: c.differences, harmless: dedupe(c.harmless) };
}

// src/convert/pods/render-v1.ts
var TRAINER_CONTAINER = "pytorch";
var PORT_NAME = "pytorchjob-port";
var DEFAULT_PORT = 23456;
var INIT_IMAGE = "alpine:3.10";
var INIT_MAX_TRIES = 100;
function defaultedReplicas(job) {
  const specs = job.spec?.pytorchReplicaSpecs ?? {};
  const replicas = [];
  const unknown = [];
  for (const [key, value] of Object.entries(specs)) {
    const type = ["master", "worker"].includes(key.toLowerCase()) ? key[0].toUpperCase() + key.slice(1).toLowerCase() : void 0;
    if (!type || !isPlainObject(value)) {
      unknown.push(key);
      continue;
    }
    const template = structuredClone(value.template ?? {});
    template.spec ??= {};
    addDefaultPort(template.spec);
    replicas.push({
      type,
      replicas: typeof value.replicas === "number" ? value.replicas : 1,
      restartPolicy: typeof value.restartPolicy === "string" && value.restartPolicy ? value.restartPolicy : "OnFailure",
      template
    });
  }
  replicas.sort((a, b) => a.type === b.type ? 0 : a.type === "Master" ? -1 : 1);
  return { replicas, unknown };
}
function addDefaultPort(spec) {
  const containers = spec.containers ?? [];
  if (containers.length === 0) return;
  const container = containers.find((c) => c.name === TRAINER_CONTAINER) ?? containers[0];
  const ports = container.ports ?? [];
  if (!ports.some((port) => port.name === PORT_NAME)) {
    container.ports = [...ports, { name: PORT_NAME, containerPort: DEFAULT_PORT }];
  }
}
function nprocInt(nproc) {
  return /^[+-]?\d+$/.test(nproc) ? Number.parseInt(nproc, 10) : 1;
}
function portOf(replica) {
  const containers = replica?.template.spec?.containers ?? [];
  const container = containers.find((c) => c.name === TRAINER_CONTAINER);
  const port = (container?.ports ?? []).find((p) => p.name === PORT_NAME);
  return Number(port?.containerPort ?? DEFAULT_PORT);
}
function elasticEnv(name, policy, replicas) {
  const workers = replicas.find((replica) => replica.type === "Worker")?.replicas;
  const min = policy.minReplicas ?? policy.maxReplicas ?? workers;
  const max = policy.maxReplicas ?? policy.minReplicas ?? workers;
  const host = typeof policy.rdzvHost === "string" ? policy.rdzvHost : `${name}-worker-0`;
  const port = policy.rdzvPort ?? portOf(replicas.find((replica) => replica.type === "Worker"));
  const env = [
    { name: "PET_RDZV_ENDPOINT", value: `${host}:${String(port)}` },
    { name: "PET_RDZV_BACKEND", value: String(policy.rdzvBackend ?? "c10d") },
    { name: "PET_NNODES", value: `${String(min)}:${String(max)}` }
  ];
  if (policy.maxRestarts !== void 0)
    env.push({ name: "PET_MAX_RESTARTS", value: String(policy.maxRestarts) });
  if (policy.nProcPerNode !== void 0)
    env.push({ name: "PET_NPROC_PER_NODE", value: String(policy.nProcPerNode) });
  if (policy.rdzvId !== void 0) env.push({ name: "PET_RDZV_ID", value: String(policy.rdzvId) });
  if (Array.isArray(policy.rdzvConf) && policy.rdzvConf.length > 0) {
    const conf = policy.rdzvConf.map(
      (entry) => `${String(entry.key)}=${String(entry.value)}`
    );
    env.push({ name: "PET_RDZV_CONF", value: conf.join(",") });
  }
  if (policy.standalone === true) env.push({ name: "PET_STANDALONE", value: "" });
  return env;
}
function injectedEnv(job, replicas, type, index) {
  const name = String(job.metadata?.name ?? "");
  const spec = job.spec ?? {};
  const elastic = isPlainObject(spec.elasticPolicy) ? spec.elasticPolicy : void 0;
  const nproc = typeof spec.nprocPerNode === "string" ? spec.nprocPerNode : elastic?.nProcPerNode !== void 0 ? void 0 : "auto";
  const total = replicas.reduce((sum, replica) => sum + replica.replicas, 0);
  const env = [{ name: "PYTHONUNBUFFERED", value: "1" }];
  const master = replicas.find((replica) => replica.type === "Master");
  if (master) {
    const port = String(portOf(master));
    const addr = `${name}-master-0`;
    const rank = String(type === "Worker" ? index + 1 : index);
    env.push(
      { name: "MASTER_PORT", value: port },
      { name: "PET_MASTER_PORT", value: port },
      { name: "MASTER_ADDR", value: addr },
      { name: "PET_MASTER_ADDR", value: addr },
      { name: "WORLD_SIZE", value: String(total * nprocInt(nproc ?? "")) },
      { name: "RANK", value: rank },
      { name: "PET_NODE_RANK", value: rank }
    );
  }
  if (nproc !== void 0) env.push({ name: "PET_NPROC_PER_NODE", value: nproc });
  if (elastic) env.push(...elasticEnv(name, elastic, replicas));
  else env.push({ name: "PET_NNODES", value: String(total) });
  return env;
}
function initContainer(masterAddr) {
  return {
    name: "init-pytorch",
    image: INIT_IMAGE,
    imagePullPolicy: "IfNotPresent",
    resources: { limits: { cpu: "100m", memory: "20Mi" }, requests: { cpu: "50m", memory: "10Mi" } },
    command: [
      "sh",
      "-c",
      `err=1;for i in $(seq ${INIT_MAX_TRIES}); do if nslookup ${masterAddr}; then err=0 && break; fi;echo waiting for master; sleep 2; done; exit $err`
    ]
  };
}
function serviceHosts(service, namespace) {
  const ns = namespace ?? "default";
  return [service, `${service}.${ns}`, `${service}.${ns}.svc`, `${service}.${ns}.svc.cluster.local`];
}
function renderV1Pods(pyTorchJob) {
  if (!isPlainObject(pyTorchJob)) throw new TypeError("renderV1Pods: not an object");
  const metadata = pyTorchJob.metadata ?? {};
  const name = String(metadata.name ?? "");
  const namespace = metadata.namespace;
  const spec = pyTorchJob.spec ?? {};
  const runPolicy = spec.runPolicy ?? {};
  const { replicas, unknown } = defaultedReplicas(pyTorchJob);
  const hasMaster = replicas.some((replica) => replica.type === "Master");
  const rank0 = hasMaster ? `${name}-master-0` : `${name}-worker-0`;
  const pods = [];
  for (const replica of replicas) {
    for (let index = 0; index < replica.replicas; index += 1) {
      const template = structuredClone(replica.template);
      const podSpec = template.spec;
      const containers = podSpec.containers ?? [];
      const added = injectedEnv(pyTorchJob, replicas, replica.type, index);
      for (const container of containers)
        container.env = [...container.env ?? [], ...structuredClone(added)];
      if (hasMaster && replica.type === "Worker") {
        podSpec.initContainers = [
          ...podSpec.initContainers ?? [],
          initContainer(`${name}-master-0`)
        ];
      }
      podSpec.restartPolicy = replica.restartPolicy === "ExitCode" ? "Never" : replica.restartPolicy;
      const type = replica.type.toLowerCase();
      const templateMeta = template.metadata ?? {};
      pods.push({
        rank: hasMaster && replica.type === "Worker" ? index + 1 : index,
        replica: `${replica.type} ${index}`,
        name: `${name}-${type}-${index}`,
        namespace,
        labels: {
          ...templateMeta.labels ?? {},
          "training.kubeflow.org/job-name": name,
          "training.kubeflow.org/operator-name": "pytorchjob-controller",
          "training.kubeflow.org/replica-type": type,
          "training.kubeflow.org/replica-index": String(index),
          ...replica.type === "Master" && { "training.kubeflow.org/job-role": "master" }
        },
        annotations: { ...templateMeta.annotations ?? {} },
        spec: podSpec,
        trainerContainer: TRAINER_CONTAINER,
        restartPolicy: replica.restartPolicy,
        backoffLimit: typeof runPolicy.backoffLimit === "number" ? runPolicy.backoffLimit : "unlimited",
        rank0Hosts: serviceHosts(rank0, namespace)
      });
    }
  }
  pods.sort((a, b) => a.rank - b.rank);
  const unsupported = unknown.length > 0 ? `replica types training-operator does not run for PyTorchJobs: ${unknown.join(", ")}` : spec.elasticPolicy !== void 0 && !replicas.some((replica) => replica.type === "Worker") ? "elasticPolicy without a Worker replica: training-operator cannot default it" : void 0;
  return { side: "v1", name, pods, ...unsupported && { unsupported } };
}

// src/convert/pods/builtin-runtimes.ts
var BUILTIN_TORCH_DISTRIBUTED = {
  // kubeflow/trainer v2.0.1: manifests/base/runtimes/torch_distributed.yaml
  "2.0": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: { numProcPerNode: "auto" } },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [
                        {
                          name: "node",
                          image: "pytorch/pytorch:2.7.1-cuda12.8-cudnn9-runtime",
                          command: [
                            "/bin/bash",
                            "-c",
                            'echo "Torch Distributed Runtime"\n\necho "--------------------------------------"\necho "Torch Default Runtime Env"\nenv | grep PET_\n\npip list\n'
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.1.0: manifests/base/runtimes/torch_distributed.yaml
  "2.1": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: { numProcPerNode: "auto" } },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.7.1-cuda12.8-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.2.1: manifests/base/runtimes/torch_distributed.yaml
  "2.2": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.10.0-cuda12.8-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.3.0: manifests/base/runtimes/torch_distributed.yaml
  "2.3": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.13.0-cuda13.0-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  }
};

// src/convert/pods/strategic-merge.ts
var MERGE_KEYS = {
  replicatedJobs: "name",
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  imagePullSecrets: "name",
  schedulingGates: "name",
  resourceClaims: "name",
  env: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  ports: "containerPort",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey"
};
function strategicMerge(original, patch) {
  if (!isPlainObject(original) || !isPlainObject(patch)) return structuredClone(patch);
  const out = structuredClone(original);
  for (const [key, value] of Object.entries(patch)) {
    if (value === void 0) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = out[key];
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(value) && Array.isArray(current)) {
      out[key] = mergeList(current, value, mergeKey);
    } else if (isPlainObject(value) && isPlainObject(current)) {
      out[key] = strategicMerge(current, value);
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}
var keyOf = (item, mergeKey) => isPlainObject(item) ? item[mergeKey] : item;
function mergeList(original, patch, mergeKey) {
  const originalKeys = original.map((item) => keyOf(item, mergeKey));
  const patchKeys = new Set(patch.map((item) => keyOf(item, mergeKey)));
  const merged = patch.map((item) => {
    const at2 = originalKeys.indexOf(keyOf(item, mergeKey));
    return at2 >= 0 ? strategicMerge(original[at2], item) : structuredClone(item);
  });
  const originalOnly = original.filter((item) => !patchKeys.has(keyOf(item, mergeKey)));
  const serverIndex = (item) => originalKeys.indexOf(keyOf(item, mergeKey));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < originalOnly.length || j < merged.length) {
    if (j >= merged.length) out.push(originalOnly[i++]);
    else if (i >= originalOnly.length) out.push(merged[j++]);
    else {
      const left = serverIndex(originalOnly[i]);
      const right = serverIndex(merged[j]);
      if (left >= 0 && right >= 0 && left < right) out.push(originalOnly[i++]);
      else out.push(merged[j++]);
    }
  }
  return out;
}

// src/convert/pods/render-v2.ts
var NODE = "node";
var ANCESTOR_LABEL = "trainer.kubeflow.org/trainjob-ancestor-step";
var TRAINER_PORT = 29500;
var COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
var COMPLETION_INDEX_PATH = `metadata.annotations['${COMPLETION_INDEX}']`;
var DEFAULT_BACKOFF_LIMIT = 6;
var atLeast = (release, since) => Number(release) >= Number(since);
function runtimeFor(trainJob, runtime, release) {
  if (isPlainObject(runtime)) return runtime;
  const ref2 = trainJob.spec?.runtimeRef ?? {};
  const name = ref2.name ?? "torch-distributed";
  if (name !== "torch-distributed" || ref2.kind !== void 0 && ref2.kind !== "ClusterTrainingRuntime") {
    throw new Error(
      `renderV2Pods: runtime ${String(name)} was not given and is not the built-in torch-distributed`
    );
  }
  return BUILTIN_TORCH_DISTRIBUTED[release];
}
var isTrainerJob = (job) => job.name === NODE || job.template?.metadata?.labels?.[ANCESTOR_LABEL] === "trainer";
function applyOverrides(jobSetSpec, spec, release) {
  let out = jobSetSpec;
  if (atLeast(release, "2.2")) {
    for (const patch of spec.runtimePatches ?? []) {
      const template = patch.trainingRuntimeSpec?.template ?? {};
      if (template.spec) out = strategicMerge(out, template.spec);
    }
    return out;
  }
  const jobs = out.replicatedJobs ?? [];
  const overrides = (release === "2.1" ? spec.podTemplateOverrides : spec.podSpecOverrides) ?? [];
  for (const override of overrides) {
    const targets = (override.targetJobs ?? []).map((target) => target.name);
    for (const job of jobs) {
      if (!targets.includes(job.name)) continue;
      const jobTemplate = job.template;
      jobTemplate.spec ??= {};
      const jobSpec = jobTemplate.spec;
      jobSpec.template ??= {};
      const podTemplate = jobSpec.template;
      if (release === "2.1") {
        jobSpec.template = strategicMerge(podTemplate, { metadata: override.metadata, spec: override.spec });
      } else {
        const { targetJobs: _targets, ...podSpecPatch } = override;
        podTemplate.spec = strategicMerge(podTemplate.spec ?? {}, podSpecPatch);
      }
    }
  }
  return out;
}
function resourcesOf(container) {
  return container?.resources ?? {};
}
function gpuCount(resources) {
  const count = (list2) => {
    for (const [name, value] of Object.entries(list2 ?? {})) {
      if (name.toLowerCase().includes("gpu")) return quantityValue(value);
    }
    return 0;
  };
  const requested = count(resources.requests);
  return requested === 0 ? count(resources.limits) : requested;
}
function cpuCount(resources) {
  const request = quantity(resources.requests?.cpu);
  if (request === void 0 || request === 0)
    return quantityValue(resources.limits?.cpu);
  return quantityValue(request);
}
function resolveNproc(trainer, mlTorch, runtimeResources, release) {
  if (release === "2.0") return nprocV20(trainer, mlTorch);
  let nproc = trainer.numProcPerNode !== void 0 ? String(trainer.numProcPerNode) : release === "2.1" && mlTorch.numProcPerNode !== void 0 ? String(mlTorch.numProcPerNode) : "auto";
  const resources = isPlainObject(trainer.resourcesPerNode) ? trainer.resourcesPerNode : runtimeResources;
  if (release === "2.1" && nproc === "cpu" || nproc === "auto" && gpuCount(resources) === 0) {
    nproc = String(Math.max(1, cpuCount(resources)));
  }
  return nproc;
}
function nprocV20(trainer, mlTorch) {
  const nproc = String(trainer.numProcPerNode ?? mlTorch.numProcPerNode ?? "auto");
  if (!isPlainObject(trainer.resourcesPerNode)) return nproc;
  const usesCpu = (list2) => nproc === "auto" ? !Object.keys(list2).some((name) => name.toLowerCase().includes("gpu")) : nproc === "cpu" ? "cpu" in list2 : false;
  const fallback = nproc === "cpu" ? "1" : nproc;
  const calculate = (list2) => {
    if (!isPlainObject(list2)) return ["1", false];
    if (usesCpu(list2)) return [String(Math.max(1, quantityValue(list2.cpu))), true];
    return [fallback, false];
  };
  const [fromLimits, usedCpu] = calculate(trainer.resourcesPerNode.limits);
  return usedCpu ? fromLimits : calculate(trainer.resourcesPerNode.requests)[0];
}
function upsert(env, entries) {
  const out = [...env];
  for (const entry of entries) {
    const at2 = out.findIndex((existing) => existing.name === entry.name);
    if (at2 >= 0) out[at2] = structuredClone(entry);
    else out.push(structuredClone(entry));
  }
  return out;
}
function trainerResources(current, perNode, release) {
  if (!atLeast(release, "2.3")) return structuredClone(perNode);
  return strategicMerge(current, perNode);
}
function renderV2Pods(trainJob, runtime, release) {
  if (!isPlainObject(trainJob)) throw new TypeError("renderV2Pods: not an object");
  const metadata = trainJob.metadata ?? {};
  const name = String(metadata.name ?? "");
  const namespace = metadata.namespace;
  const spec = trainJob.spec ?? {};
  const trainer = spec.trainer ?? {};
  const runtimeObject = runtimeFor(trainJob, runtime, release);
  const runtimeSpec = runtimeObject.spec ?? {};
  const mlPolicy = runtimeSpec.mlPolicy ?? {};
  const mlTorch = mlPolicy.torch ?? {};
  const jobSetSpec = applyOverrides(
    structuredClone(runtimeSpec.template?.spec ?? {}),
    spec,
    release
  );
  const nodeJob = (jobSetSpec.replicatedJobs ?? []).find(isTrainerJob);
  if (!nodeJob)
    return { side: "v2", name, pods: [], unsupported: "the runtime has no trainer (node) replicated job" };
  const jobTemplate = nodeJob.template ?? {};
  const jobSpec = jobTemplate.spec ?? {};
  const podTemplate = jobSpec.template ?? {};
  const podSpec = structuredClone(podTemplate.spec ?? {});
  const containers = podSpec.containers ?? [];
  const node = containers.find((container) => container.name === NODE);
  const runtimeResources = resourcesOf(node);
  const count = typeof trainer.numNodes === "number" ? trainer.numNodes : Number(mlPolicy.numNodes ?? 1);
  const unsupported = !isPlainObject(mlPolicy.torch) ? "the runtime has no torch mlPolicy" : void 0;
  if (node) {
    if (trainer.image !== void 0) node.image = trainer.image;
    if (Array.isArray(trainer.command) && trainer.command.length > 0) node.command = [...trainer.command];
    if (Array.isArray(trainer.args) && trainer.args.length > 0) node.args = [...trainer.args];
    if (isPlainObject(trainer.resourcesPerNode)) {
      node.resources = trainerResources(runtimeResources, trainer.resourcesPerNode, release);
    }
    if (!unsupported) {
      const nproc = resolveNproc(trainer, mlTorch, runtimeResources, release);
      let env = upsert(node.env ?? [], trainer.env ?? []);
      env = upsert(env, [
        { name: "PET_NNODES", value: String(count) },
        { name: "PET_NPROC_PER_NODE", value: nproc },
        { name: "PET_NODE_RANK", valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } },
        { name: "PET_MASTER_ADDR", value: `${name}-${NODE}-0-0.${name}` },
        { name: "PET_MASTER_PORT", value: String(TRAINER_PORT) }
      ]);
      node.env = env;
      const ports = node.ports ?? [];
      if (!ports.some((port) => port.containerPort === TRAINER_PORT))
        node.ports = [...ports, { containerPort: TRAINER_PORT }];
    }
  }
  podSpec.restartPolicy ??= "OnFailure";
  const backoffLimit = typeof jobSpec.backoffLimit === "number" ? jobSpec.backoffLimit : DEFAULT_BACKOFF_LIMIT;
  const jobName2 = `${name}-${String(nodeJob.name)}-0`;
  const podMeta = podTemplate.metadata ?? {};
  const pods = [];
  for (let index = 0; index < count; index += 1) {
    const pod = structuredClone(podSpec);
    for (const container of [
      ...pod.initContainers ?? [],
      ...pod.containers ?? []
    ]) {
      if (!(container.env ?? []).some((entry) => entry.name === "JOB_COMPLETION_INDEX")) {
        container.env = [
          ...container.env ?? [],
          { name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } }
        ];
      }
    }
    pod.hostname = `${jobName2}-${index}`;
    pod.subdomain = name;
    const jobSetKeys = {
      "jobset.sigs.k8s.io/jobset-name": name,
      "jobset.sigs.k8s.io/replicatedjob-name": String(nodeJob.name),
      "jobset.sigs.k8s.io/job-index": "0",
      "jobset.sigs.k8s.io/replicatedjob-replicas": "1"
    };
    pods.push({
      rank: index,
      replica: `${String(nodeJob.name)} ${index}`,
      name: `${jobName2}-${index}`,
      namespace,
      labels: {
        ...podMeta.labels ?? {},
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index),
        "batch.kubernetes.io/job-name": jobName2
      },
      annotations: {
        ...podMeta.annotations ?? {},
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index)
      },
      spec: pod,
      trainerContainer: NODE,
      restartPolicy: String(pod.restartPolicy),
      backoffLimit,
      rank0Hosts: serviceHosts(`${jobName2}-0.${name}`, namespace)
    });
  }
  return { side: "v2", name, pods, ...unsupported && { unsupported } };
}

// src/convert/pods/index.ts
function checkEquivalence(pyTorchJob, trainJob, options) {
  return comparePods(renderV1Pods(pyTorchJob), renderV2Pods(trainJob, options.runtime, options.release));
}

// src/gitops/kustomize/merge.ts
var isObject = (value) => isPlainObject(value);
function clone(value) {
  return structuredClone(value);
}
function usesDirectives(patch) {
  if (Array.isArray(patch)) return patch.some(usesDirectives);
  if (!isObject(patch)) return false;
  return Object.entries(patch).some(([key, value]) => key.startsWith("$") || usesDirectives(value));
}
function mergeStrategic(target, patch) {
  return mergeAt(target, patch, []);
}
function mergeAt(target, patch, path) {
  if (!isObject(patch)) return clone(patch);
  const base = isObject(target) ? target : {};
  const merged = { ...base };
  const isStringMap = path.length === 2 && path[0] === "metadata" && /^(?:labels|annotations)$/.test(path[1] ?? "");
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && isStringMap) merged[key] = "null";
    else if (value === null) delete merged[key];
    else merged[key] = mergeAt(base[key], value, [...path, key]);
  }
  return merged;
}
function strategicDiff(from, to) {
  const patch = {};
  for (const key of Object.keys(from)) {
    if (!(key in to)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(to)) {
    const before = from[key];
    if (deepEqual(before, value)) continue;
    patch[key] = isObject(before) && isObject(value) ? strategicDiff(before, value) : clone(value);
  }
  return patch;
}
function unescapePointer(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer (it must start with /)`);
  return pointer.slice(1).split("/").map(unescapePointer);
}
function getAt(document, tokens, pointer) {
  let current = document;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isObject(current) && token in current) current = current[token];
    else throw new Error(`path ${pointer} does not exist`);
    if (current === void 0) throw new Error(`path ${pointer} does not exist`);
  }
  return current;
}
function setAt(document, tokens, value, mode, pointer) {
  if (tokens.length === 0) return value;
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw new Error(`index ${last} is out of range at ${pointer}`);
    }
    if (mode === "add") parent.splice(index, 0, value);
    else if (index < parent.length) parent[index] = value;
    else throw new Error(`path ${pointer} does not exist`);
  } else if (isObject(parent)) {
    if (mode === "replace" && !(last in parent)) throw new Error(`path ${pointer} does not exist`);
    parent[last] = value;
  } else {
    throw new Error(`path ${pointer} does not exist`);
  }
  return document;
}
function removeAt(document, tokens, pointer) {
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent) && Number(last) < parent.length) parent.splice(Number(last), 1);
  else if (isObject(parent) && last in parent) delete parent[last];
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}
function applyJsonPatch(document, operations) {
  let result = clone(document);
  for (const operation of operations) {
    const tokens = parsePointer(operation.path);
    switch (operation.op) {
      case "add":
      case "replace":
        result = setAt(result, tokens, clone(operation.value ?? null), operation.op, operation.path);
        break;
      case "remove":
        result = removeAt(result, tokens, operation.path);
        break;
      case "move":
      case "copy": {
        const fromTokens = parsePointer(operation.from ?? "");
        const value = clone(getAt(result, fromTokens, operation.from ?? ""));
        if (operation.op === "move") result = removeAt(result, fromTokens, operation.from ?? "");
        result = setAt(result, tokens, value, "add", operation.path);
        break;
      }
      case "test":
        if (!deepEqual(getAt(result, tokens, operation.path), operation.value)) {
          throw new Error(`test at ${operation.path} fails`);
        }
        break;
      default:
        throw new Error(`unknown operation ${operation.op}`);
    }
  }
  return result;
}
function jsonPatchDiff(from, to, prefix = "") {
  if (deepEqual(from, to)) return [];
  if (!isObject(from) || !isObject(to)) return [{ op: "replace", path: prefix, value: clone(to) }];
  const operations = [];
  for (const key of Object.keys(from)) {
    if (!(key in to)) operations.push({ op: "remove", path: `${prefix}/${escapePointer(key)}` });
  }
  for (const [key, value] of Object.entries(to)) {
    const path = `${prefix}/${escapePointer(key)}`;
    if (!(key in from)) operations.push({ op: "add", path, value: clone(value) });
    else operations.push(...jsonPatchDiff(from[key], value, path));
  }
  return operations;
}

// src/gitops/kustomize/translate.ts
function convertJob(job, options) {
  const result = convertPyTorchJob(job, options);
  if (result.status === "converted" && result.trainJob)
    return { ok: true, trainJob: result.trainJob };
  const reasons = result.findings.filter((finding2) => finding2.severity !== "info").map((finding2) => `${finding2.code}${finding2.path ? ` at ${finding2.path}` : ""}`);
  return { ok: false, reason: `the patched job would need review (${reasons.join(", ") || result.status})` };
}
var IDENTITY_KEYS = ["apiVersion", "kind"];
function withoutIdentity(object) {
  const copy = { ...object };
  for (const key of IDENTITY_KEYS) delete copy[key];
  return copy;
}
function translateStrategicPatch(base, patch, options) {
  if (usesDirectives(patch))
    return { ok: false, reason: "it uses $patch directives, which have no exact TrainJob form" };
  const before = convertJob(base, options);
  if (!before.ok) return before;
  const patched = mergeStrategic(base, withoutIdentity(patch));
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const difference = strategicDiff(withoutIdentity(before.trainJob), withoutIdentity(after.trainJob));
  const metadata = isObject(difference.metadata) ? { ...difference.metadata } : {};
  const patchMetadata = isObject(patch.metadata) ? patch.metadata : {};
  for (const key of ["name", "namespace"]) {
    if (patchMetadata[key] !== void 0) metadata[key] = patchMetadata[key];
  }
  const translated = {};
  if (patch.apiVersion !== void 0) translated.apiVersion = TRAINJOB_API_VERSION;
  if (patch.kind !== void 0) translated.kind = TRAINJOB_KIND;
  if (Object.keys(metadata).length > 0) translated.metadata = metadata;
  for (const [key, value] of Object.entries(difference)) if (key !== "metadata") translated[key] = value;
  const check2 = mergeStrategic(before.trainJob, withoutIdentity(translated));
  if (!deepEqual(check2, after.trainJob)) {
    return { ok: false, reason: "its TrainJob form does not reproduce the converted patched job" };
  }
  return { ok: true, value: translated, patched };
}
function translateJsonPatch(base, operations, options) {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let patched;
  try {
    patched = applyJsonPatch(base, operations);
  } catch (error) {
    return { ok: false, reason: `it does not apply to the job (${error.message})` };
  }
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const translated = jsonPatchDiff(before.trainJob, after.trainJob);
  if (translated.length === 0) return { ok: false, reason: "it changes nothing that a TrainJob carries" };
  if (!deepEqual(applyJsonPatch(before.trainJob, translated), after.trainJob)) {
    return { ok: false, reason: "its TrainJob form does not reproduce the converted patched job" };
  }
  return { ok: true, value: translated, patched };
}
var SENTINEL = "trainjob-migrate-replacement-probe";
function translateReplacementPaths(base, fieldPaths, options) {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let probed = structuredClone(base);
  for (const fieldPath of fieldPaths) {
    const pointer = fieldPathToPointer(probed, fieldPath);
    if (pointer === void 0) return { ok: false, reason: `the field path ${fieldPath} is not in the job` };
    probed = applyJsonPatch(probed, [{ op: "replace", path: pointer, value: SENTINEL }]);
  }
  const after = convertJob(probed, options);
  if (!after.ok) return after;
  const landed = locationsOf(after.trainJob, SENTINEL);
  const inexact = {
    ok: false,
    reason: "the replaced value does not land unchanged in TrainJob fields"
  };
  if (landed.length === 0) return inexact;
  try {
    const operations = landed.map((path) => ({ op: "replace", path, value: SENTINEL }));
    if (!deepEqual(applyJsonPatch(before.trainJob, operations), after.trainJob)) return inexact;
  } catch {
    return inexact;
  }
  return { ok: true, value: landed.map(pointerToFieldPath), patched: probed };
}
function locationsOf(document, value, prefix = "") {
  if (document === value) return [prefix];
  if (Array.isArray(document))
    return document.flatMap((item, index) => locationsOf(item, value, `${prefix}/${index}`));
  if (isObject(document)) {
    return Object.entries(document).flatMap(
      ([key, child]) => locationsOf(child, value, `${prefix}/${escapePointer(key)}`)
    );
  }
  return [];
}
var REPLICA_PATH = /^spec\.pytorchReplicaSpecs\.([^.]+)\.(.+)$/;
function translateSourcePath(base, fieldPath, options) {
  const inReplica = REPLICA_PATH.exec(fieldPath);
  let probed = [fieldPath];
  if (inReplica) {
    const specs = isObject(base.spec) && base.spec.pytorchReplicaSpecs || {};
    const value = valueAt2(base, fieldPath);
    probed = Object.keys(isObject(specs) ? specs : {}).map((role) => `spec.pytorchReplicaSpecs.${role}.${inReplica[2]}`).filter((path) => path === fieldPath || value !== void 0 && deepEqual(valueAt2(base, path), value));
  }
  const result = translateReplacementPaths(base, probed, options);
  if (!result.ok) return result;
  if (result.value.length !== 1) {
    return { ok: false, reason: `its value lands in ${result.value.length} TrainJob fields, not one` };
  }
  return { ok: true, value: result.value[0], patched: base };
}
function valueAt2(object, fieldPath) {
  const pointer = fieldPathToPointer(object, fieldPath);
  if (pointer === void 0) return void 0;
  let current = object;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    current = Array.isArray(current) ? current[Number(key)] : isObject(current) ? current[key] : void 0;
  }
  return current;
}
function fieldPathToPointer(object, fieldPath) {
  const tokens = [];
  let current = object;
  for (const segment of splitFieldPath(fieldPath)) {
    if (Array.isArray(current)) {
      const selector = /^\[([^=]+)=(.*)\]$/.exec(segment);
      const index = selector ? current.findIndex((item) => isObject(item) && String(item[selector[1]]) === selector[2]) : Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return void 0;
      tokens.push(String(index));
      current = current[index];
    } else if (isObject(current) && segment in current) {
      tokens.push(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
      current = current[segment];
    } else {
      return void 0;
    }
  }
  return `/${tokens.join("/")}`;
}
function splitFieldPath(fieldPath) {
  return fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? [];
}
function pointerToFieldPath(pointer) {
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}

// src/gitops/kustomize/verify.ts
function parseBuild(output) {
  return (0, import_yaml8.parseAllDocuments)(output).flatMap((document) => "toJSON" in document ? [document.toJSON()] : []).filter(isObject);
}
function identity2(object) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return `${String(metadata.namespace ?? "")}/${String(metadata.name ?? "")}`;
}
function builtJobFor(object, built) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = String(metadata.name ?? "");
  const namespace = String(metadata.namespace ?? "");
  return built.find((job) => job.name === name && (job.namespace ?? "") === namespace);
}
function verifyBuild(before, after, jobs, isConverted, optionsFor) {
  const afterByKind = (kind, id) => after.find((object) => object.kind === kind && identity2(object) === id);
  const checked = [];
  for (const built of before.filter((object) => object.kind === "PyTorchJob")) {
    const id = identity2(built);
    const source = builtJobFor(built, jobs)?.source;
    if (!source || !isConverted(source)) {
      if (!deepEqual(afterByKind("PyTorchJob", id), built)) {
        return {
          ok: false,
          message: `PyTorchJob ${id} that stays a PyTorchJob builds differently after the change`
        };
      }
      checked.push(`${shown(id)} stays a PyTorchJob, built unchanged`);
      continue;
    }
    const expected = convertJob(built, optionsFor(source.relPath));
    if (!expected.ok)
      return { ok: false, message: `PyTorchJob ${id} as built: ${expected.reason}`, job: source };
    const actual = afterByKind("TrainJob", id);
    if (!actual)
      return {
        ok: false,
        message: `PyTorchJob ${id} has no TrainJob in the build after the change`,
        job: source
      };
    const difference = firstDifference(expected.trainJob, actual);
    if (difference !== void 0) {
      return {
        ok: false,
        message: `TrainJob ${id} differs from the converted built PyTorchJob at ${difference}`,
        job: source
      };
    }
    const pods = comparePodsOf(built, actual, after, optionsFor(source.relPath));
    if (!pods.ok) return { ...pods, job: source };
    checked.push(`${shown(id)} \u2192 TrainJob, ${pods.checked}`);
  }
  const renamed = renamedRuntime(before, after, jobs);
  if (renamed !== void 0) return { ok: false, message: renamed };
  return checked.length === 0 ? { ok: true } : { ok: true, checked: checked.join("; ") };
}
var shown = (id) => id.replace(/^\//, "");
var nameOf = (object) => String((isObject(object.metadata) ? object.metadata.name : "") ?? "");
function renamedRuntime(before, after, jobs) {
  for (const trainJob of after.filter((object) => object.kind === "TrainJob")) {
    const spec = isObject(trainJob.spec) ? trainJob.spec : {};
    const ref2 = isObject(spec.runtimeRef) ? spec.runtimeRef : void 0;
    if (typeof ref2?.name !== "string") continue;
    const { name } = ref2;
    const kind = typeof ref2.kind === "string" ? ref2.kind : "ClusterTrainingRuntime";
    const built = after.filter((object) => object.kind === kind);
    if (built.some((runtime) => nameOf(runtime) === name)) continue;
    const job = builtJobFor(trainJob, jobs);
    const added = built.find(
      (runtime) => !before.some((old) => old.kind === kind && nameOf(old) === nameOf(runtime)) && (job ? nameOf(runtime) === `${job.prefix}${name}${job.suffix}` : sharesAffixes(nameOf(runtime), name, nameOf(trainJob)))
    );
    if (added === void 0) continue;
    return `TrainJob ${identity2(trainJob)} references the ${kind} ${name}, which the build renames to ${nameOf(added)} (namePrefix or nameSuffix) without renaming the reference; list the runtime in a kustomization without the prefix, or add a nameReference field spec for TrainJob spec/runtimeRef/name`;
  }
  return void 0;
}
function sharesAffixes(renamed, reference, jobName2) {
  if (renamed === reference) return false;
  for (let start = renamed.indexOf(reference); start !== -1; start = renamed.indexOf(reference, start + 1)) {
    const prefix = renamed.slice(0, start);
    const suffix = renamed.slice(start + reference.length);
    if (jobName2.length > prefix.length + suffix.length && jobName2.startsWith(prefix) && jobName2.endsWith(suffix))
      return true;
  }
  return false;
}
function comparePodsOf(pyTorchJob, trainJob, after, options) {
  const spec = isObject(trainJob.spec) ? trainJob.spec : {};
  const ref2 = isObject(spec.runtimeRef) ? spec.runtimeRef : {};
  const name = String(ref2.name ?? "");
  const kind = typeof ref2.kind === "string" ? ref2.kind : "ClusterTrainingRuntime";
  const runtime = after.find((object) => object.kind === kind && nameOf(object) === name);
  if (runtime === void 0 && name !== "torch-distributed")
    return { ok: true, checked: `pods not compared (the runtime ${name} is not in the build)` };
  const comparison = checkEquivalence(pyTorchJob, trainJob, {
    release: options.trainerVersion,
    ...runtime !== void 0 && { runtime }
  });
  const numNodes = isObject(spec.trainer) ? spec.trainer.numNodes : void 0;
  if (comparison.equivalent)
    return { ok: true, checked: `${numNodes ?? 1} node(s), pods equivalent to v1's (runtime ${name})` };
  const first = comparison.differences[0];
  const where = first ? ` (rank ${first.rank}, ${first.field})` : "";
  return {
    ok: false,
    message: `TrainJob ${identity2(trainJob)}: its pods differ from the built PyTorchJob's${where}`
  };
}
function firstDifference(expected, actual, path = "") {
  if (deepEqual(expected, actual)) return void 0;
  if (isObject(expected) && isObject(actual)) {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(expected[key], actual[key], `${path}/${key}`);
      if (found !== void 0) return found;
    }
  }
  return path === "" ? "/" : path;
}

// src/gitops/kustomize/build-check.ts
async function checkBuilds(plan, world, affected, held, changes, binary, concurrency, builds) {
  const failures = /* @__PURE__ */ new Map();
  const copy = await mkdtemp(join5(tmpdir2(), "trainjob-migrate-kustomize-"));
  try {
    await materialise(plan, world, affected, changes, held, copy);
    const queue = [...affected];
    const worker = async () => {
      for (let evaluation = queue.shift(); evaluation; evaluation = queue.shift()) {
        const { kustomization } = evaluation;
        if (evaluation.problems.length > 0) {
          builds.set(kustomization.relPath, { build: "not-run", message: evaluation.problems.join("; ") });
          continue;
        }
        if (kustomization.isComponent) {
          builds.set(kustomization.relPath, {
            build: "not-run",
            message: "a component is checked through the builds of the kustomizations that list it"
          });
          continue;
        }
        const folder = kustomization.dir;
        const before = await buildKustomization(binary, join5(plan.root, folder));
        const after = before.ok ? await buildKustomization(binary, join5(copy, folder)) : before;
        const verdict = !before.ok ? { ok: false, message: `it does not build before the change either (${before.message})` } : !after.ok ? { ok: false, message: `it no longer builds after the change (${after.message})` } : verifyBuild(
          parseBuild(before.output),
          parseBuild(after.output),
          evaluation.built,
          (job) => job.converting && !held.has(job.key),
          world.optionsFor
        );
        builds.set(
          kustomization.relPath,
          verdict.ok ? { build: "passed", ...verdict.checked !== void 0 && { message: verdict.checked } } : { build: "failed", message: verdict.message }
        );
        if (verdict.ok) continue;
        const reached = verdict.job ? [verdict.job] : evaluation.jobs;
        for (const job of reached) {
          if (job.converting && !held.has(job.key))
            failures.set(
              job.key,
              `${kustomization.relPath}: the kustomize build check failed: ${verdict.message}`
            );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return failures;
}
async function materialise(plan, world, affected, changes, held, copy) {
  const folders = /* @__PURE__ */ new Set();
  const visit = (kustomization) => {
    if (folders.has(kustomization.dir)) return;
    folders.add(kustomization.dir);
    for (const reference of kustomization.references) {
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === "kustomization")
        visit(world.kustomizations.get(resolved.relPath));
      if (resolved.type === "file")
        folders.add(dirname3(resolved.relPath) === "." ? "" : dirname3(resolved.relPath));
    }
  };
  for (const evaluation of affected) visit(evaluation.kustomization);
  const sorted = [...folders].sort();
  const outermost = sorted.filter(
    (folder, index) => !sorted.slice(0, index).some((outer) => outer === "" || folder.startsWith(`${outer}/`))
  );
  for (const folder of outermost) {
    await cp(join5(plan.root, folder), join5(copy, folder), {
      recursive: true,
      filter: (source) => !/[/\\](?:\.git|node_modules)$/.test(source)
    });
  }
  const written = new Map(
    changes.list.flatMap((change) => change.text === void 0 ? [] : [[change.relPath, change.text]])
  );
  for (const file of plan.files.values()) {
    const { newText, jobs } = file.rewrite;
    if (newText === void 0 || written.has(file.relPath)) continue;
    written.set(
      file.relPath,
      file.original !== void 0 && jobs.length > 0 ? textWithHolds(plan, file.relPath, file.original, held) : newText
    );
  }
  for (const [relPath, text] of written) {
    if (!outermost.some((folder) => folder === "" || relPath.startsWith(`${folder}/`))) continue;
    await mkdir2(dirname3(join5(copy, relPath)), { recursive: true });
    await writeFile(join5(copy, relPath), text);
  }
}
function textWithHolds(plan, relPath, original, held) {
  const keyOf2 = (job) => `${relPath}#${job.namespace ?? ""}/${job.name}`;
  const options = plan.rewriteOptionsFor(relPath);
  const earlierHold = options.hold;
  options.hold = (job) => held.has(keyOf2(job)) ? [holdFinding("KUSTOMIZE_OVERLAY", "held")] : earlierHold?.(job);
  return rewriteFile(relPath, original, options).newText ?? original;
}

// src/gitops/kustomize/instances.ts
function builtJobOf(instance) {
  const { source, name, namespace, prefix, suffix } = instance;
  return namespace === void 0 ? { source, name, prefix, suffix } : { source, name, namespace, prefix, suffix };
}
function instanceOf(job) {
  const instance = {
    source: job,
    current: structuredClone(job.job),
    name: job.name,
    prefix: "",
    suffix: ""
  };
  if (job.namespace !== void 0) instance.namespace = job.namespace;
  return instance;
}
function copyInstance(instance) {
  return { ...instance, current: structuredClone(instance.current) };
}
function uniqueJobs(jobs) {
  return [...new Map(jobs.map((job) => [job.key, job])).values()];
}
function renameInstances(kustomization, instances) {
  for (const instance of instances) {
    instance.prefix = `${kustomization.namePrefix ?? ""}${instance.prefix}`;
    instance.suffix = `${instance.suffix}${kustomization.nameSuffix ?? ""}`;
    instance.name = `${kustomization.namePrefix ?? ""}${instance.name}${kustomization.nameSuffix ?? ""}`;
    if (kustomization.namespace !== void 0) instance.namespace = kustomization.namespace;
  }
}

// src/gitops/kustomize/component-runs.ts
function mergeRuns(runs) {
  const first = runs[0];
  return {
    kustomization: first.kustomization,
    jobs: uniqueJobs(runs.flatMap((run2) => run2.jobs)),
    built: runs.flatMap((run2) => run2.built),
    problems: [...new Set(runs.flatMap((run2) => run2.problems))],
    overrides: first.overrides.map(
      (override, index) => mergeOverride(runs.map((run2) => run2.overrides[index] ?? override))
    )
  };
}
function mergeOverride(results) {
  const first = results[0];
  const reached = uniqueJobs(results.flatMap((result) => result.reached));
  const holds = results.flatMap((result) => result.holds ?? []);
  const merged = (outcome2) => ({
    ...first,
    reached,
    outcome: outcome2,
    ...holds.length > 0 && { holds }
  });
  const active = results.filter((result) => result.outcome.type !== "unaffected");
  const hold = active.find((result) => result.outcome.type === "hold");
  let outcome = hold?.outcome ?? active[0]?.outcome ?? { type: "unaffected" };
  const key = outcomeKey(outcome);
  const patchOutcomes = active.map((result) => result.outcome);
  if (!hold && patchOutcomes.length > 1 && patchOutcomes.every(isPatchOutcome)) {
    return merged(mergedPatchOutcome(patchOutcomes));
  }
  if (!hold && active.some((result) => outcomeKey(result.outcome) !== key)) {
    outcome = {
      type: "hold",
      reason: "the component is listed by several kustomizations, and its TrainJob forms would differ between them"
    };
  }
  return merged(outcome);
}
function outcomeKey(outcome) {
  if (outcome.type !== "replacement") return JSON.stringify(outcome);
  return JSON.stringify(outcome.replacements.map(({ node: _node, ...translation }) => translation));
}
var isPatchOutcome = (outcome) => outcome.type === "rewrite" || outcome.type === "split";
function mergedPatchOutcome(outcomes) {
  const groups = /* @__PURE__ */ new Map();
  let keepOriginal = false;
  for (const outcome of outcomes) {
    const formed2 = outcome.type === "rewrite" ? [{ names: [], documents: outcome.documents }] : outcome.groups;
    if (outcome.type === "split") keepOriginal ||= outcome.keepOriginal;
    for (const group of formed2) {
      const documentKey = JSON.stringify(group.documents);
      const known = groups.get(documentKey) ?? { names: [], documents: group.documents };
      for (const name of group.names) if (!known.names.includes(name)) known.names.push(name);
      groups.set(documentKey, known);
    }
  }
  const formed = [...groups.values()];
  if (formed.length === 1 && !keepOriginal)
    return { type: "rewrite", documents: formed[0].documents };
  if (formed.some((group) => group.names.length === 0))
    return {
      type: "hold",
      reason: "the component is listed by several kustomizations, and its TrainJob forms would differ between them"
    };
  return { type: "split", groups: formed, keepOriginal };
}

// src/gitops/kustomize/patch-evaluation.ts
var import_yaml9 = __toESM(require_dist(), 1);

// src/gitops/kustomize/selectors.ts
var SELECTOR_KEYS = [
  "group",
  "version",
  "kind",
  "name",
  "namespace",
  "labelSelector",
  "annotationSelector"
];
function selectorOf(value) {
  if (!isObject(value)) return void 0;
  const selector = {};
  for (const key of SELECTOR_KEYS) if (typeof value[key] === "string") selector[key] = value[key];
  return Object.keys(selector).length > 0 ? selector : void 0;
}
function selectsByJobKind(selector) {
  return selector.kind !== void 0 || selector.group !== void 0;
}
function usesImage(job, name) {
  const images = [];
  const walk2 = (value, inContainers) => {
    if (Array.isArray(value)) for (const item of value) walk2(item, inContainers);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (inContainers && key === "image" && typeof child === "string") images.push(child);
        walk2(child, key === "containers" || key === "initContainers");
      }
    }
  };
  walk2(job, false);
  return images.some((image) => imageName(image) === name);
}
function imageName(image) {
  const withoutDigest = image.split("@")[0];
  const colon = withoutDigest.lastIndexOf(":");
  return colon > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(0, colon) : withoutDigest;
}
function matchesEmbedded(instance, document) {
  if (document.kind !== "PyTorchJob") return false;
  const metadata = isObject(document.metadata) ? document.metadata : {};
  if (metadata.name !== instance.name && metadata.name !== instance.source.name) return false;
  return metadata.namespace === void 0 || metadata.namespace === instance.namespace || metadata.namespace === instance.source.namespace;
}
function matchesTarget(instance, target) {
  const [group, version] = splitApiVersion(String(instance.current.apiVersion ?? ""));
  if (target.kind !== void 0 && !fullMatch2(target.kind, String(instance.current.kind ?? ""))) return false;
  if (target.group !== void 0 && !fullMatch2(target.group, group)) return false;
  if (target.version !== void 0 && !fullMatch2(target.version, version)) return false;
  if (target.name !== void 0 && !fullMatch2(target.name, instance.name) && !fullMatch2(target.name, instance.source.name))
    return false;
  if (target.namespace !== void 0 && !fullMatch2(target.namespace, instance.namespace ?? "default"))
    return false;
  const metadata = isObject(instance.current.metadata) ? instance.current.metadata : {};
  if (target.labelSelector !== void 0 && !matchesSelector(target.labelSelector, metadata.labels))
    return false;
  if (target.annotationSelector !== void 0 && !matchesSelector(target.annotationSelector, metadata.annotations))
    return false;
  return true;
}
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? ["", apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}
function fullMatch2(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}
function matchesSelector(selector, labels) {
  const map = isObject(labels) ? labels : {};
  return selector.split(",").map((term) => term.trim()).filter((term) => term.length > 0).every((term) => {
    const unequal = /^([^!=]+)!=(.*)$/.exec(term);
    if (unequal) return map[unequal[1].trim()] !== unequal[2].trim();
    const equal = /^([^=]+)==?(.*)$/.exec(term);
    if (equal) return map[equal[1].trim()] === equal[2].trim();
    if (term.startsWith("!")) return !(term.slice(1) in map);
    return term in map;
  });
}

// src/gitops/kustomize/patch-evaluation.ts
function evaluatePatch(world, kustomization, override, instances, isConverting, result) {
  let text;
  if (override.source.type === "inline") text = override.source.text;
  else {
    result.patchFile = joinPath(kustomization.dir, override.source.value);
    text = world.read(result.patchFile);
  }
  const targeted = override.target ? instances.filter((instance) => matchesTarget(instance, override.target)) : [];
  if (text === void 0) {
    if (targeted.length > 0) {
      result.reached = uniqueJobs(targeted.map((instance) => instance.source));
      result.outcome = { type: "hold", reason: `the patch file ${result.patchFile} cannot be read` };
    }
    return result;
  }
  let documents;
  try {
    const parsed = (0, import_yaml9.parseAllDocuments)(text);
    if (!Array.isArray(parsed)) throw new Error("not YAML");
    const error = parsed.flatMap((document) => document.errors)[0];
    if (error) throw error;
    documents = parsed.map((document) => document.toJSON()).filter((document) => document !== null);
  } catch (error) {
    if (targeted.length > 0 || /PyTorchJob/.test(text)) {
      result.reached = uniqueJobs(
        (targeted.length > 0 ? targeted : instances).map((instance) => instance.source)
      );
      result.outcome = { type: "hold", reason: `the patch cannot be parsed (${error.message})` };
    }
    return result;
  }
  if (override.style === "patches-smp" && documents.length === 1 && Array.isArray(documents[0])) {
    override.style = "patches-json6902";
  }
  if (override.target?.kind !== void 0) {
    if (targeted.length === 0) return result;
    return evaluateTargeted(world, documents, targeted, isConverting, result);
  }
  const translatedDocuments = [];
  const reached = [];
  let holdReason;
  for (const document of documents) {
    const isJsonPatch = Array.isArray(document);
    const matched = override.target ? targeted : isObject(document) && !isJsonPatch ? instances.filter((instance) => matchesEmbedded(instance, document)) : [];
    if (matched.length === 0) {
      translatedDocuments.push({ type: "other", value: document });
      continue;
    }
    reached.push(...matched);
    if (override.target && override.target.kind === void 0) {
      holdReason ??= "its target selects by name or labels only, so it may also patch objects that are not jobs";
    }
    if (matched.some((instance) => !isConverting(instance.source))) {
      holdReason ??= "it also reaches a job that stays a PyTorchJob, and one patch cannot fit both kinds";
    }
    let translatedOnce;
    for (const instance of matched) {
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === "side-by-side") {
        holdReason ??= "side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written";
        continue;
      }
      const outcome = isJsonPatch ? translateJsonPatch(instance.current, document, options) : translateStrategicPatch(instance.current, document, options);
      if (!outcome.ok) {
        holdReason ??= outcome.reason;
        continue;
      }
      instance.current = outcome.patched;
      const translated = isJsonPatch ? { type: "json6902", value: outcome.value } : { type: "strategic", value: outcome.value };
      if (translatedOnce && JSON.stringify(translatedOnce) !== JSON.stringify(translated)) {
        holdReason ??= "it reaches several jobs whose TrainJob patches would differ";
      }
      translatedOnce ??= translated;
    }
    if (translatedOnce) translatedDocuments.push(translatedOnce);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome = holdReason === void 0 ? { type: "rewrite", documents: translatedDocuments } : { type: "hold", reason: holdReason };
  return result;
}
function evaluateTargeted(world, documents, targeted, isConverting, result) {
  result.reached = uniqueJobs(targeted.map((instance) => instance.source));
  const groups = /* @__PURE__ */ new Map();
  const holds = [];
  let keepOriginal = false;
  for (const instance of targeted) {
    if (!isConverting(instance.source)) {
      keepOriginal = true;
      continue;
    }
    const options = world.optionsFor(instance.source.relPath);
    if (options.strategy === "side-by-side") {
      holds.push({
        job: instance.source,
        reason: "side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written"
      });
      continue;
    }
    let current = instance.current;
    const translated = [];
    let failure;
    for (const document of documents) {
      const outcome = Array.isArray(document) ? translateJsonPatch(current, document, options) : isObject(document) ? translateStrategicPatch(current, document, options) : { ok: false, reason: "a patch document is neither a map nor a list" };
      if (!outcome.ok) {
        failure = outcome.reason;
        break;
      }
      current = outcome.patched;
      translated.push(
        Array.isArray(document) ? { type: "json6902", value: outcome.value } : { type: "strategic", value: outcome.value }
      );
    }
    if (failure !== void 0) {
      holds.push({ job: instance.source, reason: `for ${instance.name}, ${failure}` });
      continue;
    }
    instance.current = current;
    const key = JSON.stringify(translated);
    const group = groups.get(key) ?? { names: [], documents: translated };
    if (!group.names.includes(instance.name)) group.names.push(instance.name);
    groups.set(key, group);
  }
  if (holds.length > 0) result.holds = holds;
  const formed = [...groups.values()];
  if (formed.length === 0) {
    if (keepOriginal || holds.length > 0) result.outcome = { type: "split", groups: [], keepOriginal: true };
    return result;
  }
  result.outcome = formed.length === 1 && !keepOriginal && holds.length === 0 ? { type: "rewrite", documents: formed[0].documents } : { type: "split", groups: formed, keepOriginal: keepOriginal || holds.length > 0 };
  return result;
}

// src/gitops/kustomize/replacement-evaluation.ts
var import_yaml10 = __toESM(require_dist(), 1);
function replacementEntries(world, kustomization, override, result) {
  if (override.path === void 0) return [{ node: override.node, value: override.value ?? null }];
  result.patchFile = joinPath(kustomization.dir, override.path);
  const text = world.read(result.patchFile);
  if (text === void 0) return `the replacement file ${result.patchFile} cannot be read`;
  const document = (0, import_yaml10.parseDocument)(text);
  const error = document.errors[0];
  if (error) return `the replacement file ${result.patchFile} cannot be parsed (${error.message})`;
  const root = document.contents;
  const maps = (0, import_yaml10.isMap)(root) ? [root] : (0, import_yaml10.isSeq)(root) ? root.items.filter(import_yaml10.isMap) : [];
  return maps.map((node) => ({ node, value: node.toJSON() }));
}
function evaluateReplacement(world, kustomization, override, instances, isConverting, result) {
  const entries = replacementEntries(world, kustomization, override, result);
  if (typeof entries === "string") {
    result.reached = uniqueJobs(instances.map((instance) => instance.source));
    if (result.reached.length > 0) result.outcome = { type: "hold", reason: entries };
    return result;
  }
  const reached = [];
  const translations = [];
  let holdReason;
  for (const entry of entries) {
    const effect = replacementEffect(world, entry, instances, isConverting);
    reached.push(...effect.reached);
    holdReason ??= effect.holdReason;
    if (effect.translation) translations.push(effect.translation);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome = holdReason === void 0 ? { type: "replacement", replacements: translations } : { type: "hold", reason: holdReason };
  return result;
}
function replacementEffect(world, entry, instances, isConverting) {
  const value = isObject(entry.value) ? entry.value : {};
  const reached = [];
  const translation = { node: entry.node, retargetSource: false, targets: [] };
  let holdReason;
  const translatePaths = (matched, fieldPaths, role) => {
    let agreed;
    for (const instance of matched) {
      if (!isConverting(instance.source)) {
        holdReason ??= `its ${role} also reaches a job that stays a PyTorchJob, and one replacement cannot fit both kinds`;
        return void 0;
      }
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === "side-by-side") {
        holdReason ??= "side-by-side keeps the PyTorchJob and its replacements; none are written for the added TrainJob";
        return void 0;
      }
      const outcome = role === "source" ? translateSourcePath(instance.current, fieldPaths[0], options) : translateReplacementPaths(instance.current, fieldPaths, options);
      if (!outcome.ok) {
        holdReason ??= `its ${role} field paths (${fieldPaths.join(", ")}): ${outcome.reason}`;
        return void 0;
      }
      const paths = typeof outcome.value === "string" ? [outcome.value] : outcome.value;
      if (agreed && agreed.join() !== paths.join()) {
        holdReason ??= `its ${role} reaches several jobs whose TrainJob field paths would differ`;
        return void 0;
      }
      agreed ??= paths;
    }
    return agreed;
  };
  const source = isObject(value.source) ? value.source : void 0;
  const sourceSelector = selectorOf(source);
  if (source && sourceSelector) {
    const matched = instances.filter((instance) => matchesTarget(instance, sourceSelector));
    if (matched.length > 0) {
      reached.push(...matched);
      const fieldPath = typeof source.fieldPath === "string" ? source.fieldPath : "metadata.name";
      const path = translatePaths(matched, [fieldPath], "source")?.[0];
      if (path !== void 0 && path !== fieldPath) {
        if (typeof source.fieldPath === "string") translation.sourceFieldPath = path;
        else holdReason ??= "its source has no fieldPath to rewrite";
      }
      translation.retargetSource = selectsByJobKind(sourceSelector);
    }
  }
  const targets = Array.isArray(value.targets) ? value.targets : [];
  targets.forEach((target, index) => {
    if (!isObject(target)) return;
    const select = selectorOf(target.select);
    if (!select) return;
    const rejects = (Array.isArray(target.reject) ? target.reject : []).map(selectorOf).filter((reject) => reject !== void 0);
    const selected = instances.filter((instance) => matchesTarget(instance, select));
    const rejectedByKind = selected.filter(
      (instance) => rejects.some((reject) => selectsByJobKind(reject) && matchesTarget(instance, reject))
    );
    const matched = selected.filter((instance) => !rejects.some((reject) => matchesTarget(instance, reject)));
    if (rejectedByKind.some((instance) => isConverting(instance.source))) {
      reached.push(...rejectedByKind);
      holdReason ??= "its reject list names the PyTorchJob by kind or group, which the TrainJob would no longer match";
    }
    if (matched.length === 0) return;
    reached.push(...matched);
    if (select.kind === void 0) {
      holdReason ??= "its target selects by name or labels only, so it may also reach objects that are not jobs";
      return;
    }
    const fieldPaths = Array.isArray(target.fieldPaths) ? target.fieldPaths.filter((path) => typeof path === "string") : [];
    if (fieldPaths.length === 0) {
      holdReason ??= "its target names no fieldPaths";
      return;
    }
    const paths = translatePaths(matched, fieldPaths, "target");
    if (paths) translation.targets.push({ index, fieldPaths: paths });
  });
  return {
    reached,
    ...holdReason === void 0 ? { translation } : { holdReason }
  };
}

// src/gitops/kustomize/kustomization-pass.ts
function evaluateOnce(world, held) {
  const memo = /* @__PURE__ */ new Map();
  const componentRuns = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const isConverting = (job) => job.converting && !held.has(job.key);
  const accumulate = (kustomization, instances, evaluation) => {
    const components = [];
    for (const reference of kustomization.references) {
      if (reference.field === "configurations") continue;
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === "remote") {
        evaluation.problems.push(
          `line ${reference.line} names a remote ${reference.field} entry (${reference.value}), which is not fetched`
        );
      } else if (resolved.type === "missing") {
        evaluation.problems.push(`line ${reference.line}: ${resolved.why}`);
      } else if (reference.field === "components") {
        if (resolved.type === "kustomization")
          components.push({ relPath: resolved.relPath, line: reference.line });
        else evaluation.problems.push(`line ${reference.line}: component ${reference.value} is not a folder`);
      } else if (resolved.type === "file") {
        for (const job of world.jobsIn(resolved.relPath)) instances.push(instanceOf(job));
      } else {
        const inner = visit(resolved.relPath);
        instances.push(...inner.instances.map(copyInstance));
        evaluation.problems.push(
          ...inner.evaluation.problems.map((problem) => `${resolved.relPath}: ${problem}`)
        );
      }
    }
    for (const component of components) applyComponent(component.relPath, instances, evaluation);
  };
  const transform = (kustomization, instances, evaluation) => {
    for (const override of kustomization.overrides) {
      evaluation.overrides.push(evaluateOverride(world, kustomization, override, instances, isConverting));
    }
    renameInstances(kustomization, instances);
    evaluation.jobs = uniqueJobs(instances.map((instance) => instance.source));
    evaluation.built = instances.map(builtJobOf);
  };
  const visit = (relPath) => {
    const known = memo.get(relPath);
    if (known) return known;
    const kustomization = world.kustomizations.get(relPath);
    const evaluation = emptyEvaluation(kustomization);
    if (visiting.has(relPath)) {
      evaluation.problems.push("it includes itself through its resources");
      return { instances: [], evaluation };
    }
    visiting.add(relPath);
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    const instances = [];
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    const result = { instances, evaluation };
    memo.set(relPath, result);
    return result;
  };
  const applyComponent = (relPath, instances, parent) => {
    const kustomization = world.kustomizations.get(relPath);
    if (visiting.has(relPath)) {
      parent.problems.push(`${relPath}: it includes itself through its components`);
      return;
    }
    visiting.add(relPath);
    const evaluation = emptyEvaluation(kustomization);
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    parent.problems.push(...evaluation.problems.map((problem) => `${relPath}: ${problem}`));
    componentRuns.set(relPath, [...componentRuns.get(relPath) ?? [], evaluation]);
  };
  const relPaths = [...world.kustomizations.keys()];
  for (const relPath of relPaths) {
    if (!world.kustomizations.get(relPath)?.isComponent) visit(relPath);
  }
  return relPaths.map((relPath) => {
    const runs = componentRuns.get(relPath);
    return runs ? mergeRuns(runs) : visit(relPath).evaluation;
  });
}
function evaluateOverride(world, kustomization, override, instances, isConverting) {
  const result = {
    kustomization,
    override,
    reached: [],
    outcome: { type: "unaffected" }
  };
  if (override.kind === "image") {
    result.reached = uniqueJobs(
      instances.filter((instance) => usesImage(instance.current, override.name)).map((instance) => instance.source)
    );
    if (result.reached.length > 0) result.outcome = { type: "image" };
    return result;
  }
  if (override.kind === "replacement") {
    return evaluateReplacement(world, kustomization, override, instances, isConverting, result);
  }
  return evaluatePatch(world, kustomization, override, instances, isConverting, result);
}
function emptyEvaluation(kustomization) {
  return { kustomization, jobs: [], built: [], overrides: [], problems: [] };
}

// src/gitops/kustomize/evaluate.ts
function evaluateAll(world, initiallyHeld = /* @__PURE__ */ new Set()) {
  const held = new Map([...initiallyHeld].map((key) => [key, []]));
  for (; ; ) {
    const evaluations = evaluateOnce(world, held);
    let grew = false;
    for (const evaluation of evaluations) {
      const reasons = holdReasons(evaluation);
      for (const job of evaluation.jobs) {
        const reason = reasons.get(job.key);
        if (reason === void 0 || !job.converting) continue;
        const known = held.get(job.key);
        if (!known) {
          held.set(job.key, [reason]);
          grew = true;
        } else if (!known.includes(reason)) known.push(reason);
      }
    }
    if (!grew) return { evaluations, held };
  }
}
function holdReasons(evaluation) {
  const reasons = /* @__PURE__ */ new Map();
  const where = evaluation.kustomization.relPath;
  if (evaluation.problems.length > 0) {
    for (const job of evaluation.jobs) reasons.set(job.key, `${where}: ${evaluation.problems.join("; ")}`);
  }
  for (const result of evaluation.overrides) {
    for (const { job, reason } of result.holds ?? [])
      reasons.set(job.key, `${describeOverride(result)}: ${reason}`);
    if (result.outcome.type !== "hold") continue;
    const what = describeOverride(result);
    for (const job of result.reached) reasons.set(job.key, `${what}: ${result.outcome.reason}`);
  }
  return reasons;
}
function describeOverride(result) {
  const { kustomization, override, patchFile } = result;
  const file = patchFile === void 0 ? "" : ` (${patchFile})`;
  return `${kustomization.relPath} line ${override.line}, ${override.style} entry${file}`;
}

// src/gitops/kustomize/edits.ts
var import_yaml11 = __toESM(require_dist(), 1);
function applySplices(text, splices) {
  let result = text;
  const ordered = splices.map((splice, index) => ({ splice, index }));
  ordered.sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  for (const { splice } of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}
function patchText(documents, asJson) {
  if (asJson && documents.length === 1)
    return `${JSON.stringify(documents[0].value, null, 2)}
`;
  return documents.map((document) => (0, import_yaml11.stringify)(document.value, { lineWidth: 0 })).join("---\n");
}
function looksLikeJson(text) {
  const start = text.trimStart();
  return start.startsWith("[") || start.startsWith("{");
}
var RETARGET = {
  kind: ["PyTorchJob", "TrainJob"],
  group: ["kubeflow.org", "trainer.kubeflow.org"],
  version: ["v1", "v1alpha1"]
};
function selectorSplices(selector) {
  const splices = [];
  const names = selector?.get("kind") === "PyTorchJob" || selector?.get("group") === "kubeflow.org";
  for (const pair of selector?.items ?? []) {
    if (!(0, import_yaml11.isScalar)(pair.key) || !(0, import_yaml11.isScalar)(pair.value)) continue;
    const rule = RETARGET[String(pair.key.value)];
    const node = pair.value;
    if (!rule || node.value !== rule[0] || !node.range) continue;
    if (pair.key.value === "version" && !names) continue;
    splices.push({ start: node.range[0], end: node.range[1], text: rule[1] });
  }
  return splices;
}
function scalarSplice(node, value) {
  const [start, end] = node.range ?? [0, 0];
  const text = node.type === "QUOTE_DOUBLE" ? JSON.stringify(value) : node.type === "QUOTE_SINGLE" ? `'${value}'` : value;
  return { start, end, text };
}
function sequenceSplices(text, sequence, values) {
  if (!(0, import_yaml11.isSeq)(sequence) || !sequence.range) return [];
  const items = sequence.items.filter(import_yaml11.isScalar);
  if (sequence.flow || items.length === 0) {
    const [start, end] = sequence.range;
    return [{ start, end, text: `[${values.join(", ")}]` }];
  }
  const splices = [];
  items.forEach((item, index) => {
    const value = values[index];
    if (value !== void 0) {
      if (value !== item.value) splices.push(scalarSplice(item, value));
      return;
    }
    const [start, end] = item.range ?? [0, 0];
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    splices.push({ start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1, text: "" });
  });
  const last = items[items.length - 1];
  const [lastStart, lastEnd] = last.range ?? [0, 0];
  const prefix = text.slice(text.lastIndexOf("\n", lastStart - 1) + 1, lastStart);
  const added = values.slice(items.length).map((value) => `
${prefix}${value}`);
  if (added.length > 0) splices.push({ start: lastEnd, end: lastEnd, text: added.join("") });
  return splices;
}
function replacementSplices(text, translation) {
  const splices = [];
  const source = translation.node.get("source", true);
  if ((0, import_yaml11.isMap)(source)) {
    if (translation.retargetSource) splices.push(...selectorSplices(source));
    const fieldPath = source.get("fieldPath", true);
    if (translation.sourceFieldPath !== void 0 && (0, import_yaml11.isScalar)(fieldPath)) {
      splices.push(scalarSplice(fieldPath, translation.sourceFieldPath));
    }
  }
  const targets = translation.node.get("targets", true);
  for (const { index, fieldPaths } of translation.targets) {
    const target = (0, import_yaml11.isSeq)(targets) ? targets.items[index] : void 0;
    if (!(0, import_yaml11.isMap)(target)) continue;
    const select = target.get("select", true);
    if ((0, import_yaml11.isMap)(select)) splices.push(...selectorSplices(select));
    const rejects = target.get("reject", true);
    for (const reject of (0, import_yaml11.isSeq)(rejects) ? rejects.items : [])
      if ((0, import_yaml11.isMap)(reject)) splices.push(...selectorSplices(reject));
    splices.push(...sequenceSplices(text, target.get("fieldPaths", true), fieldPaths));
  }
  return splices;
}
function inlineSplice(kustomization, node, newText) {
  const [start, end] = node.range ?? [0, 0];
  const source = kustomization.text.slice(start, end);
  if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") {
    return { start, end, text: JSON.stringify(newText) };
  }
  const contentIndent = /\n([ \t]+)\S/.exec(source)?.[1] ?? "  ";
  const lines = newText.replace(/\n$/, "").split("\n");
  const body = lines.map((line) => line === "" ? "" : `${contentIndent}${line}`).join("\n");
  const chomp = /^[|>]-/.test(source) ? "-" : "";
  return { start, end, text: `|${chomp}
${body}
` };
}
function replacementEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  if (result.outcome.type !== "replacement") return edits;
  const file = result.patchFile;
  const text = file === void 0 ? kustomization.text : fileText(file);
  if (text === void 0) return edits;
  const splices = result.outcome.replacements.flatMap((translation) => replacementSplices(text, translation));
  if (file === void 0) edits.splices.push(...splices);
  else if (splices.length > 0) edits.files.set(file, applySplices(text, splices));
  return edits;
}
function patchEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  if (result.outcome.type !== "rewrite" || result.override.kind !== "patch") return edits;
  const override = result.override;
  edits.splices.push(...selectorSplices(override.targetNode));
  const documents = result.outcome.documents;
  if (override.source.type === "inline") {
    const text = patchText(documents, looksLikeJson(override.source.text));
    edits.splices.push(inlineSplice(kustomization, override.source.node, text));
  } else if (result.patchFile !== void 0) {
    const original = fileText(result.patchFile) ?? "";
    const asJson = /\.json$/i.test(result.patchFile) || looksLikeJson(original);
    edits.files.set(result.patchFile, leadingComments(original) + patchText(documents, asJson));
  }
  return edits;
}
function leadingComments(text) {
  return /^(?:[ \t]*#[^\n]*\n)*/.exec(text)?.[0] ?? "";
}
var IMAGE_CONFIG_FILE = "trainjob-images.yaml";
var IMAGE_CONFIG_TEXT = `# kustomize's images: transformer only rewrites image fields in containers lists; this field spec
# lets the images: overrides of this kustomization reach TrainJobs (spec.trainer.image) as well.
images:
  - kind: TrainJob
    path: spec/trainer/image
`;
function configurationSplice(kustomization) {
  return listEntrySplice(kustomization, "configurations", IMAGE_CONFIG_FILE);
}
function listEntrySplice(kustomization, field, entry) {
  const node = field === "configurations" ? kustomization.configurationsNode : kustomization.transformersNode;
  const text = kustomization.text;
  if (node?.range) {
    const [start, end] = node.range;
    const source = text.slice(start, end);
    if (source.trimStart().startsWith("[")) {
      const close = start + source.lastIndexOf("]");
      const empty2 = /\[\s*\]$/.test(source.trimEnd());
      return { start: close, end: close, text: empty2 ? entry : `, ${entry}` };
    }
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const indent = text.slice(lineStart, start);
    const itemIndent = /^\s*$/.test(indent) ? indent : "";
    if (text[end - 1] === "\n") return { start: end, end, text: `${itemIndent}- ${entry}
` };
    return { start: end, end, text: `
${itemIndent}- ${entry}` };
  }
  const prefix = text.length === 0 || text.endsWith("\n") ? "" : "\n";
  return { start: text.length, end: text.length, text: `${prefix}${field}:
  - ${entry}
` };
}
var CLUSTER_SCOPED_FILE = "trainjob-cluster-scoped.yaml";
var CLUSTER_SCOPED_TEXT = `# ClusterTrainingRuntimes are cluster-scoped, but kustomize does not know it: the namespace:
# transformer of this kustomization stamps its namespace on them. This transformer, which runs
# after it, removes the namespace again.
apiVersion: builtin
kind: PatchTransformer
metadata:
  name: trainjob-cluster-scoped-runtimes
target:
  group: trainer.kubeflow.org
  kind: ClusterTrainingRuntime
patch: |-
  - op: remove
    path: /metadata/namespace
`;
var TRAINJOB_TARGET = "group: trainer.kubeflow.org, version: v1alpha1, kind: TrainJob";
function namesPattern(names) {
  return names.map((name) => name.replace(/[.]/g, "\\.")).join("|");
}
function targetNameSplice(text, target, pattern) {
  const quoted = JSON.stringify(pattern);
  const name = target.get("name", true);
  if ((0, import_yaml11.isScalar)(name) && name.range) return { start: name.range[0], end: name.range[1], text: quoted };
  const [start, end] = target.range ?? [0, 0];
  if (target.flow) {
    const close = start + text.slice(start, end).lastIndexOf("}");
    return { start: close, end: close, text: `, name: ${quoted}` };
  }
  const first = target.items[0]?.key;
  const keyStart = first?.range?.[0] ?? start;
  const indent = text.slice(text.lastIndexOf("\n", keyStart - 1) + 1, keyStart);
  const lineEnd = text.indexOf("\n", Math.max(start, end - 1));
  const at2 = lineEnd === -1 ? text.length : lineEnd + 1;
  return { start: at2, end: at2, text: `${/^\s*$/.test(indent) ? indent : "  "}name: ${quoted}
` };
}
function groupEntryText(itemIndent, pattern, documents, line) {
  const body = patchText(documents, false).replace(/\n$/, "").split("\n");
  const inner = `${itemIndent}    `;
  return [
    `${itemIndent}# The entry at line ${line} in TrainJob form, for the converted jobs it reaches.`,
    `${itemIndent}- target: {${TRAINJOB_TARGET}, name: ${JSON.stringify(pattern)}}`,
    `${itemIndent}  patch: |-`,
    ...body.map((bodyLine) => bodyLine === "" ? "" : `${inner}${bodyLine}`),
    ""
  ].join("\n");
}
function splitEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  const { override, outcome } = result;
  if (outcome.type !== "split" || override.kind !== "patch" || !override.entryNode?.range) return edits;
  const text = kustomization.text;
  const groups = [...outcome.groups];
  if (!outcome.keepOriginal) {
    const first = groups.shift();
    const inPlace = patchEdits(
      kustomization,
      { ...result, outcome: { type: "rewrite", documents: first.documents } },
      fileText
    );
    edits.splices.push(...inPlace.splices);
    for (const [relPath, fileNew] of inPlace.files) edits.files.set(relPath, fileNew);
    if (override.targetNode)
      edits.splices.push(targetNameSplice(text, override.targetNode, namesPattern(first.names)));
  }
  if (groups.length === 0) return edits;
  const entry = override.entryNode;
  const entryStart = entry.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf("\n", entryStart - 1) + 1;
  const dash = text.lastIndexOf("-", entryStart);
  const itemIndent = text.slice(lineStart, dash >= lineStart ? dash : entryStart).replace(/\S.*$/, "");
  const entryEnd = entry.range?.[1] ?? text.length;
  const at2 = text[entryEnd - 1] === "\n" ? entryEnd : nextLine(text, entryEnd);
  const added = groups.map((group) => groupEntryText(itemIndent, namesPattern(group.names), group.documents, override.line)).join("");
  edits.splices.push({ start: at2, end: at2, text: added });
  return edits;
}
function nextLine(text, offset) {
  const lineEnd = text.indexOf("\n", offset);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

// src/gitops/kustomize/kustomize-report.ts
function isAffected(evaluation) {
  return evaluation.jobs.length > 0 || evaluation.problems.length > 0;
}
function kustomizeReport(outcome, builds, binary) {
  const report = {
    kustomizations: outcome.evaluations.filter(isAffected).map((evaluation) => reportOf(evaluation, outcome.held, builds, binary))
  };
  if (binary) {
    report.binary = binary.display;
    if (binary.version !== void 0) report.version = binary.version;
  }
  return report;
}
function replacementSummary(replacements) {
  const paths = replacements.flatMap((replacement) => [
    ...replacement.sourceFieldPath === void 0 ? [] : [`source ${replacement.sourceFieldPath}`],
    ...replacement.targets.flatMap((target) => target.fieldPaths)
  ]);
  return paths.length > 0 ? `field paths ${[...new Set(paths)].join(", ")}` : "selectors retargeted";
}
function splitSummary(groups, keepOriginal) {
  const converted = groups.map((group) => group.names.join(", ")).join("; ");
  return `carried over to the TrainJobs ${converted} in an entry of its own per TrainJob form${keepOriginal ? "; the entry itself stays for the jobs that remain PyTorchJobs" : ""}`;
}
function reportOf(evaluation, held, builds, binary) {
  const { kustomization } = evaluation;
  const isHeld = evaluation.jobs.some((job) => held.has(job.key) && job.converting);
  const anyConverting = evaluation.jobs.some((job) => job.converting && !held.has(job.key));
  const overrides = evaluation.overrides.filter((result) => result.reached.length > 0).map((result) => {
    const rewritten = result.outcome.type === "split" || result.reached.every((job) => job.converting && !held.has(job.key));
    const entry = {
      style: result.override.style,
      path: result.patchFile ?? kustomization.relPath,
      line: result.override.line,
      outcome: result.outcome.type === "hold" || !rewritten ? "held" : "rewritten",
      message: result.outcome.type === "hold" ? `${describeOverride(result)}: ${result.outcome.reason}` : !rewritten ? "left as it is: the jobs it reaches stay PyTorchJobs" : result.outcome.type === "image" ? `the image override reaches the TrainJob through the ${IMAGE_CONFIG_FILE} field spec` : result.outcome.type === "replacement" ? `carried over to the TrainJob (${replacementSummary(result.outcome.replacements)})` : result.outcome.type === "split" ? splitSummary(result.outcome.groups, result.outcome.keepOriginal) : "carried over to the TrainJob"
    };
    if (result.patchFile !== void 0) entry.line = result.override.line;
    return entry;
  });
  const build = builds.get(kustomization.relPath);
  const report = {
    path: kustomization.relPath,
    status: evaluation.problems.length > 0 ? "error" : isHeld ? "held" : anyConverting ? "rewritten" : "unaffected",
    build: build?.build ?? "not-run",
    jobs: evaluation.jobs.map((job) => ({
      name: job.name,
      path: job.relPath,
      ...job.namespace === void 0 ? {} : { namespace: job.namespace }
    })),
    overrides,
    findings: []
  };
  const message = build?.message ?? (binary ? void 0 : "no kustomize or kubectl binary was found on PATH, so no build check was run");
  if (message !== void 0) report.buildMessage = message;
  for (const result of evaluation.overrides) {
    if (result.outcome.type !== "image" || !result.reached.some((job) => job.converting && !held.has(job.key)))
      continue;
    report.findings.push({
      severity: "info",
      code: "KUSTOMIZE_IMAGE_OVERRIDE",
      message: `the images: entry at line ${result.override.line} retags a converted job; kustomize only reaches spec.trainer.image of a TrainJob through the field spec in ${IMAGE_CONFIG_FILE}, listed under configurations`,
      path: ""
    });
  }
  if (evaluation.problems.length > 0) {
    report.findings.push({
      severity: "warning",
      code: evaluation.problems.some((problem) => REMOTE_PROBLEM.test(problem)) ? "KUSTOMIZE_REMOTE" : "KUSTOMIZE_OVERLAY",
      message: evaluation.problems.join("; "),
      path: ""
    });
  }
  return report;
}

// src/gitops/kustomize/plan-world.ts
var import_yaml12 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join6 } from "node:path";
function worldOf(plan, kustomizations) {
  const jobCache = /* @__PURE__ */ new Map();
  const view = rootViewOf(plan);
  return {
    kustomizations,
    resolve: (dir, value) => resolveReference(plan, kustomizations, dir, value),
    jobsIn(relPath) {
      let jobs = jobCache.get(relPath);
      if (!jobs) {
        jobs = jobsOf(plan, relPath);
        jobCache.set(relPath, jobs);
      }
      return jobs;
    },
    read: (relPath) => view.readBefore(relPath),
    optionsFor: (relPath) => {
      const { hold: _hold, validate: _validate, ...options } = plan.rewriteOptionsFor(relPath);
      return options;
    }
  };
}
function resolveReference(plan, kustomizations, dir, value) {
  const { root } = plan;
  if (isRemoteReference(value)) return { type: "remote" };
  const relPath = joinPath(dir, value);
  if (relPath.startsWith("../")) return { type: "missing", why: `${value} is outside the scanned folder` };
  const planned = plan.files.get(relPath);
  if (planned?.original === void 0 && planned?.rewrite.newText !== void 0) {
    return { type: "file", relPath };
  }
  const absolute = join6(root, relPath);
  let isDirectory;
  try {
    isDirectory = statSync2(absolute).isDirectory();
  } catch {
    return { type: "missing", why: `${value} does not exist` };
  }
  if (!isDirectory) return { type: "file", relPath };
  for (const name of KUSTOMIZATION_NAMES) {
    const candidate = relPath === "" ? name : `${relPath}/${name}`;
    if (kustomizations.has(candidate)) return { type: "kustomization", relPath: candidate };
    if (existsSync(join6(root, candidate))) {
      return { type: "missing", why: `${candidate} was not scanned (check the include and exclude globs)` };
    }
  }
  return { type: "missing", why: `${value} is a folder without a kustomization file` };
}
function jobsOf(plan, relPath) {
  const file = plan.files.get(relPath);
  if (file?.original === void 0 || !/PyTorchJob/.test(file.original)) return [];
  const jobs = [];
  for (const document of (0, import_yaml12.parseAllDocuments)(file.original)) {
    if (!("toJSON" in document) || document.errors.length > 0) continue;
    const object = document.toJSON();
    if (!isObject(object) || object.kind !== "PyTorchJob") continue;
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = String(metadata.name ?? "");
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
    const planned = file.rewrite.jobs.find((job2) => job2.name === name && job2.namespace === namespace);
    const job = {
      key: `${relPath}#${namespace ?? ""}/${name}`,
      relPath,
      name,
      job: object,
      converting: planned?.status === "converted" && file.rewrite.newText !== void 0
    };
    if (namespace !== void 0) job.namespace = namespace;
    jobs.push(job);
  }
  return jobs;
}
function readIfExists(root, relPath) {
  try {
    return readFileSync2(join6(root, relPath), "utf8");
  } catch {
    return void 0;
  }
}

// src/gitops/kustomize/planned-changes.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/gitops/kustomize/field-specs.ts
var import_yaml13 = __toESM(require_dist(), 1);
var PROBE = "trainjob-migrate-field-spec-probe";
function placesOf(value, segments, at2 = []) {
  if (Array.isArray(value)) return value.flatMap((item, index) => placesOf(item, segments, [...at2, index]));
  if (segments.length === 0) return typeof value === "string" ? [at2] : [];
  if (!isObject(value)) return [];
  const [head, ...rest] = segments;
  return head in value ? placesOf(value[head], rest, [...at2, head]) : [];
}
function setAt2(object, place, value) {
  let node = object;
  for (const key of place.slice(0, -1)) node = node[key];
  node[place.at(-1)] = value;
}
function trainJobFieldSpecPaths(jobs, path, optionsFor) {
  const segments = path.split("/").filter((segment) => segment !== "");
  const found = /* @__PURE__ */ new Set();
  for (const job of jobs) {
    for (const place of placesOf(job, segments)) {
      const probed = structuredClone(job);
      setAt2(probed, place, PROBE);
      const converted = convertJob(probed, optionsFor(job));
      if (!converted.ok) continue;
      for (const pointer of locationsOf(converted.trainJob, PROBE)) {
        const parts = pointer.split("/").slice(1).filter((part) => !/^\d+$/.test(part)).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
        found.add(parts.join("/"));
      }
    }
  }
  return [...found].sort();
}
function pytorchJobFieldSpecs(text) {
  const lines = new import_yaml13.LineCounter();
  const document = (0, import_yaml13.parseDocument)(text, { lineCounter: lines });
  if (document.errors.length > 0) return [];
  const specs = [];
  const walk2 = (node) => {
    if ((0, import_yaml13.isSeq)(node)) for (const item of node.items) walk2(item);
    else if ((0, import_yaml13.isMap)(node)) {
      const path = node.get("path");
      if (node.get("kind") === "PyTorchJob" && typeof path === "string") {
        specs.push({ node, path, line: lines.linePos(node.range?.[0] ?? 0).line });
        return;
      }
      for (const pair of node.items) walk2(pair.value);
    }
  };
  walk2(document.contents);
  return specs;
}
var TRAINJOB_VALUES = {
  kind: "TrainJob",
  group: "trainer.kubeflow.org",
  version: "v1alpha1"
};
function withTrainJobFieldSpecs(text, pathsFor) {
  const existing = new Set(
    pytorchJobFieldSpecs(text.replace(/kind: TrainJob/g, "kind: PyTorchJob")).map((spec) => spec.path)
  );
  const splices = [];
  for (const spec of pytorchJobFieldSpecs(text)) {
    const [start, end] = spec.node.range ?? [0, 0];
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", Math.max(start, end - 1));
    const itemEnd = lineEnd === -1 ? text.length : lineEnd + 1;
    const item = text.slice(lineStart, itemEnd);
    for (const path of pathsFor(spec)) {
      if (existing.has(path)) continue;
      const edits = [];
      for (const pair of spec.node.items) {
        if (!(0, import_yaml13.isScalar)(pair.key) || !(0, import_yaml13.isScalar)(pair.value)) continue;
        const key = String(pair.key.value);
        const value = key === "path" ? path : TRAINJOB_VALUES[key];
        const range = pair.value.range;
        if (value === void 0 || !range) continue;
        edits.push({ start: range[0] - lineStart, end: range[1] - lineStart, text: value });
      }
      const added = applySplices(item.endsWith("\n") ? item : `${item}
`, edits);
      splices.push({ start: itemEnd, end: itemEnd, text: `${item.endsWith("\n") ? "" : "\n"}${added}` });
      existing.add(path);
    }
  }
  return splices.length === 0 ? void 0 : applySplices(text, splices);
}

// src/gitops/kustomize/planned-changes.ts
function changesOf(plan, evaluations, held, optionsFor) {
  const list2 = [];
  const texts = /* @__PURE__ */ new Map();
  const patchFiles = /* @__PURE__ */ new Set();
  const together = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const { kustomization } = evaluation;
    const splices = [];
    const touched = /* @__PURE__ */ new Set();
    for (const result of evaluation.overrides) {
      if (result.patchFile !== void 0 && result.reached.length > 0) patchFiles.add(result.patchFile);
      const split = result.outcome.type === "split";
      if (!split && result.reached.some((job) => held.has(job.key) || !job.converting)) continue;
      if (split || result.outcome.type === "rewrite" || result.outcome.type === "replacement") {
        const edit = split ? splitEdits : result.outcome.type === "rewrite" ? patchEdits : replacementEdits;
        const edits = edit(
          kustomization,
          result,
          (relPath) => plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath)
        );
        splices.push(...edits.splices);
        for (const [relPath, text] of edits.files) if (!texts.has(relPath)) texts.set(relPath, text);
        for (const relPath of [...edits.files.keys(), ...result.reached.map((job) => job.relPath)]) {
          touched.add(relPath);
        }
      }
    }
    const needsImageSpec = evaluation.overrides.some(
      (result) => result.outcome.type === "image" && result.reached.some((job) => job.converting && !held.has(job.key))
    );
    const configPath = joinPath(kustomization.dir, IMAGE_CONFIG_FILE);
    const listed2 = kustomization.references.some(
      (reference) => reference.field === "configurations" && joinPath(kustomization.dir, reference.value) === configPath
    );
    if (needsImageSpec && !listed2) {
      splices.push(configurationSplice(kustomization));
      if (readIfExists(plan.root, configPath) === void 0) texts.set(configPath, IMAGE_CONFIG_TEXT);
    }
    if (deploysCreatedClusterRuntime(plan, evaluation, held)) {
      const transformerPath = joinPath(kustomization.dir, CLUSTER_SCOPED_FILE);
      const listedTransformer = kustomization.transformersNode?.toJSON?.();
      if (!(Array.isArray(listedTransformer) && listedTransformer.includes(CLUSTER_SCOPED_FILE))) {
        splices.push(listEntrySplice(kustomization, "transformers", CLUSTER_SCOPED_FILE));
        if (readIfExists(plan.root, transformerPath) === void 0) {
          texts.set(transformerPath, CLUSTER_SCOPED_TEXT);
          touched.add(transformerPath);
        }
      }
    }
    if (splices.length > 0) {
      texts.set(kustomization.relPath, applySplices(kustomization.text, splices));
      touched.add(kustomization.relPath);
      if (texts.has(configPath)) touched.add(configPath);
    }
    const converted = evaluation.jobs.filter((job) => job.converting && !held.has(job.key));
    for (const reference of kustomization.references) {
      if (reference.field !== "configurations" || converted.length === 0) continue;
      const relPath = joinPath(kustomization.dir, reference.value);
      const text = texts.get(relPath) ?? plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath);
      if (text === void 0) continue;
      const updated = withTrainJobFieldSpecs(
        text,
        (spec) => trainJobFieldSpecPaths(
          converted.map((job) => job.job),
          spec.path,
          (job) => optionsFor(converted.find((source) => source.job === job)?.relPath ?? "")
        )
      );
      if (updated !== void 0) {
        texts.set(relPath, updated);
        touched.add(relPath);
      }
    }
    for (const relPath of touched)
      together.set(relPath, /* @__PURE__ */ new Set([...together.get(relPath) ?? [], ...touched]));
  }
  for (const [relPath, text] of texts) {
    const change = { relPath, text, kind: "kustomization", dropJobs: true, skipReason: null };
    const partners = together.get(relPath);
    if (partners) change.together = [...partners];
    const onDisk2 = plan.files.has(relPath) ? void 0 : readIfExists(plan.root, relPath);
    if (onDisk2 !== void 0) change.original = onDisk2;
    list2.push(change);
  }
  const kept = new Map([
    ...[...patchFiles].map((relPath) => [relPath, plan.files.get(relPath)?.original]),
    ...evaluations.map(({ kustomization }) => [kustomization.relPath, kustomization.text])
  ]);
  for (const [relPath, text] of kept) {
    if (texts.has(relPath) || plan.files.get(relPath)?.original === void 0 || text === void 0) continue;
    list2.push({ relPath, text, kind: "kustomization", dropJobs: true, skipReason: null });
  }
  return { list: list2, texts };
}
function deploysCreatedClusterRuntime(plan, evaluation, held) {
  const { kustomization } = evaluation;
  if (kustomization.namespace === void 0 || kustomization.isComponent) return false;
  const used = new Set(
    evaluation.jobs.filter((job) => job.converting && !held.has(job.key)).flatMap(
      (job) => plan.files.get(job.relPath)?.rewrite.jobs.find((j) => j.name === job.name)?.runtime ?? []
    )
  );
  if (used.size === 0) return false;
  const closure = kustomizationClosure(kustomization.dir, plannedFiles(plan));
  return (closure?.files ?? []).some((relPath) => {
    const file = plan.files.get(relPath);
    if (file === void 0 || file.original !== void 0) return false;
    return (0, import_yaml14.parseAllDocuments)(file.rewrite.newText ?? "").some((document) => {
      const object = document.toJSON();
      return isObject(object) && object.kind === "ClusterTrainingRuntime" && isObject(object.metadata) && used.has(String(object.metadata.name));
    });
  });
}

// src/gitops/kustomize/analyser.ts
var BUILD_ROUNDS = 3;
function kustomizeAnalyser(settings = {}) {
  let binaryLookup;
  const binary = () => {
    if (settings.binary !== void 0) return Promise.resolve(settings.binary ?? void 0);
    binaryLookup ??= findKustomize();
    return binaryLookup;
  };
  return {
    name: "kustomize",
    requests: [KUSTOMIZATION_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
      if (found.length === 0) return {};
      const kustomizations = new Map(
        found.map((file) => [
          file.relPath,
          parseKustomization(file.relPath, plan.files.get(file.relPath)?.rewrite.newText ?? file.text)
        ])
      );
      return analyse(plan, kustomizations, await binary(), settings.concurrency ?? 4);
    }
  };
}
async function analyse(plan, kustomizations, binary, concurrency) {
  const world = worldOf(plan, kustomizations);
  const extraHolds = /* @__PURE__ */ new Map();
  const builds = /* @__PURE__ */ new Map();
  let outcome = evaluateAll(world, new Set(extraHolds.keys()));
  let changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  for (let round = 0; binary && round < BUILD_ROUNDS; round++) {
    const affected = outcome.evaluations.filter(isAffected);
    const failures = await checkBuilds(
      plan,
      world,
      affected,
      outcome.held,
      changes,
      binary,
      concurrency,
      builds
    );
    if (failures.size === 0) break;
    for (const [key, reason] of failures) extraHolds.set(key, reason);
    outcome = evaluateAll(world, new Set(extraHolds.keys()));
    changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  }
  return {
    holds: jobHolds(outcome, extraHolds),
    changes: changes.list,
    report: { kustomize: kustomizeReport(outcome, builds, binary) }
  };
}

// src/runtimes/analyser.ts
import { posix as posix5 } from "node:path";

// src/validate/release-schemas.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/validate/crd-validator.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// node_modules/@marcbachmann/cel-js/lib/errors.js
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// node_modules/@marcbachmann/cel-js/lib/optional.js
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx);
    if (type.kind === "optional") return type;
    if (type.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate2, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate2,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// node_modules/@marcbachmann/cel-js/lib/globals.js
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  \u00B5s: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity4 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity4);
  for (const _t in TYPES) {
    const type = TYPES[_t];
    if (!(type instanceof Type)) continue;
    functionOverload(`type(${type.name}): type`, () => type);
  }
  functionOverload("bool(bool): bool", identity4);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity4);
  functionOverload("double(double): double", identity4);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity4);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity4);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity4);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep2) => s.split(sep2));
  functionOverload("string.split(string, int): list<string>", (s, sep2, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep2);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep2));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep2) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep2);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str) => Buffer.from(str, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str) => textEncoder.encode(str),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str) {
  let count = 0;
  for (const c of str) count++;
  return count;
}

// node_modules/@marcbachmann/cel-js/lib/registry.js
var Type = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type("string"),
  bool: new Type("bool"),
  int: new Type("int"),
  uint: new Type("uint"),
  double: new Type("double"),
  map: new Type("map"),
  list: new Type("list"),
  bytes: new Type("bytes"),
  null_type: new Type("null"),
  type: new Type("type")
};
var optionalType = new Type("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type = ev.debugType(obj);
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type = message.fields ? message.fields[key] : dynType;
    if (!type) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list2, pos) {
    switch (list2?.constructor) {
      case Array:
        return list2[pos];
      case Set: {
        let i = 0;
        for (const item of list2) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type, description, value) {
    this.name = name;
    this.type = type;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list2 = _createListType(t);
  const map = _createMapType(celTypes.string, t);
  celTypes[list2.name] = list2;
  celTypes[map.name] = map;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type) && true;
        return existing.kind === "dyn" || type.kind === "dyn" ? true : existing.matchesBoth(type);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type]) => Object.freeze({ name, typeType, type, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type === "object" && !(type instanceof TypeDeclaration)) {
      description = type.description;
      value = type.value;
      if (type.schema) type = this.registerType({ name: `$${name}`, schema: type.schema }).type;
      else type = type.type;
    } else if (typeof name === "object") {
      if (name.schema) type = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type === "string") type = this.getType(type);
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema)) {
      const def = schema[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type) {
    return this.#listTypes.get(type) || this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type) {
    return this.#optionalTypes.get(type) || this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type);
  }
  assertType(typename, type, signature) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type = this.#parseTypeString(name, false);
    if (type.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type.name, type);
        return type;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type = fields[k];
      const decl = type.kind === "message" && this.objectTypes.get(type.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature) {
    if (typeof signature !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type = param.type || aType;
    if (!type) throw new Error(`params[${i}].type is required`);
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type = this.iterType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    );
  }
  setAccuType(type) {
    return this.accuType = type, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// node_modules/@marcbachmann/cel-js/lib/operators.js
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type) {
  throw self.createError("unsupported_type", `Unsupported type: ${type}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx);
  if (type === expected || expected.isEmpty()) return type;
  if (type.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type) return type;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types = ast.argTypes;
  let i = argAst.length;
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types = ast.argTypes;
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries) {
  const obj = {};
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
var identity3 = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity3
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity3
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity3
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate2(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate2, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity3,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// node_modules/@marcbachmann/cel-js/lib/overloads.js
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list2, ast, ev) {
    if (list2 instanceof Set && list2.has(value)) return true;
    for (const v of list2) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list2, ast, ev) {
    return listIncludes(value, list2, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map.size !== keysObj.length) return false;
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// node_modules/@marcbachmann/cel-js/lib/type-checker.js
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type) {
    if (!type.hasPlaceholderType) return type.name;
    return type.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(", ");
  }
};

// node_modules/@marcbachmann/cel-js/lib/parser.js
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type, value) {
    this.tokenPos = pos;
    this.tokenType = type;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str, isBytes) {
    if (!str.includes("\\")) return str;
    const len = str.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str[i] !== "\\" || i + 1 >= len) {
        result += str[i++];
        continue;
      }
      const next = str[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type) {
    return this.type === type;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// node_modules/@marcbachmann/cel-js/lib/options.js
var DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS));
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
});
function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature, handler, opts) {
    this.#registry.registerFunctionOverload(signature, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts);
    return this;
  }
  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed = this.#evaluateAST.bind(this, ast);
    evaluateParsed.check = this.#checkAST.bind(this, ast);
    evaluateParsed.ast = ast;
    return evaluateParsed;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});
function parse2(expression) {
  return globalEnvironment.parse(expression);
}

// src/validate/schema-rules.ts
function readSchemaRules(schema) {
  const rules = { cel: [], listMaps: [] };
  const walk2 = (node, path) => {
    if (!isPlainObject(node)) return;
    const validations = Array.isArray(node["x-kubernetes-validations"]) ? node["x-kubernetes-validations"] : [];
    for (const validation of validations.filter(isPlainObject)) {
      const rule = String(validation.rule);
      const site = { path, rule, transition: /\boldSelf\b/.test(rule) };
      if (typeof validation.message === "string") site.message = validation.message;
      rules.cel.push(site);
    }
    const keys = node["x-kubernetes-list-map-keys"];
    if (node["x-kubernetes-list-type"] === "map" && Array.isArray(keys)) {
      rules.listMaps.push({ path, keys: keys.map(String) });
    }
    if (isPlainObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk2(child, [...path, key]);
    }
    if (isPlainObject(node.items)) walk2(node.items, [...path, "*"]);
    if (isPlainObject(node.additionalProperties)) walk2(node.additionalProperties, [...path, "{}"]);
  };
  walk2(schema, []);
  return rules;
}
function valuesAt(root, pattern, prefix = []) {
  const [head, ...rest] = pattern;
  if (head === void 0) return [{ path: prefix, value: root }];
  if (head === "*") {
    if (!Array.isArray(root)) return [];
    return root.flatMap((item, index) => valuesAt(item, rest, [...prefix, index]));
  }
  if (head === "{}") {
    if (!isPlainObject(root)) return [];
    return Object.entries(root).flatMap(([key, value]) => valuesAt(value, rest, [...prefix, key]));
  }
  if (!isPlainObject(root) || !(head in root)) return [];
  return valuesAt(root[head], rest, [...prefix, head]);
}

// src/validate/cel-rules.ts
function compileCelRules(sites) {
  return sites.filter((site) => !site.transition).map((site) => {
    try {
      return { site, evaluate: parse2(site.rule) };
    } catch (error) {
      throw new UserError(
        `the CRD's CEL rule ${JSON.stringify(site.rule)} at ${site.path.join(".") || "(root)"} does not parse: ${error.message.split("\n")[0]}`,
        { exitCode: 2 }
      );
    }
  });
}
function rootAsServerSeesIt(object) {
  const metadata = isPlainObject(object.metadata) ? object.metadata : void 0;
  if (!metadata || typeof metadata.name === "string" || typeof metadata.generateName !== "string") {
    return object;
  }
  return { ...object, metadata: { ...metadata, name: `${metadata.generateName}xxxxx` } };
}
var shown2 = (value) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
function subjectOf(rule, path, self) {
  const chains = new Set(
    [...rule.matchAll(/\bself((?:\.[A-Za-z_]\w*(?![\w(]))+)/g)].map((match) => match[1])
  );
  if (chains.size !== 1) return { path, value: self };
  const keys = [...chains][0].slice(1).split(".");
  const value = keys.reduce((node, key) => isPlainObject(node) ? node[key] : void 0, self);
  return value === void 0 ? { path, value: self } : { path: [...path, ...keys], value };
}
function checkCelRules(object, rules) {
  const problems = [];
  for (const { site, evaluate: evaluate2 } of rules) {
    const root = site.path.length === 0 ? rootAsServerSeesIt(object) : object;
    for (const { path, value } of valuesAt(root, site.path)) {
      let result;
      try {
        result = evaluate2({ self: value });
      } catch (error) {
        result = error;
      }
      if (result === true) continue;
      const why = result instanceof Error ? ` (evaluation failed: ${result.message.split("\n")[0]})` : "";
      const subject = subjectOf(site.rule, path, value);
      const length = typeof subject.value === "string" ? ` (${subject.value.length} characters)` : "";
      const named = `${formatPath(subject.path) || "the object"} ${isPlainObject(subject.value) ? "" : `${shown2(subject.value)}${length} `}`;
      problems.push({
        path: subject.path,
        message: `${named}breaks the CRD rule ${JSON.stringify(site.rule)}${why}: ${site.message ?? "fix the value"}`
      });
    }
  }
  return problems;
}

// src/validate/crd-schema.ts
var import_yaml15 = __toESM(require_dist(), 1);
function readCrdSchema(crdYamlText, kind, source = "CRD") {
  const crds = (0, import_yaml15.parseAllDocuments)(crdYamlText).flatMap((doc) => "errors" in doc && doc.errors.length === 0 ? [doc.toJS()] : []).filter((doc) => isPlainObject(doc) && doc.kind === "CustomResourceDefinition");
  const crd = crds.find(
    (doc) => isPlainObject(doc.spec) && isPlainObject(doc.spec.names) && doc.spec.names.kind === kind
  );
  if (!crd || !isPlainObject(crd.spec)) {
    const found = crds.map(
      (doc) => isPlainObject(doc.spec) && isPlainObject(doc.spec.names) ? doc.spec.names.kind : "?"
    );
    throw new UserError(
      `${source}: no CustomResourceDefinition for kind ${kind} (found: ${found.join(", ") || "none"}); pass the ${kind} CRD file`
    );
  }
  const versions = Array.isArray(crd.spec.versions) ? crd.spec.versions.filter(isPlainObject) : [];
  const served = versions.filter((version2) => version2.served === true);
  if (served.length !== 1) {
    throw new UserError(
      `${source}: the ${kind} CRD serves ${served.length} versions; expected exactly one. Pass a CRD with a single served version`
    );
  }
  const version = served[0];
  const schema = isPlainObject(version.schema) ? version.schema.openAPIV3Schema : void 0;
  if (!isPlainObject(schema)) {
    throw new UserError(
      `${source}: version ${String(version.name)} of the ${kind} CRD has no openAPIV3Schema`
    );
  }
  return { group: String(crd.spec.group), kind, version: String(version.name), schema };
}
var DROPPED_KEYWORDS = /* @__PURE__ */ new Set([
  "description",
  "default",
  "example",
  "format",
  "x-kubernetes-map-type",
  "x-kubernetes-int-or-string",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-embedded-resource"
]);
var SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "definitions"];
var SCHEMA_LIST_KEYWORDS = ["anyOf", "allOf", "oneOf"];
var SCHEMA_KEYWORDS = ["items", "additionalProperties", "not"];
var INT32_MIN = -(2 ** 31);
var INT32_MAX = 2 ** 31 - 1;
var RFC3339 = "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$";
var BASE64 = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";
function formatConstraints(format) {
  switch (format) {
    case "int32":
      return { minimum: INT32_MIN, maximum: INT32_MAX };
    case "date-time":
      return { pattern: RFC3339 };
    case "byte":
      return { pattern: BASE64 };
    default:
      return {};
  }
}
function toStrictSchema(node) {
  if (!isPlainObject(node)) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAP_KEYWORDS.includes(key) && isPlainObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, toStrictSchema(child)])
      );
    } else if (SCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) {
      out[key] = value.map(toStrictSchema);
    } else if (SCHEMA_KEYWORDS.includes(key)) {
      out[key] = toStrictSchema(value);
    } else {
      out[key] = value;
    }
  }
  Object.assign(out, formatConstraints(node.format));
  const preservesUnknown = node["x-kubernetes-preserve-unknown-fields"] === true || node["x-kubernetes-embedded-resource"] === true;
  if (isPlainObject(node.properties) && !("additionalProperties" in node) && !preservesUnknown) {
    out.additionalProperties = false;
  }
  if (node["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    if (!Array.isArray(out.anyOf)) out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (node["x-kubernetes-list-type"] === "set") out.uniqueItems = true;
  return out;
}

// src/validate/webhook-rules.ts
var RESERVED_TORCH_ENV = [
  "PET_NNODES",
  "PET_NPROC_PER_NODE",
  "PET_NODE_RANK",
  "PET_MASTER_ADDR",
  "PET_MASTER_PORT"
];
var WEBHOOK_SOURCES = {
  reservedEnv: "kubeflow/trainer v2.3.0 pkg/runtime/framework/plugins/torch/torch.go:65-77 (Validate), pkg/constants/constants.go:300",
  runtimePatches: "kubeflow/trainer v2.3.0 pkg/runtime/framework/plugins/jobset/jobset.go:91-110,175-209 (Validate); v2.2.1 jobset.go:130-160"
};
var ENV_OWNED_CONTAINERS = ["dataset-initializer", "model-initializer", "node"];
var list = (value) => Array.isArray(value) ? value : [];
var at = (value, ...keys) => keys.reduce((node, key) => isPlainObject(node) ? node[key] : void 0, value);
function reservedEnv(object) {
  return list(at(object, "spec", "trainer", "env")).flatMap((entry, index) => {
    const name = at(entry, "name");
    if (typeof name !== "string" || !RESERVED_TORCH_ENV.includes(name)) return [];
    const path = ["spec", "trainer", "env", index, "name"];
    return [
      {
        path,
        message: `${formatPath(path)} ${name} is set by the Trainer torch plugin and the webhook rejects it in spec.trainer.env (${WEBHOOK_SOURCES.reservedEnv}); remove it`
      }
    ];
  });
}
function patchContainers(object, runtimeName, layouts) {
  const problems = [];
  const layout = runtimeName === void 0 ? void 0 : layouts[runtimeName];
  const reject = (path, what, fix) => problems.push({
    path,
    message: `${formatPath(path)}: ${what}; the webhook rejects it (${WEBHOOK_SOURCES.runtimePatches}): ${fix}`
  });
  list(at(object, "spec", "runtimePatches")).forEach((patch, patchIndex) => {
    const jobsPath = [
      "spec",
      "runtimePatches",
      patchIndex,
      "trainingRuntimeSpec",
      "template",
      "spec",
      "replicatedJobs"
    ];
    list(at(patch, "trainingRuntimeSpec", "template", "spec", "replicatedJobs")).forEach((job, jobIndex) => {
      const jobName2 = String(at(job, "name"));
      const known = layout?.[jobName2];
      if (layout && !known) {
        reject(
          [...jobsPath, jobIndex, "name"],
          `runtime ${runtimeName} has no replicated job "${jobName2}"`,
          "patch a replicated job the runtime has"
        );
        return;
      }
      const podPath = [...jobsPath, jobIndex, "template", "spec", "template", "spec"];
      for (const field of ["initContainers", "containers"]) {
        list(at(job, "template", "spec", "template", "spec", field)).forEach((container, index) => {
          const name = String(at(container, "name"));
          const path = [...podPath, field, index];
          if (known && !known.includes(name)) {
            reject(
              [...path, "name"],
              `replicated job "${jobName2}" of runtime ${runtimeName} has no container "${name}"`,
              "add the container to a runtime of your own"
            );
          } else if (field === "containers" && ENV_OWNED_CONTAINERS.includes(name) && list(at(container, "env")).length > 0) {
            reject(
              [...path, "env"],
              `env on the "${name}" container`,
              "put the trainer variables in spec.trainer.env"
            );
          }
        });
      }
    });
  });
  return problems;
}
function checkWebhookRules(object, layouts) {
  if (object.kind !== "TrainJob") return [];
  const runtimeName = at(object, "spec", "runtimeRef", "name");
  return [
    ...reservedEnv(object),
    ...patchContainers(object, typeof runtimeName === "string" ? runtimeName : void 0, layouts)
  ];
}

// src/validate/crd-validator.ts
var AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false };
function compileStrictSchema(schema) {
  return new import_ajv2.Ajv(AJV_OPTIONS).compile(schema);
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describeAjvError(error) {
  const base = pointerToPath(error.instancePath);
  if (error.keyword === "additionalProperties") {
    const field = String(error.params.additionalProperty);
    const path = [...base, field];
    return {
      path,
      message: `${formatPath(path)} is not a field of this CRD (the API server would silently drop it); remove it or move it where the target Trainer version supports it`
    };
  }
  return {
    path: base,
    message: `${formatPath(base) || "(root)"} ${error.message ?? "is invalid"}; fix the value`
  };
}
function withoutBranchNoise(errors) {
  return errors.filter((error) => !/\/anyOf\/\d+\//.test(error.schemaPath));
}
function checkListMaps(object, sites) {
  const problems = [];
  for (const site of sites) {
    for (const { path, value } of valuesAt(object, site.path)) {
      if (!Array.isArray(value)) continue;
      const seen = /* @__PURE__ */ new Set();
      value.forEach((item, index) => {
        if (!isPlainObject(item)) return;
        const key = JSON.stringify(site.keys.map((name) => item[name]));
        if (seen.has(key)) {
          const keys = site.keys.map((name) => JSON.stringify(item[name])).join("/");
          problems.push({
            path: [...path, index],
            message: `${formatPath(path)} has two items with the same ${site.keys.join("/")} ${keys}; keep one`
          });
        }
        seen.add(key);
      });
    }
  }
  return problems;
}
function validatorFor(crd) {
  const celRules = compileCelRules(crd.rules.cel);
  return (object) => {
    const problems = [];
    if (object.apiVersion !== crd.apiVersion || object.kind !== crd.kind) {
      problems.push({
        path: ["apiVersion"],
        message: `the object is ${String(object.apiVersion)} ${String(object.kind)}, but ${crd.source} describes ${crd.apiVersion} ${crd.kind}; validate it against the matching CRD`
      });
    }
    if (!crd.check(object)) {
      problems.push(...withoutBranchNoise(crd.check.errors ?? []).map(describeAjvError));
    }
    problems.push(...checkListMaps(object, crd.rules.listMaps));
    problems.push(...checkCelRules(object, celRules));
    problems.push(...checkWebhookRules(object, crd.runtimeLayouts ?? {}));
    return problems.map(({ path, message }) => ({
      severity: "error",
      code: "SCHEMA_INVALID",
      message,
      path: formatPath(path)
    }));
  };
}
function compileCrd(crdYamlText, opts = {}) {
  const kind = opts.kind ?? "TrainJob";
  const source = opts.source ?? `${kind} CRD`;
  const crd = readCrdSchema(crdYamlText, kind, source);
  const strict = toStrictSchema(crd.schema);
  return {
    kind,
    apiVersion: `${crd.group}/${crd.version}`,
    source,
    check: compileStrictSchema(strict),
    rules: readSchemaRules(strict)
  };
}
function createCrdValidator(crdYamlText, opts = {}) {
  return validatorFor(compileCrd(crdYamlText, opts));
}

// src/validate/release-schemas.ts
var schemaFileOf = (release, kind) => `schemas/trainer/${release}/${kind.toLowerCase()}.schema.json`;
var precompiledFileOf = (release, kind) => `validators/${release}-${kind.toLowerCase()}.js`;
function distFolder() {
  const here = new URL(".", import.meta.url);
  return here.pathname.endsWith("/chunks/") ? new URL("..", here) : here;
}
async function loadCompiled(release, kind) {
  if (true) {
    return await import(new URL(precompiledFileOf(release, kind), distFolder()).href);
  }
  const url = new URL(`../../${schemaFileOf(release, kind)}`, import.meta.url);
  const schema = JSON.parse(await readFile3(url, "utf8"));
  return {
    validate: compileStrictSchema(schema),
    rules: readSchemaRules(schema),
    origin: schema["x-trainjob-migrate-origin"]
  };
}
function toValidator(release, kind, module) {
  const crd = {
    kind,
    apiVersion: module.origin.apiVersion,
    source: `the Trainer ${release} ${kind} schema (${module.origin.tag})`,
    check: module.validate,
    rules: module.rules
  };
  if (module.origin.runtimeLayouts) crd.runtimeLayouts = module.origin.runtimeLayouts;
  const transitionRules = module.rules.cel.filter((rule) => rule.transition).length;
  return {
    validate: validatorFor(crd),
    origin: module.origin,
    schemaFile: schemaFileOf(release, kind),
    celRules: module.rules.cel.length - transitionRules,
    transitionRules
  };
}
var cache = /* @__PURE__ */ new Map();
function releaseValidator(release, kind = "TrainJob") {
  const key = `${release}/${kind}`;
  let found = cache.get(key);
  if (!found) {
    found = loadCompiled(release, kind).then((module) => toValidator(release, kind, module));
    cache.set(key, found);
  }
  return found;
}

// src/runtimes/collect.ts
var import_yaml16 = __toESM(require_dist(), 1);
var RUNTIME_KINDS2 = /* @__PURE__ */ new Set(["ClusterTrainingRuntime", "TrainingRuntime"]);
function collectRuntimes(relPath, text) {
  if (!text.includes("TrainingRuntime")) return [];
  const lineCounter = new import_yaml16.LineCounter();
  const found = [];
  for (const doc of (0, import_yaml16.parseAllDocuments)(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    const value = doc.toJS({ maxAliasCount: 100 });
    const items = isPlainObject(value) && Array.isArray(value.items) ? value.items : [value];
    for (const item of items) {
      if (!isPlainObject(item) || !RUNTIME_KINDS2.has(String(item.kind))) continue;
      if (!String(item.apiVersion ?? "").startsWith("trainer.kubeflow.org/")) continue;
      const metadata = isPlainObject(item.metadata) ? item.metadata : {};
      if (typeof metadata.name !== "string") continue;
      found.push({
        kind: item.kind,
        name: metadata.name,
        ...typeof metadata.namespace === "string" && { namespace: metadata.namespace },
        path: relPath,
        line: lineCounter.linePos(doc.range[0]).line,
        object: item
      });
    }
  }
  return found;
}

// src/runtimes/equivalence.ts
function definedRuntimeHolds(plan, defined) {
  if (defined.length === 0) return [];
  const holds = [];
  for (const file of plan.files.values()) {
    const converted = file.rewrite.jobs.filter(
      (job) => job.status === "converted" && job.conversion?.trainJob
    );
    if (converted.length === 0 || file.original === void 0) continue;
    const options = plan.rewriteOptionsFor(file.relPath);
    const original = file.original;
    let objects;
    const objectsOfFile = () => {
      objects ??= manifestObjects(original);
      return objects;
    };
    for (const job of converted) {
      const runtimeName = job.conversion?.summary?.runtime;
      const runtime = defined.find(
        (candidate) => candidate.name === runtimeName && candidate.kind === options.runtimeKind && (candidate.kind === "ClusterTrainingRuntime" || candidate.namespace === job.namespace)
      );
      const pyTorchJob = runtime && pyTorchJobNamed(objectsOfFile(), job);
      if (!runtime || !pyTorchJob) continue;
      const comparison = checkEquivalence(pyTorchJob, job.conversion?.trainJob, {
        release: options.trainerVersion,
        runtime: runtime.object
      });
      if (comparison.equivalent) continue;
      const differences = comparison.differences.slice(0, 3).map(
        (d) => `${d.rank < 0 ? "" : `rank ${d.rank} `}${d.field}: ${JSON.stringify(d.v1)} \u2192 ${JSON.stringify(d.v2)}`
      ).join("; ");
      holds.push({
        relPath: file.relPath,
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        findings: [
          {
            severity: "error",
            code: "RUNTIME_CHANGES_PODS",
            path: "spec.runtimeRef",
            message: `the ${runtime.kind} ${runtime.name} (${runtime.path}:${runtime.line}) changes what the pods run (${differences}). Point the job at a runtime that adds nothing the PyTorchJob did not have (--runtime), or set the same in the PyTorchJob, then convert again.`
          }
        ]
      });
    }
  }
  return holds;
}
function pyTorchJobNamed(objects, job) {
  return objects.find(
    ({ object }) => object.kind === "PyTorchJob" && isPlainObject(object.metadata) && object.metadata.name === job.name && object.metadata.namespace === job.namespace
  )?.object;
}

// src/runtimes/generator.ts
import { posix as posix4 } from "node:path";
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/runtimes/build.ts
var import_yaml17 = __toESM(require_dist(), 1);
var RUNTIME_API_VERSION = "trainer.kubeflow.org/v1alpha1";
var TORCH_DISTRIBUTED_IMAGE = "pytorch/pytorch:2.13.0-cuda13.0-cudnn9-runtime";
var NODE2 = "node";
function buildGeneratedRuntime(name, settings) {
  const { containers: sidecars, initContainers, ...podFields } = settings.podSpec ?? {};
  const podSpec = {
    ...podFields,
    ...Array.isArray(initContainers) && { initContainers },
    containers: [
      { name: NODE2, image: TORCH_DISTRIBUTED_IMAGE, ...settings.container },
      ...Array.isArray(sidecars) ? sidecars : []
    ]
  };
  return {
    apiVersion: RUNTIME_API_VERSION,
    kind: "ClusterTrainingRuntime",
    metadata: { name, labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          ...settings.jobSetSpec,
          replicatedJobs: [
            {
              name: NODE2,
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: { ...settings.jobSpec, template: { spec: podSpec } }
              }
            }
          ]
        }
      }
    }
  };
}
function renderRuntimes(runtimes) {
  return runtimes.map(
    (runtime) => "# torch-distributed (Kubeflow Trainer v2.3.0) plus settings a TrainJob cannot carry,\n# generated by trainjob-migrate for the TrainJobs that reference it. Apply it before them.\n" + (0, import_yaml17.stringify)(runtime, { lineWidth: 0 })
  ).join("---\n");
}

// src/runtimes/name.ts
import { createHash as createHash2 } from "node:crypto";
var GENERATED_RUNTIME_PREFIX = "torch-distributed-";
var MAX_NAME_LENGTH = 63;
var HASH_LENGTH = 6;
var FIELD_WORDS = {
  priorityClassName: "prio",
  schedulerName: "sched",
  restartPolicy: "restart",
  backoffLimit: "backoff",
  ttlSecondsAfterFinished: "ttl",
  imagePullPolicy: "pull",
  activeDeadlineSeconds: "deadline",
  runtimeClassName: "rtclass",
  dnsPolicy: "dns",
  preemptionPolicy: "preempt"
};
var toLabel = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
function tokensOf(settings) {
  const tokens = [];
  for (const section of ["jobSetSpec", "jobSpec", "podSpec", "container"]) {
    const fields = settings[section] ?? {};
    for (const key of Object.keys(fields).sort()) {
      const value = fields[key];
      if (key === "containers" || key === "initContainers") {
        const word = key === "containers" ? "sidecar" : "init";
        for (const container of Array.isArray(value) ? value : []) {
          const name = container.name;
          tokens.push({ text: `${word}-${toLabel(String(name))}`, exact: false });
        }
      } else if (typeof value === "boolean") {
        tokens.push({ text: `${value ? "" : "no-"}${toLabel(key)}`, exact: true });
      } else if (typeof value === "string" || typeof value === "number") {
        const shown3 = toLabel(String(value));
        tokens.push({ text: `${FIELD_WORDS[key] ?? toLabel(key)}-${shown3}`, exact: shown3 === String(value) });
      } else {
        tokens.push({ text: FIELD_WORDS[key] ?? toLabel(key), exact: false });
      }
    }
  }
  return tokens;
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function settingsHash(settings) {
  return createHash2("sha256").update(canonical(settings)).digest("hex").slice(0, HASH_LENGTH);
}
function generatedRuntimeName(settings) {
  const tokens = tokensOf(settings);
  const words = tokens.map((token) => token.text).join("-");
  const exact = tokens.every((token) => token.exact);
  const room = MAX_NAME_LENGTH - GENERATED_RUNTIME_PREFIX.length;
  if (exact && words.length > 0 && words.length <= room) return `${GENERATED_RUNTIME_PREFIX}${words}`;
  const hash = settingsHash(settings);
  const kept = [];
  let length = 0;
  for (const token of tokens) {
    const text = token.text.slice(0, room - HASH_LENGTH - 1);
    if (length + text.length + 1 > room - HASH_LENGTH) break;
    kept.push(text);
    length += text.length + 1;
  }
  return `${GENERATED_RUNTIME_PREFIX}${kept.map((text) => `${text}-`).join("")}${hash}`;
}

// src/runtimes/generator.ts
var RUNTIMES_FILE_NAME = "trainjob-runtimes.yaml";
var RuntimeGenerator = class {
  constructor(defined, validate) {
    this.defined = defined;
    this.validate = validate;
  }
  defined;
  validate;
  requested = /* @__PURE__ */ new Map();
  settings = /* @__PURE__ */ new Map();
  /** Names a scanned manifest already defines differently: not generated, the job stays for review. */
  conflicts = /* @__PURE__ */ new Set();
  /** Runtimes the release schema rejects (name → problems): not generated, the jobs stay for review. */
  invalid = /* @__PURE__ */ new Map();
  /** For `ConvertOptions.runtimeForSettings`. */
  request = (settings) => {
    const name = generatedRuntimeName(settings);
    const object = buildGeneratedRuntime(name, settings);
    const problems = this.validate?.(object) ?? [];
    if (problems.length > 0) {
      this.invalid.set(
        name,
        problems.map((problem) => `${problem.path}: ${problem.message}`)
      );
      return void 0;
    }
    const existing = this.defined.find(
      (runtime) => runtime.kind === "ClusterTrainingRuntime" && runtime.name === name
    );
    if (existing && !isDeepStrictEqual2(existing.object.spec, object.spec)) {
      this.conflicts.add(name);
      return void 0;
    }
    this.requested.set(name, object);
    this.settings.set(name, settings);
    return name;
  };
  settingsOf(name) {
    return this.settings.get(name);
  }
  isGenerated(name) {
    return this.requested.has(name);
  }
  /** Where an already defined runtime of that name is (a run before this one wrote it). */
  definedAt(name) {
    return this.defined.find((runtime) => runtime.kind === "ClusterTrainingRuntime" && runtime.name === name);
  }
  /** The files to write for the runtimes the converted jobs use and no scanned manifest defines yet. */
  filesFor(uses) {
    const files = /* @__PURE__ */ new Map();
    const placed = /* @__PURE__ */ new Set();
    const sorted = [...uses].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (const use of sorted) {
      const object = this.requested.get(use.runtime);
      if (!object || placed.has(use.runtime) || this.definedAt(use.runtime)) continue;
      placed.add(use.runtime);
      const path = posix4.join(posix4.dirname(use.path), RUNTIMES_FILE_NAME);
      const file = files.get(path) ?? { path, runtimes: [] };
      file.runtimes.push({ name: use.runtime, object });
      files.set(path, file);
    }
    return [...files.values()];
  }
};
function runtimesFileText(file, existing) {
  const added = renderRuntimes(file.runtimes.map((runtime) => runtime.object));
  if (existing === void 0 || existing.trim() === "") return added;
  return `${existing.replace(/\n*$/, "\n")}---
${added}`;
}

// src/runtimes/kustomization-resource.ts
var import_yaml18 = __toESM(require_dist(), 1);
function addKustomizeResource(text, entry) {
  const doc = (0, import_yaml18.parseDocument)(text);
  if (doc.errors.length > 0 || !(0, import_yaml18.isMap)(doc.contents)) return void 0;
  const pair = doc.contents.items.find((item) => (0, import_yaml18.isScalar)(item.key) && item.key.value === "resources");
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  if (!pair) {
    const body = text.length === 0 || text.endsWith("\n") ? text : `${text}${newline}`;
    return `${body}resources:${newline}- ${entry}${newline}`;
  }
  const list2 = pair.value;
  if (!(0, import_yaml18.isSeq)(list2) || !list2.range) return void 0;
  if (list2.items.some((item) => (0, import_yaml18.isScalar)(item) && item.value === entry)) return text;
  const last = list2.items.at(-1);
  if (list2.flow) {
    const close = text.lastIndexOf("]", list2.range[1]);
    if (close < 0) return void 0;
    return `${text.slice(0, close).replace(/\s*$/, "")}${last ? ", " : ""}${entry}${text.slice(close)}`;
  }
  if (!last || !(0, import_yaml18.isScalar)(last) || !last.range) return void 0;
  const lineStart = text.lastIndexOf("\n", last.range[0]) + 1;
  const dash = text.slice(lineStart, last.range[0]).match(/^(\s*-\s*)/)?.[1];
  if (dash === void 0) return void 0;
  const lineEnd = text.indexOf("\n", last.range[1]);
  if (lineEnd < 0) return `${text}${newline}${dash}${entry}`;
  return `${text.slice(0, lineEnd + 1)}${dash}${entry}${newline}${text.slice(lineEnd + 1)}`;
}
function removeKustomizeResource(text, entry) {
  const doc = (0, import_yaml18.parseDocument)(text);
  if (doc.errors.length > 0 || !(0, import_yaml18.isMap)(doc.contents)) return text;
  const list2 = doc.contents.get("resources", true);
  if (!(0, import_yaml18.isSeq)(list2)) return text;
  const item = list2.items.find((node) => (0, import_yaml18.isScalar)(node) && node.value === entry);
  if (!(0, import_yaml18.isScalar)(item) || !item.range) return text;
  const [start, end] = item.range;
  if (list2.flow) {
    const before = text.slice(0, start).replace(/,\s*$/, "");
    const after = before.length < start ? text.slice(end) : text.slice(end).replace(/^\s*,\s*/, "");
    return before + after;
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  return text.slice(0, lineStart) + (lineEnd === -1 ? "" : text.slice(lineEnd + 1));
}

// src/runtimes/missing.ts
function isRuntimeDefined(ref2, defined) {
  return defined.some(
    (runtime) => runtime.kind === ref2.kind && runtime.name === ref2.name && // A namespaced runtime without a namespace lands wherever the job's manifests are applied.
    (ref2.kind === "ClusterTrainingRuntime" || runtime.namespace === void 0 || ref2.namespace === void 0 || runtime.namespace === ref2.namespace)
  );
}
function missingRuntimeFinding(ref2, defined, installed) {
  if (installed.includes(ref2.name) || isRuntimeDefined(ref2, defined)) return void 0;
  const where = ref2.kind === "TrainingRuntime" && ref2.namespace ? ` in namespace ${ref2.namespace}` : "";
  return {
    severity: "warning",
    code: "RUNTIME_NOT_FOUND",
    message: `the TrainJob references the ${ref2.kind} "${ref2.name}"${where}, which no scanned manifest defines; the Trainer's webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves the built-in runtimes off by default (runtimes.defaultEnabled: false). Install or enable it before merging, and if it is already installed list it with --installed-runtimes ${ref2.name}`,
    path: "spec.runtimeRef.name"
  };
}

// src/runtimes/analyser.ts
var KUSTOMIZATION_FILES2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var RUNTIMES_REQUEST = { needles: ["TrainingRuntime"] };
function runtimeAnalysers() {
  const state = /* @__PURE__ */ new WeakMap();
  const sharedFor = async (plan) => {
    let shared = state.get(plan);
    if (!shared) {
      const found = await plan.findFiles(RUNTIMES_REQUEST);
      shared = {
        defined: found.flatMap((file) => collectRuntimes(file.relPath, file.text)),
        writtenTo: /* @__PURE__ */ new Map(),
        files: []
      };
      state.set(plan, shared);
    }
    return shared;
  };
  return {
    generation: {
      name: "runtime-generation",
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const holds = definedRuntimeHolds(plan, shared.defined);
        if (plan.options.generateRuntimes !== true) return holds.length > 0 ? { holds } : {};
        const schema = await releaseValidator(plan.options.convert.trainerVersion, "ClusterTrainingRuntime");
        const generated = generateRuntimes(plan, shared, schema.validate);
        return holds.length > 0 ? { ...generated, holds } : generated;
      }
    },
    check: {
      name: "runtime-check",
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const runtimes = checkRuntimes(plan, shared, plan.options.installedRuntimes ?? []);
        const { changes, notes } = withoutUnused(plan, shared, runtimes);
        return { changes, report: { runtimes: { runtimes, ...notes.length > 0 && { notes } } } };
      }
    }
  };
}
var convertedRuntime = (job) => job.status === "converted" ? job.conversion?.summary?.runtime : void 0;
function generateRuntimes(plan, shared, validate) {
  const generator = new RuntimeGenerator(shared.defined, validate);
  shared.generator = generator;
  const replans = [];
  const uses = [];
  for (const file of plan.files.values()) {
    const candidate = (job) => job.status === "needs-review" || job.findings.some((finding2) => finding2.runtimeSetting);
    if (file.original === void 0 || !file.rewrite.jobs.some(candidate)) continue;
    const options = { ...plan.rewriteOptionsFor(file.relPath), runtimeForSettings: generator.request };
    const preview = rewriteFile(file.relPath, file.original, options);
    const generated = preview.jobs.map(convertedRuntime).filter((name) => name !== void 0 && generator.isGenerated(name));
    if (generated.length === 0) continue;
    replans.push({ relPath: file.relPath, options: { runtimeForSettings: generator.request } });
    uses.push(...generated.map((runtime) => ({ runtime, path: file.relPath })));
  }
  const changes = [];
  const notes = [];
  const createdFiles = [];
  for (const runtimeFile of generator.filesFor(uses)) {
    const existing = textOf(plan, runtimeFile.path);
    const names = new Set(runtimeFile.runtimes.map((runtime) => runtime.name));
    changes.push({
      ...unplannedOriginal(plan, runtimeFile.path, existing),
      relPath: runtimeFile.path,
      text: runtimesFileText(runtimeFile, existing),
      // The jobs that use a generated runtime are written with it, or not at all.
      together: uses.filter((use) => names.has(use.runtime)).map((use) => use.path)
    });
    for (const runtime of runtimeFile.runtimes) shared.writtenTo.set(runtime.name, runtimeFile.path);
    if (existing === void 0) createdFiles.push(runtimeFile.path);
    shared.files.push({ file: runtimeFile, ...existing !== void 0 && { existing } });
  }
  const listed2 = listInKustomizations(plan, createdFiles);
  for (const entry of shared.files) {
    const change = listed2.changes.find(
      (change2) => posix5.dirname(change2.relPath) === posix5.dirname(entry.file.path)
    );
    if (change) entry.listedIn = change.relPath;
  }
  changes.push(...listed2.changes);
  notes.push(...listed2.notes);
  for (const [name, problems] of generator.invalid) {
    notes.push(
      `The generated ClusterTrainingRuntime ${name} would not pass the Trainer ${plan.options.convert.trainerVersion} schema (${problems.join("; ")}); the jobs that need it stay for review.`
    );
  }
  for (const name of generator.conflicts) {
    notes.push(
      `A ClusterTrainingRuntime named ${name} already exists in the repository with other settings; the jobs that need it stay for review. Rename or remove that runtime and run again.`
    );
  }
  return { replans, changes, ...notes.length > 0 && { report: { runtimes: { runtimes: [], notes } } } };
}
function listInKustomizations(plan, createdFiles) {
  const changes = [];
  const notes = [];
  for (const runtimesFile of createdFiles) {
    const folder = posix5.dirname(runtimesFile);
    const kustomization = KUSTOMIZATION_FILES2.map((name) => posix5.join(folder, name)).find(
      (path) => rootViewOf(plan).exists(path)
    );
    if (kustomization === void 0) continue;
    const text = textOf(plan, kustomization) ?? "";
    const updated = addKustomizeResource(text, RUNTIMES_FILE_NAME);
    if (updated === void 0) {
      notes.push(
        `${kustomization}: add ${RUNTIMES_FILE_NAME} to its resources by hand (the file could not be edited safely), so that the generated runtimes are deployed with the jobs.`
      );
    } else if (updated !== text) {
      changes.push({
        ...unplannedOriginal(plan, kustomization, onDisk(plan, kustomization)),
        relPath: kustomization,
        text: updated,
        kind: "kustomization",
        skipReason: null,
        together: [runtimesFile]
      });
    }
  }
  return { changes, notes };
}
function withoutUnused(plan, shared, usages) {
  const used = new Set(usages.filter((usage) => usage.status === "generated").map((usage) => usage.name));
  const changes = [];
  const notes = [];
  for (const { file, existing, listedIn } of shared.files) {
    const kept = file.runtimes.filter((runtime) => used.has(runtime.name));
    if (kept.length === file.runtimes.length) continue;
    for (const runtime of file.runtimes.filter((runtime2) => !used.has(runtime2.name))) {
      shared.writtenTo.delete(runtime.name);
      notes.push(
        `${file.path}: the ClusterTrainingRuntime ${runtime.name} is not written: every job that needed it stays a PyTorchJob (see its findings).`
      );
    }
    if (kept.length > 0 || existing !== void 0) {
      changes.push({
        relPath: file.path,
        text: kept.length > 0 ? runtimesFileText({ ...file, runtimes: kept }, existing) : existing
      });
      continue;
    }
    changes.push({ relPath: file.path, remove: true });
    const kustomization = listedIn === void 0 ? void 0 : plan.files.get(listedIn);
    const text = kustomization === void 0 ? void 0 : plannedText(kustomization);
    if (listedIn !== void 0 && text !== void 0)
      changes.push({ relPath: listedIn, text: removeKustomizeResource(text, RUNTIMES_FILE_NAME) });
  }
  return { changes, notes };
}
function onDisk(plan, relPath) {
  return rootViewOf(plan).readBefore(relPath);
}
function unplannedOriginal(plan, relPath, onDisk2) {
  return plan.files.has(relPath) || onDisk2 === void 0 ? {} : { original: onDisk2 };
}
function textOf(plan, relPath) {
  return rootViewOf(plan).read(relPath);
}
function checkRuntimes(plan, shared, installed) {
  const usages = /* @__PURE__ */ new Map();
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const name = convertedRuntime(job);
      if (name === void 0) continue;
      const generated = shared.generator?.isGenerated(name) === true;
      const kind = generated ? "ClusterTrainingRuntime" : plan.rewriteOptionsFor(file.relPath).runtimeKind;
      const key = `${kind}/${name}`;
      let usage = usages.get(key);
      if (!usage) {
        usage = describeRuntime(kind, name, shared, installed, generated);
        usages.set(key, usage);
      }
      usage.jobs.push({
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        path: file.relPath
      });
      if (usage.status === "missing") {
        const finding2 = missingRuntimeFinding(
          { kind, name, ...job.namespace !== void 0 && { namespace: job.namespace } },
          shared.defined,
          installed
        );
        if (finding2 && usage.findings.length === 0) usage.findings.push(finding2);
        if (finding2 && !job.findings.some((f) => f.code === finding2.code)) job.findings.push(finding2);
      }
    }
  }
  return [...usages.values()];
}
function describeRuntime(kind, name, shared, installed, generated) {
  const base = { kind, name, jobs: [], findings: [] };
  const written = shared.writtenTo.get(name);
  if (generated && written !== void 0)
    return { ...base, status: "generated", path: written, ...settingsOf(shared, name) };
  const defined = shared.defined.find((runtime) => runtime.kind === kind && runtime.name === name);
  if (defined) return { ...base, status: "defined", path: defined.path, line: defined.line };
  if (installed.includes(name)) return { ...base, status: "installed" };
  return { ...base, status: "missing" };
}
function settingsOf(shared, name) {
  const settings = shared.generator?.settingsOf(name);
  return settings ? { settings } : {};
}

// src/pipeline/analysers.ts
function defaultAnalysers() {
  const runtimes = runtimeAnalysers();
  const apps = appsAnalyser({
    kustomizationFiles: (plan, folder) => kustomizationClosure(folder, plannedFiles(plan)),
    kustomizationFolders
  });
  return [
    runtimes.generation,
    appPatchAnalyser(),
    kustomizeAnalyser(),
    runtimes.check,
    // `kustomizationFolders` asks for the kustomizations: read in the same pass.
    { ...apps, requests: [...apps.requests ?? [], KUSTOMIZATION_REQUEST] },
    behaviourAnalyser()
  ];
}
function withInputNamed(report, input) {
  const named = {};
  for (const [key, section] of Object.entries(report)) {
    named[key] = nameInputs(section, input);
  }
  return named;
}
function nameInputs(section, input) {
  if (typeof section !== "object" || section === null || Array.isArray(section)) return section;
  const named = {};
  for (const [key, value] of Object.entries(section)) {
    named[key] = Array.isArray(value) ? value.map((item) => typeof item === "object" && item !== null ? { ...item, input } : item) : value;
  }
  return named;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/fs/test-pause.ts
import { existsSync as existsSync2, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
var PAUSE_VARIABLE = "TRAINJOB_MIGRATE_TEST_PAUSE_BEFORE_WRITE";
async function pauseBeforeWriteForTests() {
  const path = process.env[PAUSE_VARIABLE];
  if (!path) return;
  writeFileSync(path, String(process.pid));
  while (existsSync2(path)) await sleep(5);
}

// src/fs/write-groups.ts
import { constants } from "node:fs";
import { link as link2, open, rename, unlink as unlink3 } from "node:fs/promises";
import { dirname as dirname4 } from "node:path";
var PREPARE_CONCURRENCY = 16;
var READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
async function writeFileGroups(root, groups) {
  const prepared = await mapBounded(groups.flat(), PREPARE_CONCURRENCY, (write) => prepare(root, write));
  const byPath = new Map(prepared.map((entry) => [entry.write.relPath, entry]));
  const committed = await mapBounded(groups, PREPARE_CONCURRENCY, async (group) => {
    const entries = group.map((write) => byPath.get(write.relPath));
    return { entries, results: await commitGroup(root, entries) };
  });
  const outcomes = [];
  const touchedFolders = /* @__PURE__ */ new Set();
  for (const { entries, results } of committed) {
    for (const [index, entry] of entries.entries()) {
      const error = results[index];
      if (error === void 0 && entry.target) touchedFolders.add(dirname4(entry.target.absPath));
      outcomes.push(
        error === void 0 ? { relPath: entry.write.relPath, written: true } : { relPath: entry.write.relPath, written: false, error }
      );
    }
  }
  await Promise.all([...touchedFolders].map(syncFolder));
  return outcomes;
}
async function prepare(root, write) {
  const entry = { write };
  try {
    entry.target = await resolveWriteTarget(root, write.relPath);
    entry.tempPath = tempPathBeside(entry.target.absPath);
    await writeAndSync(entry.tempPath, write.text, entry.target.existingMode);
  } catch (error) {
    if (entry.tempPath) await unlink3(entry.tempPath).catch(() => void 0);
    delete entry.tempPath;
    entry.error = `could not write ${write.relPath}: ${reasonOf(error)}; the file is unchanged`;
  }
  return entry;
}
async function commitGroup(root, entries) {
  const failed = entries.find((entry) => entry.error !== void 0);
  if (failed) return abandon(entries, failed, failed.error);
  for (const entry of entries) {
    const changed = await changeSincePlanned(root, entry);
    if (changed !== void 0) {
      entry.error = `changed during the run: ${entry.write.relPath} ${changed} after it was read, so it was not written. Run again to convert what it holds now.`;
      return abandon(entries, entry, entry.error);
    }
  }
  const done = [];
  for (const entry of entries) {
    try {
      await put(entry);
      done.push(entry);
    } catch (error) {
      await undo(done);
      entry.error = `could not write ${entry.write.relPath}: ${reasonOf(error)}; the file is unchanged`;
      return abandon(entries, entry, entry.error);
    }
  }
  return entries.map(() => void 0);
}
async function changeSincePlanned(root, entry) {
  const target = await resolveWriteTarget(root, entry.write.relPath).catch(() => void 0);
  if (target === void 0 || target.absPath !== entry.target?.absPath) return "was moved or replaced";
  const expected = entry.write.expected;
  const current = await readExact(target.absPath).catch(() => "unreadable");
  if (current === "unreadable") return "can no longer be read";
  if (expected === void 0) return current === void 0 ? void 0 : "was created by someone else";
  if (current === void 0) return "was deleted";
  return current.equals(Buffer.from(expected, "utf8")) ? void 0 : "was edited";
}
async function readExact(absPath) {
  const handle = await open(absPath, READ_FLAGS).catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw error;
  });
  if (!handle) return void 0;
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
async function put(entry) {
  const { tempPath, target } = entry;
  if (entry.write.expected !== void 0) {
    await rename(tempPath, target.absPath);
    return;
  }
  await link2(tempPath, target.absPath);
  await unlink3(tempPath);
}
async function undo(done) {
  for (const entry of done) {
    const absPath = entry.target?.absPath;
    const { expected } = entry.write;
    if (expected === void 0) {
      await unlink3(absPath).catch(() => void 0);
      continue;
    }
    const restore = tempPathBeside(absPath);
    await writeAndSync(restore, expected, entry.target?.existingMode).then(() => rename(restore, absPath)).catch(() => unlink3(restore).catch(() => void 0));
  }
}
async function abandon(entries, cause, message) {
  await Promise.all(
    entries.map((entry) => entry.tempPath ? unlink3(entry.tempPath).catch(() => void 0) : void 0)
  );
  return entries.map(
    (entry) => entry === cause ? message : `not written: it must change together with ${cause.write.relPath}, which was not written (${message})`
  );
}
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/pipeline/plan.ts
async function readRoot(root, onlyFile, options, requests) {
  const keys = [...new Set(requests.map(requestKey))];
  const asked = keys.map((key) => JSON.parse(key));
  const patterns = asked.map(
    (request) => request.pattern === void 0 ? void 0 : new RegExp(request.pattern, "m")
  );
  const wants = onlyFile === void 0 ? asked.map((request) => wantOf(request, options)) : [];
  const found = keys.map(() => []);
  const entries = [];
  const target = onlyFile === void 0 ? root : `${root}/${onlyFile}`;
  for await (const shared of scanRootShared(target, options.scan, wants)) {
    if (shared.primary) entries.push(shared.primary);
    const wanted = shared.wanted;
    if (!wanted) continue;
    for (const index of wanted.wants) {
      if (patterns[index]?.test(wanted.text) === false) continue;
      found[index]?.push({ relPath: wanted.relPath, text: wanted.text });
    }
  }
  const byKey = new Map(keys.map((key, index) => [key, found[index] ?? []]));
  return { entries, found: (request) => byKey.get(requestKey(request)) };
}
function requestKey(request) {
  return JSON.stringify({
    needles: request.needles,
    ...request.include !== void 0 && { include: request.include },
    ...request.pattern !== void 0 && { pattern: request.pattern }
  });
}
function wantOf(request, options) {
  return { needles: request.needles, include: request.include ?? options.scan.include };
}
function planRoot(input, read, onFile) {
  const replanOptions = /* @__PURE__ */ new Map();
  const holds = /* @__PURE__ */ new Map();
  const foundCache = /* @__PURE__ */ new Map();
  const plan = {
    root: input.root,
    input: input.input,
    options: input.options,
    files: /* @__PURE__ */ new Map(),
    rewriteOptionsFor(relPath) {
      const options = { ...input.baseOptionsFor(relPath), ...replanOptions.get(relPath) };
      const held = holds.get(relPath);
      if (held) options.hold = (job) => holdFindings(held, job);
      return options;
    },
    findFiles(request) {
      const key = requestKey(request);
      let found = foundCache.get(key);
      if (!found) {
        const read2 = input.onlyFile === void 0 ? readFound(request) : [];
        found = read2 ? Promise.resolve(read2) : findFiles(input, request);
        foundCache.set(key, found);
      }
      return found;
    }
  };
  const readFound = (request) => read.found(request);
  internalState.set(plan, { replanOptions, holds });
  for (const entry of read.entries) {
    if (entry.type === "skipped") {
      plan.files.set(entry.relPath, {
        relPath: entry.relPath,
        rewrite: { kind: "unknown", jobs: [] },
        scanSkipReason: entry.reason,
        ...entry.mentionsNeedle && { scanSkipMentionsJob: true }
      });
      onFile?.(entry.relPath, 0);
      continue;
    }
    const rewrite = safeRewrite(entry.relPath, entry.text, plan.rewriteOptionsFor(entry.relPath));
    plan.files.set(entry.relPath, { relPath: entry.relPath, original: entry.text, rewrite });
    onFile?.(entry.relPath, rewrite.jobs.length);
  }
  return plan;
}
var internalState = /* @__PURE__ */ new WeakMap();
function holdFindings(held, job) {
  const matching = held.filter(
    (hold) => hold.name === job.name && (hold.namespace === void 0 || hold.namespace === job.namespace)
  );
  return matching.length === 0 ? void 0 : matching.flatMap((hold) => hold.findings);
}
async function findFiles(input, request) {
  const found = [];
  const scan = {
    ...input.options.scan,
    needles: request.needles,
    include: request.include ?? input.options.scan.include
  };
  const pattern = request.pattern === void 0 ? void 0 : new RegExp(request.pattern, "m");
  for await (const entry of scanRoot(input.root, scan)) {
    if (entry.type !== "candidate") continue;
    if (pattern && !pattern.test(entry.text)) continue;
    found.push({ relPath: entry.relPath, text: entry.text });
  }
  return found;
}
function safeRewrite(relPath, text, options) {
  try {
    return rewriteFile(relPath, text, options);
  } catch (error) {
    return {
      kind: "unknown",
      jobs: [],
      error: { message: `internal error while rewriting: ${error.message}` }
    };
  }
}
async function analyseRoot(plan, analysers) {
  let report = {};
  for (const analyser of analysers) {
    const result = await analyser.analyse(plan);
    applyAnalysis(plan, result);
    if (result.report) report = mergeGitOpsReports(report, result.report);
  }
  return report;
}
function applyAnalysis(plan, result) {
  const state = internalState.get(plan);
  if (!state) throw new Error("applyAnalysis: the plan was not made by planRoot.");
  const touched = /* @__PURE__ */ new Set();
  for (const replan of result.replans ?? []) {
    state.replanOptions.set(replan.relPath, {
      ...state.replanOptions.get(replan.relPath),
      ...replan.options
    });
    touched.add(replan.relPath);
  }
  for (const hold of result.holds ?? []) {
    state.holds.set(hold.relPath, [...state.holds.get(hold.relPath) ?? [], hold]);
    touched.add(hold.relPath);
  }
  for (const relPath of touched) {
    const file = plan.files.get(relPath);
    if (file?.original === void 0) continue;
    file.rewrite = safeRewrite(relPath, file.original, plan.rewriteOptionsFor(relPath));
  }
  for (const change of result.changes ?? []) applyChange(plan, change);
}
function applyChange(plan, change) {
  if (change.remove) {
    if (plan.files.get(change.relPath)?.original === void 0) plan.files.delete(change.relPath);
    return;
  }
  let file = plan.files.get(change.relPath);
  if (!file) {
    file = { relPath: change.relPath, rewrite: { kind: change.kind ?? "yaml", jobs: [] } };
    if (change.original !== void 0) file.original = change.original;
    plan.files.set(change.relPath, file);
  }
  const rewrite = { ...file.rewrite };
  if (change.text !== void 0) rewrite.newText = change.text;
  if (change.kind !== void 0) rewrite.kind = change.kind;
  if (change.dropJobs) rewrite.jobs = [];
  if (change.skipReason === null) delete rewrite.skipReason;
  else if (change.skipReason !== void 0) rewrite.skipReason = change.skipReason;
  file.rewrite = rewrite;
  const together = (change.together ?? []).filter((relPath) => relPath !== change.relPath);
  if (together.length > 0) file.together = /* @__PURE__ */ new Set([...file.together ?? [], ...together]);
}
function mergeGitOpsReports(a, b) {
  return mergeValues(a, b);
}
function mergeValues(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isPlainObject(a) && isPlainObject(b)) {
    const merged = { ...a };
    for (const [key, value] of Object.entries(b)) {
      merged[key] = key in merged ? mergeValues(merged[key], value) : value;
    }
    return merged;
  }
  return b === void 0 ? a : b;
}
async function applyPlan(plan, mode) {
  const applied = [];
  const writes = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === void 0 || newText === file.original) {
      applied.push({ file });
      continue;
    }
    writes.push({ relPath: file.relPath, text: newText, expected: file.original });
    const entry = { file, newText };
    if (mode.withDiffs) entry.diff = unifiedDiff(file.relPath, file.original, newText);
    applied.push(entry);
  }
  if (!mode.write || writes.length === 0) return { applied, changedFiles: [] };
  await pauseBeforeWriteForTests();
  const outcomes = await writeFileGroups(plan.root, groupsOf(plan, writes));
  const errors = new Map(
    outcomes.flatMap((outcome) => outcome.written ? [] : [[outcome.relPath, outcome.error]])
  );
  for (const entry of applied) {
    const error = errors.get(entry.file.relPath);
    if (error === void 0) continue;
    entry.writeError = error;
    delete entry.diff;
  }
  const changedFiles2 = writes.map((write) => write.relPath).filter((relPath) => !errors.has(relPath));
  return { applied, changedFiles: changedFiles2 };
}
function groupsOf(plan, writes) {
  const parent = new Map(writes.map((write) => [write.relPath, write.relPath]));
  const find = (relPath) => {
    let root = relPath;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(relPath, root);
    return root;
  };
  for (const write of writes) {
    for (const other of plan.files.get(write.relPath)?.together ?? []) {
      if (parent.has(other)) parent.set(find(other), find(write.relPath));
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const write of writes) {
    const key = find(write.relPath);
    groups.set(key, [...groups.get(key) ?? [], write]);
  }
  return [...groups.values()];
}
function unifiedDiff(relPath, before, after) {
  const patch = createTwoFilesPatch(
    before === void 0 ? "/dev/null" : `a/${relPath}`,
    `b/${relPath}`,
    before ?? "",
    after,
    void 0,
    void 0,
    {
      context: 3,
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true }
    }
  );
  return patch;
}

// src/report/describe-options.ts
function convertKeys(options) {
  const { runtimeName, ...rest } = options;
  return runtimeName === void 0 ? rest : { runtime: runtimeName, ...rest };
}
function describeOptions(options) {
  return {
    ...convertKeys(options.convert),
    include: options.scan.include,
    exclude: options.scan.exclude,
    maxFileSize: options.scan.maxFileSize,
    concurrency: options.inputConcurrency,
    ...options.crd === void 0 ? {} : { crd: options.crd },
    ...options.installedRuntimes === void 0 ? {} : { installedRuntimes: options.installedRuntimes },
    ...options.generateRuntimes === void 0 ? {} : { generateRuntimes: options.generateRuntimes },
    overrides: options.overrides.map((override) => ({
      path: override.path,
      ...convertKeys(override.options)
    }))
  };
}

// src/validate/output-validation.ts
import { readFile as readFile4 } from "node:fs/promises";
var crdCache = /* @__PURE__ */ new Map();
function crdValidator(crdPath) {
  let validator = crdCache.get(crdPath);
  if (!validator) {
    validator = readFile4(crdPath, "utf8").then(
      (text) => createCrdValidator(text, { source: crdPath }),
      (error) => {
        throw new UserError(
          `cannot read the TrainJob CRD ${crdPath} (${error.code ?? error.message}); check --crd.`
        );
      }
    );
    crdCache.set(crdPath, validator);
  }
  return validator;
}
async function outputValidation(input) {
  if (input.crd !== void 0) {
    const validate = await crdValidator(input.crd);
    return { validatorFor: () => validate, report: [{ source: "crd", schema: input.crd }] };
  }
  if (input.repositoryCrd) {
    const { validate, relPath } = input.repositoryCrd;
    return { validatorFor: () => validate, report: [{ source: "repository", schema: relPath }] };
  }
  const releases = [...new Set(input.releases)].sort();
  const loaded = new Map(
    await Promise.all(releases.map(async (r) => [r, await releaseValidator(r)]))
  );
  return {
    validatorFor: (release) => {
      const found = loaded.get(release);
      if (!found) throw new Error(`no validator loaded for Trainer ${release}`);
      return found.validate;
    },
    report: releases.map((release) => {
      const found = loaded.get(release);
      return {
        source: "release",
        release,
        schema: found.schemaFile,
        upstream: `${found.origin.repository}/blob/${found.origin.tag}/${found.origin.path}`,
        celRules: found.celRules
      };
    })
  };
}

// src/validate/repository-crd.ts
var REPOSITORY_CRD_NEEDLE = "trainjobs.trainer.kubeflow.org";
var REPOSITORY_CRD_PATTERN = /^kind:[ \t]*["']?CustomResourceDefinition\b/m;
function findRepositoryCrd(files) {
  for (const entry of files) {
    if (!REPOSITORY_CRD_PATTERN.test(entry.text)) continue;
    try {
      return { relPath: entry.relPath, validate: createCrdValidator(entry.text, { source: entry.relPath }) };
    } catch {
    }
  }
  return void 0;
}

// src/run.ts
var REPOSITORY_CRD_REQUEST = {
  needles: [REPOSITORY_CRD_NEEDLE],
  pattern: REPOSITORY_CRD_PATTERN.source
};
function isGitUrl(input) {
  return /^(https?|ssh|git|file):\/\//i.test(input) || /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(input);
}
async function cloneShallow(url) {
  const dir = await mkdtemp2(join7(tmpdir3(), "trainjob-migrate-"));
  const cleanup = () => rm2(dir, { recursive: true, force: true });
  try {
    const [{ simpleGit }, { hermeticGitEnvironment }] = await Promise.all([
      import("./esm-ZULIMEUX.js"),
      import("./git-54PK23GW.js")
    ]);
    await simpleGit({ baseDir: dir }).env(hermeticGitEnvironment(process.env)).clone(url, dir, ["--depth", "1", "--no-tags", "--quiet"]);
  } catch (error) {
    await cleanup();
    const lines = error.message.trim().split("\n");
    const detail = (lines.find((line) => line.startsWith("fatal:")) ?? lines.at(-1) ?? "").replace(
      /^fatal: /,
      ""
    );
    throw new UserError(`cannot clone ${url}: ${detail}. Check the URL and your access to the repository.`, {
      exitCode: 1
    });
  }
  return { root: dir, cleanup };
}
async function resolveInput(input, cwd) {
  if (isGitUrl(input)) return cloneShallow(input);
  const absolute = resolve4(cwd, input);
  const found = await stat4(absolute).catch(() => void 0);
  if (!found) throw new UserError(`${input}: no such file or folder.`, { exitCode: 2 });
  if (found.isDirectory()) return { root: absolute };
  if (found.isFile()) return { root: dirname5(absolute), onlyFile: basename(absolute) };
  throw new UserError(`${input}: not a file or folder.`, { exitCode: 2 });
}
function convertOptionsFor(relPath, base, overrides) {
  let options = base;
  for (const override of overrides) {
    if ((0, import_picomatch2.default)(override.path, { dot: true })(relPath)) options = { ...options, ...override.options };
  }
  return options;
}
function toJobReport(job) {
  const summary = job.conversion?.summary;
  const report = {
    name: job.name,
    line: job.line,
    status: job.status,
    linesBefore: job.linesBefore,
    linesAfter: job.linesAfter,
    findings: job.findings
  };
  if (job.namespace !== void 0) report.namespace = job.namespace;
  if (summary?.numNodes !== void 0 && summary.numNodes > 0) report.numNodes = summary.numNodes;
  if (summary?.runtime !== void 0 && job.status === "converted") report.runtime = summary.runtime;
  if (summary?.replicas !== void 0) report.replicas = summary.replicas;
  return report;
}
function toFileReport(applied) {
  const { file, newText, diff, writeError } = applied;
  const rewrite = file.rewrite;
  const report = {
    path: file.relPath,
    kind: rewrite.kind,
    status: "unchanged",
    jobs: rewrite.jobs.map(toJobReport)
  };
  if (file.scanSkipReason !== void 0) {
    report.status = "skipped";
    report.skipReason = file.scanSkipReason;
    if (file.scanSkipMentionsJob) {
      report.status = "error";
      report.error = {
        message: `not checked: ${file.scanSkipReason}; it may hold a PyTorchJob, so it needs a look`
      };
    }
    return report;
  }
  if (rewrite.error) report.error = rewrite.error;
  else if (writeError !== void 0) {
    report.error = { message: writeError };
    report.jobs = report.jobs.map(
      (job) => job.status === "converted" ? { ...job, status: "error", linesAfter: job.linesBefore } : job
    );
  }
  if (rewrite.skipReason !== void 0) report.skipReason = rewrite.skipReason;
  if (diff !== void 0) report.diff = diff;
  report.status = fileStatusOf(report, newText !== void 0 && writeError === void 0);
  return report;
}
async function migrateRoot(resolved, input, options, mode, progress) {
  if (!mode.write) return planAndApply(resolved, input, options, mode, progress);
  const notify = mode.notify ?? ((message) => process.stderr.write(`${TOOL_NAME}: ${message}
`));
  const depth = resolved.onlyFile === void 0 ? Number.POSITIVE_INFINITY : 1;
  return withWriteLock(
    resolved.root,
    depth,
    notify,
    () => planAndApply(resolved, input, options, mode, progress)
  );
}
async function withWriteLock(root, depth, notify, work) {
  const runStart = Date.now();
  const lock = await acquireRunLock(root, notify);
  try {
    for (const note of await removeTempLeftovers(await realpath3(root), runStart, depth)) notify(note);
    return await work();
  } finally {
    await lock.release();
  }
}
function removeTempLeftoversLocked(root, notify) {
  return withWriteLock(root, Number.POSITIVE_INFINITY, notify, async () => void 0);
}
async function planAndApply(resolved, input, options, mode, progress) {
  const analysers = resolved.onlyFile === void 0 ? mode.analysers ?? defaultAnalysers() : [];
  const lookForCrd = options.crd === void 0 && resolved.onlyFile === void 0;
  const read = await readRoot(resolved.root, resolved.onlyFile, options, [
    ...analysers.flatMap((analyser) => analyser.requests ?? []),
    ...lookForCrd ? [REPOSITORY_CRD_REQUEST] : []
  ]);
  const repositoryCrd = lookForCrd ? findRepositoryCrd(read.found(REPOSITORY_CRD_REQUEST) ?? []) : void 0;
  const validation = await outputValidation({
    ...options.crd !== void 0 && { crd: options.crd },
    ...repositoryCrd !== void 0 && { repositoryCrd },
    releases: [
      options.convert.trainerVersion,
      ...options.overrides.flatMap((o) => o.options.trainerVersion ? [o.options.trainerVersion] : [])
    ]
  });
  const baseOptionsFor = (relPath) => {
    const convert = convertOptionsFor(relPath, options.convert, options.overrides);
    return { ...convert, validate: validation.validatorFor(convert.trainerVersion) };
  };
  const planInput = { root: resolved.root, input, options, baseOptionsFor };
  if (resolved.onlyFile !== void 0) planInput.onlyFile = resolved.onlyFile;
  const plan = planRoot(planInput, read, (path, jobs) => progress?.({ type: "file", input, path, jobs }));
  const gitops = await analyseRoot(plan, analysers);
  const { applied, changedFiles: changedFiles2 } = await applyPlan(plan, mode);
  const crd = options.crd ?? repositoryCrd?.relPath;
  return {
    files: applied.map(toFileReport),
    changedFiles: changedFiles2,
    gitops,
    validation: validation.report,
    ...crd !== void 0 && { crd }
  };
}
function buildReport(options, inputs, files, gitops) {
  const report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    options: describeOptions(options),
    summary: summarize(files, inputs),
    inputs,
    files
  };
  if (Object.keys(gitops).length > 0) report.gitops = gitops;
  return report;
}
async function migrateInputs(inputs, options, mode, progress) {
  const several = inputs.length > 1;
  const outcomes = await mapBounded(inputs, options.inputConcurrency, async (input) => {
    progress?.({ type: "input-start", input });
    let resolved;
    try {
      resolved = await resolveInput(input, mode.cwd ?? process.cwd());
      if (mode.write && isGitUrl(input)) {
        throw new UserError(
          `--write cannot change a cloned repository (${input}); clone it and run on the folder.`,
          { exitCode: 2 }
        );
      }
      const inputOptions = mode.optionsForRoot ? await mode.optionsForRoot(resolved.root, input) : options;
      const { files, gitops, crd, validation } = await migrateRoot(
        resolved,
        input,
        inputOptions,
        mode,
        progress
      );
      progress?.({ type: "input-done", input, status: "ok" });
      const withInput = several ? files.map((file) => ({ ...file, input })) : files;
      return {
        report: { input, status: "ok", validation, ...crd !== void 0 && { crd } },
        files: withInput,
        gitops: several ? withInputNamed(gitops, input) : gitops
      };
    } catch (error) {
      progress?.({ type: "input-done", input, status: "error" });
      return {
        report: { input, status: "error", error: error.message },
        files: [],
        gitops: {}
      };
    } finally {
      await resolved?.cleanup?.();
    }
  });
  return buildReport(
    options,
    outcomes.map((outcome) => outcome.report),
    outcomes.flatMap((outcome) => outcome.files),
    outcomes.reduce((merged, outcome) => mergeGitOpsReports(merged, outcome.gitops), {})
  );
}
async function migrateDirectory(dir, options, mode) {
  const root = resolve4(dir);
  const found = await stat4(root).catch(() => void 0);
  if (!found?.isDirectory())
    throw new UserError(`${dir}: not a folder; give the repository's working tree.`, { exitCode: 2 });
  const result = await migrateRoot({ root }, dir, options, mode, void 0);
  return {
    report: buildReport(
      options,
      [
        {
          input: dir,
          status: "ok",
          validation: result.validation,
          ...result.crd !== void 0 && { crd: result.crd }
        }
      ],
      result.files,
      result.gitops
    ),
    changedFiles: result.changedFiles
  };
}

export {
  ConfigError,
  loadConfigFile,
  findConfigAt,
  sharedOptionSpec,
  resolveFormat,
  resolveMigrationOptions,
  renderJson,
  behaviourText,
  DOCS_URL,
  ruleHelp,
  ruleTitle,
  ruleHelpUri,
  summarize,
  needsAttention,
  FINDINGS_SHOWN_ONCE,
  validationSentence,
  renderMarkdown,
  isGitUrl,
  removeTempLeftoversLocked,
  migrateInputs,
  migrateDirectory
};
