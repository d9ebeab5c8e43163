/**
 * `$(NAME)` references the way kubelet expands them in command, args and env values
 * (k8s.io/kubernetes third_party/forked/golang/expansion): `$$` is an escaped `$`, `$(NAME)` is
 * replaced when NAME is defined at that point, and anything else stays as written.
 */

/** The names referenced by `$(NAME)` in `text`, in order (escaped `$$(…)` excluded). */
export function references(text: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    const next = text[i + 1];
    if (next === '$') {
      i++;
    } else if (next === '(') {
      const close = text.indexOf(')', i + 2);
      if (close === -1) break;
      names.push(text.slice(i + 2, close));
      i = close;
    }
  }
  return names;
}

/** Names read by a shell or by kubelet: `$NAME`, `${NAME}`, `$(NAME)`. */
export function readsVariable(text: string, name: string): boolean {
  return new RegExp(`\\$(\\{${name}\\}|\\(${name}\\)|${name}(?![A-Za-z0-9_]))`).test(text);
}
