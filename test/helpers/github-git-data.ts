/**
 * GitHub's git data API (blobs, trees, commits, refs) for the stand-in, done by real git in the bare
 * repositories the git HTTP remote serves, so a branch written through the API is what the next
 * `git fetch` sees. Follows GitHub's documented behaviour: tree entries give inline `content` or a
 * `sha` (`null` deletes the path) over `base_tree`; a commit without author and committer is made by
 * the token's identity with GitHub as committer, and is the only kind marked verified.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from './git-repo.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
export type Reply = { status: number; body: Json; headers?: Record<string, string> };
export type Handler = (
  params: Record<string, string>,
  query: Record<string, string>,
  body: JsonObject,
  path: string,
) => Promise<Reply>;

export interface GitIdentity {
  name: string;
  email: string;
}

export interface GitDataOptions {
  /** The bare repository behind `owner/repo`, when the stand-in has one. */
  gitDir: (owner: string, repo: string) => string | undefined;
  env: Record<string, string>;
  /** Who the token is: the author of commits GitHub makes for it. */
  tokenIdentity: GitIdentity;
  example: (name: string) => JsonObject;
  apiBase: () => string;
  notFound: () => Reply;
  invalid: (message: string) => Reply;
}

/** GitHub's committer on commits it makes through the API. */
export const WEB_FLOW: GitIdentity = { name: 'GitHub', email: 'noreply@github.com' };

function gitWithInput(
  cwd: string,
  args: string[],
  env: Record<string, string>,
  input: Buffer,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`git ${args.join(' ')}: ${err}`)),
    );
    child.stdin.end(input);
  });
}

