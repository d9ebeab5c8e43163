import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ALWAYS_EXCLUDE,
  DEFAULT_INCLUDE,
  compileNeedles,
  containsAnyNeedle,
  fileContainsNeedle
} from "./chunk-E3NB2CZL.js";
import {
  require_picomatch
} from "./chunk-KNWRQIQV.js";
import {
  UserError
} from "./chunk-GFBUO7Q4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/fs/temp-file.ts
import { randomBytes } from "node:crypto";
import { open } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var TEMP_FILE_SUFFIX = ".tjm-tmp";
var OUR_TEMP_NAME = /^\.[0-9a-f]{12}\.tjm-tmp$/;
function tempPathBeside(absPath) {
  return join(dirname(absPath), `.${randomBytes(6).toString("hex")}${TEMP_FILE_SUFFIX}`);
}
function isOurTempFile(path) {
  return OUR_TEMP_NAME.test(basename(path));
}
function isNamedLikeTempFile(name) {
  return name.startsWith(".") && name.endsWith(TEMP_FILE_SUFFIX);
}
async function syncFolder(folder) {
  const handle = await open(folder, "r").catch(() => void 0);
  if (!handle) return;
  await handle.sync().catch(() => void 0);
  await handle.close().catch(() => void 0);
}

// src/scan/scan.ts
import { lstat, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { basename as basename2, join as join3, sep as sep2 } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";

// src/scan/list-tree.ts
import { readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/scan/git-ignore.ts
var import_ignore = __toESM(require_ignore(), 1);
import { posix } from "node:path";
var LayeredGitIgnore = class {
  /** Deepest first: the first level with an opinion decides. */
  levels = [];
  folderVerdicts = /* @__PURE__ */ new Map();
  /** `base` is relative to the root (`''` = the root); the rules apply to paths below it. */
  push(base, text) {
    this.levels.unshift({ base, rules: createRules(text) });
  }
  /**
   * Leaves the deepest level. The folder verdicts made with it stay cached: they belong to folders
   * below it, which the walk does not come back to.
   */
  pop() {
    this.levels.shift();
  }
  /** `relPath` is relative to the scan root, with `/`. */
  isIgnored(relPath, isDirectory) {
    if (this.levels.length === 0) return false;
    const parent = posix.dirname(relPath);
    if (parent !== "." && this.isFolderIgnored(parent)) return true;
    return this.decide(relPath, isDirectory);
  }
  isFolderIgnored(folder) {
    const known = this.folderVerdicts.get(folder);
    if (known !== void 0) return known;
    const verdict = this.isIgnored(folder, true);
    this.folderVerdicts.set(folder, verdict);
    return verdict;
  }
  decide(relPath, isDirectory) {
    for (const level of this.levels) {
      if (level.base !== "" && !relPath.startsWith(`${level.base}/`)) continue;
      const below = level.base === "" ? relPath : relPath.slice(level.base.length + 1);
      const result = level.rules.test(isDirectory ? `${below}/` : below);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }
};
function createRules(text) {
  return (0, import_ignore.default)({ ignorecase: false }).add(text);
}

// src/scan/path-filter.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix as posix2 } from "node:path";
function compileGlobs(globs) {
  const literal = new Set(globs);
  const expressions = globs.map((glob) => import_picomatch.default.makeRe(glob, { dot: true }));
  return (relPath) => relPath !== "" && (literal.has(relPath) || expressions.some((expression) => expression.test(relPath)));
}
function createPathFilter(include, exclude) {
  const includeGlobs = include.length > 0 ? include : DEFAULT_INCLUDE;
  const matchesInclude = compileGlobs(includeGlobs);
  const matchesExclude = compileGlobs([...ALWAYS_EXCLUDE, ...exclude]);
  const folderVerdicts = /* @__PURE__ */ new Map();
  const isExcluded = (relPath) => {
    if (matchesExclude(relPath)) return true;
    const parent = posix2.dirname(relPath);
    if (parent === ".") return false;
    let verdict = folderVerdicts.get(parent);
    if (verdict === void 0) {
      verdict = isExcluded(parent);
      folderVerdicts.set(parent, verdict);
    }
    return verdict;
  };
  return { isIncluded: (relPath) => matchesInclude(relPath), isExcluded };
}
function pruneGlobs(exclude) {
  return [...ALWAYS_EXCLUDE, ...exclude].flatMap(
    (glob) => glob.endsWith("/**") ? [glob] : [glob, `${glob}/**`]
  );
}

// src/scan/list-tree.ts
function* listTree(rootAbs, exclude, filter) {
  const isPruned = compileGlobs(pruneGlobs(exclude));
  const gitignore = new LayeredGitIgnore();
  const infoExclude = readOptional(join2(rootAbs, ".git", "info", "exclude"));
  if (infoExclude !== void 0) gitignore.push("", infoExclude);
  yield* walkFolder(rootAbs, "", { isPruned, gitignore, filter });
}
function* walkFolder(rootAbs, folderRel, context) {
  const dirents = readFolder(rootAbs, folderRel);
  const ignoreFile = dirents.find((dirent) => dirent.name === ".gitignore" && dirent.isFile());
  const ignoreText = ignoreFile ? readOptional(join2(rootAbs, folderRel, ".gitignore")) : void 0;
  if (ignoreText !== void 0) context.gitignore.push(folderRel, ignoreText);
  const children = dirents.map((dirent) => ({ dirent, key: dirent.isDirectory() ? `${dirent.name}/` : dirent.name })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const { dirent } of children) {
    const relPath = folderRel === "" ? dirent.name : `${folderRel}/${dirent.name}`;
    if (dirent.isFile() && isNamedLikeTempFile(dirent.name)) {
      yield { relPath, type: "temp" };
    } else if (dirent.isSymbolicLink() || dirent.isFile()) {
      const entry = { relPath, type: dirent.isFile() ? "file" : "symlink" };
      if (isConsidered(entry, context.filter, context.gitignore)) yield entry;
    } else if (dirent.isDirectory() && !context.isPruned(relPath) && !context.gitignore.isIgnored(relPath, true)) {
      yield* walkFolder(rootAbs, relPath, context);
    }
  }
  if (ignoreText !== void 0) context.gitignore.pop();
}
function readFolder(rootAbs, folderRel) {
  try {
    return readdirSync(folderRel === "" ? rootAbs : join2(rootAbs, folderRel), { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT" && folderRel !== "") return [];
    throw new UserError(
      `Cannot list the files under ${rootAbs}: ${messageOf(error)}. Check that the folder is readable.`,
      { exitCode: 1 }
    );
  }
}
function readOptional(absPath) {
  try {
    return readFileSync(absPath, "utf8");
  } catch {
    return void 0;
  }
}
function isConsidered(entry, filter, gitignore) {
  if (filter.isExcluded(entry.relPath)) return false;
  if (entry.type === "file" && !filter.isIncluded(entry.relPath)) return false;
  return !gitignore.isIgnored(entry.relPath, false);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/scan/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/scan/text-decoding.ts
var BINARY_SNIFF_BYTES = 8 * 1024;
function looksBinary(content) {
  const head = content.subarray(0, BINARY_SNIFF_BYTES);
  return head.indexOf(0) !== -1;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(content) {
  try {
    return strictUtf8.decode(content);
  } catch {
    return void 0;
  }
}

// src/scan/read-file.ts
var READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
function readFileEntry(relPath, absPath, limits) {
  const skip = (reason, bytesRead = 0, mentionsNeedle = false) => ({
    entry: { type: "skipped", relPath, absPath, reason, ...mentionsNeedle && { mentionsNeedle } },
    bytesRead
  });
  const mentionNeedles = limits.mentionNeedles ?? limits.needles;
  let fd;
  try {
    fd = openSync(absPath, READ_FLAGS);
    const head = scratch.subarray(0, readSync(fd, scratch, 0, scratch.length, null));
    let content = head;
    if (head.length === scratch.length) {
      const stat4 = fstatSync(fd);
      if (!stat4.isFile()) return skip("not a regular file");
      if (stat4.size > limits.maxFileSize) {
        return skip(tooLarge(stat4.size, limits.maxFileSize), 0, fileContainsNeedle(fd, mentionNeedles));
      }
      content = readRest(fd, head, stat4.size);
    }
    if (content.length > limits.maxFileSize) {
      return skip(
        tooLarge(content.length, limits.maxFileSize),
        0,
        containsAnyNeedle(content, mentionNeedles)
      );
    }
    if (looksBinary(content)) {
      const mentions = containsAnyNeedle(content, mentionNeedles);
      return skip("binary file (NUL byte in the first 8 KiB)", content.length, mentions);
    }
    if (!containsAnyNeedle(content, limits.needles)) return { bytesRead: content.length };
    const stat3 = fstatSync(fd);
    if (!stat3.isFile()) return skip("not a regular file");
    if (stat3.size > limits.maxFileSize) {
      const mentions = containsAnyNeedle(content, mentionNeedles) || fileContainsNeedle(fd, mentionNeedles);
      return skip(tooLarge(stat3.size, limits.maxFileSize), 0, mentions);
    }
    if (stat3.size > content.length) content = readRest(fd, content, stat3.size);
    const text = decodeUtf8(content);
    if (text === void 0)
      return skip(
        "not valid UTF-8 text; convert the file to UTF-8 to scan it",
        content.length,
        containsAnyNeedle(content, mentionNeedles)
      );
    return {
      entry: { type: "candidate", relPath, absPath, text, mode: stat3.mode & 4095 },
      bytesRead: content.length
    };
  } catch (error) {
    return skip(describeReadError(error), 0, isUnreadable(error));
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function tooLarge(size, limit) {
  return `file is ${size} bytes, over the ${limit}-byte size limit; raise maxFileSize to scan it`;
}
var scratch = Buffer.allocUnsafe(256 * 1024);
function readRest(fd, head, size) {
  const whole = Buffer.allocUnsafe(Math.max(size, head.length));
  head.copy(whole);
  return readInto(fd, whole, head.length);
}
function readInto(fd, target, from = 0) {
  let total = from;
  while (total < target.length) {
    const read = readSync(fd, target, total, target.length - total, null);
    if (read === 0) break;
    total += read;
  }
  return target.subarray(0, total);
}
function isUnreadable(error) {
  const code = error?.code;
  return code !== "ELOOP" && code !== "ENOENT";
}
function describeReadError(error) {
  const code = error?.code;
  if (code === "ELOOP") return "symlink; not followed";
  if (code === "ENOENT") return "file disappeared while scanning";
  if (code === "EACCES" || code === "EPERM")
    return "unreadable: permission denied; check the file permissions";
  return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
}

// src/scan/symlink.ts
import { realpath, stat } from "node:fs/promises";
import { sep } from "node:path";
var SYMLINK_OUTSIDE_ROOT = "symlink points outside the repository";
var SYMLINK_INSIDE_ROOT = "symlink; the target is scanned on its own path";
var SYMLINK_BROKEN = "broken symlink; its target does not exist";
async function inspectSymlink(relPath, absPath, rootReal, filter) {
  const skipped = (reason) => ({ type: "skipped", relPath, absPath, reason });
  let target;
  let isFolder;
  try {
    target = await realpath(absPath);
    isFolder = (await stat(target)).isDirectory();
  } catch {
    return filter.isIncluded(relPath) ? skipped(SYMLINK_BROKEN) : void 0;
  }
  if (!isFolder && !filter.isIncluded(relPath)) return void 0;
  return skipped(isInside(target, rootReal) ? SYMLINK_INSIDE_ROOT : SYMLINK_OUTSIDE_ROOT);
}
function isInside(path, folder) {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

// src/scan/scan.ts
var YIELD_EVERY_MS = 20;
function createScanStats() {
  return { filesSeen: 0, bytesRead: 0, candidates: 0, skipped: 0 };
}
async function* scanRoot(root, options, stats = createScanStats()) {
  for await (const shared of scanRootShared(root, options, [], stats)) {
    if (shared.primary) yield shared.primary;
  }
}
async function* scanRootShared(root, options, wants, stats = createScanStats()) {
  const primaryNeedles = compileNeedles(options.needles);
  const maxFileSize = options.maxFileSize;
  const rootStat = await statRoot(root, stat2);
  if (!rootStat.isDirectory()) {
    const limits = { maxFileSize, needles: primaryNeedles };
    for await (const entry of scanSingleFile(
      root,
      (await statRoot(root, lstat)).isSymbolicLink(),
      limits,
      stats
    ))
      yield { primary: entry };
    return;
  }
  const rootReal = await realpath2(root);
  const readers = compileReaders(options, wants);
  const primaryFilter = createPathFilter(options.include, options.exclude);
  const filter = {
    isExcluded: primaryFilter.isExcluded,
    isIncluded: (relPath) => readers.forPath(relPath).isRead
  };
  const entries = listTree(rootReal, options.exclude, filter);
  const rootPrefix = rootReal.endsWith("/") ? rootReal : `${rootReal}/`;
  const toAbsolute = (relPath) => sep2 === "/" ? `${rootPrefix}${relPath}` : join3(rootReal, relPath);
  let lastTurn = performance.now();
  for (const entry of entries) {
    if (entry.type === "temp") {
      yield { tempFile: entry.relPath };
      continue;
    }
    const absPath = toAbsolute(entry.relPath);
    if (entry.type === "symlink") {
      const outcome2 = await inspectSymlinkEntry(entry.relPath, absPath, rootReal, primaryFilter);
      if (outcome2 === void 0) continue;
      count(outcome2, stats);
      if (outcome2.entry) yield { primary: outcome2.entry };
      continue;
    }
    const reading = readers.forPath(entry.relPath);
    const outcome = readFileEntry(entry.relPath, absPath, {
      maxFileSize,
      needles: reading.needles,
      mentionNeedles: reading.primary ? primaryNeedles : []
    });
    const shared = sharedEntry(outcome, reading, options.needles);
    if (reading.primary) {
      const primaryOutcome = { bytesRead: outcome.bytesRead };
      if (shared.primary) primaryOutcome.entry = shared.primary;
      count(primaryOutcome, stats);
    }
    if (shared.primary || shared.wanted) yield shared;
    if (performance.now() - lastTurn > YIELD_EVERY_MS) {
      await nextTurn();
      lastTurn = performance.now();
    }
  }
}
function compileReaders(options, wants) {
  const groups = /* @__PURE__ */ new Map();
  const readers = [{ include: options.include, needles: options.needles }, ...wants];
  readers.forEach((reader, index) => {
    const include = reader.include.length > 0 ? [...reader.include] : [...DEFAULT_INCLUDE];
    const key = JSON.stringify(include);
    const group = groups.get(key) ?? { include, members: [] };
    group.members.push(index);
    groups.set(key, group);
  });
  const compiled = [...groups.values()].map((group) => ({
    matches: compileGlobs(group.include),
    members: group.members
  }));
  const readings = /* @__PURE__ */ new Map();
  let last;
  return {
    forPath(relPath) {
      if (last?.relPath === relPath) return last.reading;
      let mask = 0;
      compiled.forEach((group, bit) => {
        if (group.matches(relPath)) mask |= 1 << bit;
      });
      let reading = readings.get(mask);
      if (!reading) {
        const members = compiled.flatMap((group, bit) => mask & 1 << bit ? group.members : []);
        const wanted = members.filter((index) => index > 0).sort((a, b) => a - b).map((index) => ({ index: index - 1, needles: readers[index]?.needles ?? [] }));
        reading = {
          isRead: members.length > 0,
          primary: members.includes(0),
          wants: wanted,
          // Each distinct needle searched once, however many readers share it.
          needles: compileNeedles([...new Set(members.flatMap((index) => readers[index]?.needles ?? []))])
        };
        readings.set(mask, reading);
      }
      last = { relPath, reading };
      return reading;
    }
  };
}
function sharedEntry(outcome, reading, primaryNeedles) {
  const entry = outcome.entry;
  if (!entry) return {};
  if (entry.type === "skipped") return reading.primary ? { primary: entry } : {};
  const shared = {};
  if (reading.primary && containsAnyText(entry.text, primaryNeedles)) shared.primary = entry;
  const wants = reading.wants.filter((want) => containsAnyText(entry.text, want.needles)).map((want) => want.index);
  if (wants.length > 0) shared.wanted = { relPath: entry.relPath, text: entry.text, wants };
  return shared;
}
function containsAnyText(text, needles) {
  return needles.some((needle) => needle.length > 0 && text.includes(needle));
}
async function* scanSingleFile(file, isSymlink, limits, stats) {
  const relPath = basename2(file);
  const outcome = isSymlink ? {
    entry: {
      type: "skipped",
      relPath,
      absPath: file,
      reason: "symlink; pass the path of its target instead"
    },
    bytesRead: 0
  } : readFileEntry(relPath, file, limits);
  count(outcome, stats);
  if (outcome.entry) yield outcome.entry;
}
async function inspectSymlinkEntry(relPath, absPath, rootReal, filter) {
  const reported = await inspectSymlink(relPath, absPath, rootReal, filter);
  return reported ? { entry: reported, bytesRead: 0 } : void 0;
}
function count(outcome, stats) {
  stats.filesSeen += 1;
  stats.bytesRead += outcome.bytesRead;
  if (outcome.entry?.type === "candidate") stats.candidates += 1;
  if (outcome.entry?.type === "skipped") stats.skipped += 1;
}
async function statRoot(root, statFunction) {
  try {
    return await statFunction(root);
  } catch (error) {
    const code = error.code ?? "error";
    throw new UserError(
      `Cannot scan ${root}: ${code}. Pass an existing folder or file that this user can read.`,
      { exitCode: 2 }
    );
  }
}

export {
  TEMP_FILE_SUFFIX,
  tempPathBeside,
  isOurTempFile,
  syncFolder,
  createScanStats,
  scanRoot,
  scanRootShared
};
