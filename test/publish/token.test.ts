import { describe, expect, it } from 'vitest';
import { MissingTokenError } from '../../src/publish/errors.js';
import { parseRepositorySlug, repositoryFromRemoteUrl } from '../../src/publish/repository.js';
import {
  basicAuthorization,
  createMasker,
  gitAuthEnvironment,
  resolveToken,
} from '../../src/publish/token.js';

describe('token handling', () => {
  it('reads GITHUB_TOKEN, then GH_TOKEN, or only the variable --token-env names', () => {
    expect(resolveToken({ GITHUB_TOKEN: 'a1', GH_TOKEN: 'b2' })).toEqual({
      token: 'a1',
      source: 'GITHUB_TOKEN',
    });
    expect(resolveToken({ GH_TOKEN: 'b2' })).toEqual({ token: 'b2', source: 'GH_TOKEN' });
    expect(resolveToken({ GITHUB_TOKEN: 'a1', MINE: 'c3' }, 'MINE')).toEqual({ token: 'c3', source: 'MINE' });
    expect(() => resolveToken({ GITHUB_TOKEN: 'a1' }, 'MINE')).toThrow(MissingTokenError);
    expect(() => resolveToken({ GITHUB_TOKEN: '  ' })).toThrow(/GITHUB_TOKEN and GH_TOKEN are not set/);
  });

  it('masks the token and the base64 form git sends', () => {
    const token = 'ghs_abcdefghijklmnop';
    const mask = createMasker([token]);
    const header = `AUTHORIZATION: ${basicAuthorization(token)}`;
    expect(mask(`fatal: ${token} and ${header}`)).toBe('fatal: *** and AUTHORIZATION: basic ***');
  });

  it('gives git the header through GIT_CONFIG_* variables, after any the caller already set', () => {
    const env = gitAuthEnvironment('tok_123456', 'https://github.com/acme/gitops.git', {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.autocrlf',
      GIT_CONFIG_VALUE_0: 'false',
    });
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_1: 'http.https://github.com/acme/gitops.git.extraheader',
      GIT_CONFIG_VALUE_1: '',
      GIT_CONFIG_KEY_2: 'http.https://github.com/acme/gitops.git.extraheader',
      GIT_CONFIG_VALUE_2: `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok_123456').toString('base64')}`,
    });
  });
});

describe('repository detection', () => {
  it('parses OWNER/NAME and the common remote URL forms', () => {
    expect(parseRepositorySlug('acme/gitops')).toEqual({ owner: 'acme', repo: 'gitops' });
    expect(parseRepositorySlug('acme')).toBeUndefined();
    expect(parseRepositorySlug('a/b/c')).toBeUndefined();
    for (const url of [
      'https://github.com/acme/gitops.git',
      'https://x-access-token@github.com/acme/gitops',
      'git@github.com:acme/gitops.git',
      'ssh://git@ghes.example.com/acme/gitops.git',
      'https://ghes.example.com/acme/gitops/',
    ]) {
      expect(repositoryFromRemoteUrl(url)).toEqual({ owner: 'acme', repo: 'gitops' });
    }
    expect(repositoryFromRemoteUrl('http://127.0.0.1:8080/gitops.git')).toBeUndefined();
  });
});