export function gitDataHandlers(options: GitDataOptions): Record<string, Handler> {
  const { env, example, apiBase, notFound, invalid } = options;
  let indexCounter = 0;
  const repoBase = (params: Record<string, string>) => `${apiBase()}/repos/${params.owner}/${params.repo}`;
  const withRepo =
    (handler: (dir: string, params: Record<string, string>, body: JsonObject) => Promise<Reply>): Handler =>
    async (params, _query, body) => {
      const dir = options.gitDir(params.owner ?? '', params.repo ?? '');
      return dir ? handler(dir, params, body) : notFound();
    };
  const writeBlob = async (dir: string, content: Buffer) =>
    (await gitWithInput(dir, ['hash-object', '-w', '--stdin'], env, content)).trim();
  const objectType = (dir: string, sha: string) =>
    git(dir, ['cat-file', '-t', sha], env).then(
      (type) => type.trim(),
      () => undefined,
    );
  const refTip = (dir: string, ref: string) =>
    git(dir, ['rev-parse', '--verify', '--quiet', `refs/${ref}^{commit}`], env).then(
      (sha) => sha.trim(),
      () => undefined,
    );
  const refJson = (params: Record<string, string>, ref: string, sha: string): JsonObject => ({
    ...example('git-ref'),
    ref: `refs/${ref}`,
    node_id: Buffer.from(`ref:${ref}`).toString('base64'),
    url: `${repoBase(params)}/git/refs/${ref}`,
    object: { type: 'commit', sha, url: `${repoBase(params)}/git/commits/${sha}` },
  });

  return {
    'git/create-blob': withRepo(async (dir, params, body) => {
      const encoding = body.encoding ?? 'utf-8';
      const content = Buffer.from(String(body.content), encoding === 'base64' ? 'base64' : 'utf8');
      const sha = await writeBlob(dir, content);
      return { status: 201, body: { sha, url: `${repoBase(params)}/git/blobs/${sha}` } };
    }),

    'git/create-tree': withRepo(async (dir, params, body) => {
      const index = join(dir, `stand-in-index-${process.pid}-${indexCounter++}`);
      const indexEnv = { ...env, GIT_INDEX_FILE: index };
      try {
        if (typeof body.base_tree === 'string') {
          if ((await objectType(dir, body.base_tree)) !== 'tree')
            return invalid(`base_tree ${body.base_tree} is not a tree`);
          await git(dir, ['read-tree', body.base_tree], indexEnv);
        } else await git(dir, ['read-tree', '--empty'], indexEnv);
        for (const raw of (body.tree as Json[]) ?? []) {
          const entry = raw as JsonObject;
          const path = String(entry.path);
          const hasContent = typeof entry.content === 'string';
          if (hasContent && 'sha' in entry) return invalid(`${path}: give either sha or content, not both`);
          if (entry.sha === null) {
            // Mode 0 removes the path (`--force-remove` wants a work tree, which a bare repository lacks).
            await gitWithInput(
              dir,
              ['update-index', '--index-info'],
              indexEnv,
              Buffer.from(`0 ${'0'.repeat(40)}\t${path}\n`),
            );
            continue;
          }
          if (entry.mode === '040000' || entry.type === 'tree')
            return invalid(`${path}: the stand-in does not take tree entries`);
          let sha: string;
          if (hasContent) sha = await writeBlob(dir, Buffer.from(String(entry.content), 'utf8'));
          else {
            sha = String(entry.sha);
            const wanted = entry.type === 'commit' ? 'commit' : 'blob';
            if (wanted === 'blob' && (await objectType(dir, sha)) !== 'blob')
              return invalid(`${path}: no blob ${sha}`);
          }
          await git(dir, ['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${path}`], indexEnv);
        }
        const tree = (await git(dir, ['write-tree'], indexEnv)).trim();
        const listing = await git(dir, ['ls-tree', '-l', '-z', tree], env);
        const entries = listing
          .split('\0')
          .filter(Boolean)
          .map((line) => {
            const [meta = '', path = ''] = line.split('\t');
            const [mode = '', type = '', sha = '', size = '-'] = meta.trim().split(/\s+/);
            return {
              path,
              mode,
              type,
              sha,
              ...(size === '-' ? {} : { size: Number(size) }),
              url: `${repoBase(params)}/git/${type === 'tree' ? 'trees' : 'blobs'}/${sha}`,
            };
          });
        return {
          status: 201,
          body: { sha: tree, url: `${repoBase(params)}/git/trees/${tree}`, truncated: false, tree: entries },
        };
      } finally {
        await rm(index, { force: true });
      }
    }),

    'git/create-commit': withRepo(async (dir, params, body) => {
      const tree = String(body.tree);
      if ((await objectType(dir, tree)) !== 'tree') return invalid(`tree ${tree} does not exist`);
      const parents = ((body.parents as Json[] | undefined) ?? []).map(String);
      for (const parent of parents) {
        if ((await objectType(dir, parent)) !== 'commit') return invalid(`parent ${parent} does not exist`);
      }
      const given = (key: 'author' | 'committer'): GitIdentity | undefined => {
        const who = body[key] as JsonObject | undefined;
        return who ? { name: String(who.name), email: String(who.email) } : undefined;
      };
      const author = given('author') ?? options.tokenIdentity;
      const committer = given('committer') ?? (given('author') ? author : WEB_FLOW);
      const signed = !body.author && !body.committer && !body.signature;
      const sha = (
        await gitWithInput(
          dir,
          ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'],
          {
            ...env,
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: committer.name,
            GIT_COMMITTER_EMAIL: committer.email,
          },
          Buffer.from(String(body.message)),
        )
      ).trim();
      const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const htmlRepo = `https://github.com/${params.owner}/${params.repo}`;
      return {
        status: 201,
        headers: { location: `${repoBase(params)}/git/commits/${sha}` },
        body: {
          ...example('git-commit'),
          sha,
          node_id: Buffer.from(`commit:${sha}`).toString('base64'),
          url: `${repoBase(params)}/git/commits/${sha}`,
          html_url: `${htmlRepo}/commit/${sha}`,
          author: { ...author, date },
          committer: { ...committer, date },
          message: String(body.message),
          tree: { sha: tree, url: `${repoBase(params)}/git/trees/${tree}` },
          parents: parents.map((parent) => ({
            sha: parent,
            url: `${repoBase(params)}/git/commits/${parent}`,
            html_url: `${htmlRepo}/commit/${parent}`,
          })),
          verification: signed
            ? {
                verified: true,
                reason: 'valid',
                signature: '-----BEGIN PGP SIGNATURE-----',
                payload: `tree ${tree}`,
                verified_at: date,
              }
            : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
        },
      };
    }),

    'git/get-ref': withRepo(async (dir, params) => {
      const ref = params.ref ?? '';
      const sha = ref.startsWith('heads/') ? await refTip(dir, ref) : undefined;
      return sha ? { status: 200, body: refJson(params, ref, sha) } : notFound();
    }),

    'git/create-ref': withRepo(async (dir, params, body) => {
      const ref = String(body.ref);
      if (!/^refs\/heads\/.+/.test(ref)) return invalid(`${ref} is not a fully qualified branch ref`);
      const short = ref.slice('refs/'.length);
      if (await refTip(dir, short)) return invalid('Reference already exists');
      if ((await objectType(dir, String(body.sha))) !== 'commit')
        return invalid(`Object ${body.sha} does not exist`);
      await git(dir, ['update-ref', ref, String(body.sha), ''], env);
      return { status: 201, body: refJson(params, short, String(body.sha)) };
    }),

    'git/update-ref': withRepo(async (dir, params, body) => {
      const ref = params.ref ?? '';
      const old = await refTip(dir, ref);
      if (!old) return invalid('Reference does not exist');
      const sha = String(body.sha);
      if ((await objectType(dir, sha)) !== 'commit') return invalid(`Object ${sha} does not exist`);
      if (body.force !== true) {
        const fastForward = await git(dir, ['merge-base', '--is-ancestor', old, sha], env).then(
          () => true,
          () => false,
        );
        if (!fastForward) return invalid('Update is not a fast forward');
      }
      await git(dir, ['update-ref', `refs/${ref}`, sha, old], env);
      return { status: 200, body: refJson(params, ref, sha) };
    }),
  };
}
