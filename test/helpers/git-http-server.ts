/**
 * A real git remote over HTTP for tests: Node's http server in front of `git http-backend` (CGI) on
 * 127.0.0.1, serving bare repositories from a temp folder. Every request (fetch and push) must carry
 * `Authorization: Basic` with the expected token; others get 401. Requests are recorded.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { git } from './git-repo.js';

export interface RecordedGitRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  authorized: boolean;
  /** The raw Authorization header, when there was one. */
  authorization?: string;
  userAgent?: string;
  status: number;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** Creates an empty bare repository; returns its clone URL. */
  createRepository(name: string): Promise<string>;
  /** The bare repository's folder (for inspecting refs directly). */
  repositoryPath(name: string): string;
  requests: RecordedGitRequest[];
  close(): Promise<void>;
}

export interface GitHttpServerOptions {
  root: string;
  token: string;
  env: Record<string, string>;
  /** Runs before each authorized request is served (a test can move a branch under a push). */
  beforeRequest?: (request: RecordedGitRequest) => Promise<void>;
}

const gitExecPath = (): string => execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();

export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const projectRoot = join(options.root, 'remote');
  await mkdir(projectRoot, { recursive: true });
  const backend = join(gitExecPath(), 'git-http-backend');
  const requests: RecordedGitRequest[] = [];

  const isAuthorized = (header: string | undefined): boolean => {
    const match = /^basic\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) === options.token;
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const authorization = request.headers.authorization;
    const record: RecordedGitRequest = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      authorized: isAuthorized(authorization),
      status: 0,
      ...(authorization ? { authorization } : {}),
      ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}),
    };
    requests.push(record);
    if (!record.authorized) {
      record.status = 401;
      request.resume();
      response.writeHead(401, {
        'WWW-Authenticate': 'Basic realm="test git remote"',
        'Content-Type': 'text/plain',
      });
      response.end('Authentication required\n');
      return;
    }
    if (options.beforeRequest) {
      request.pause();
      options
        .beforeRequest(record)
        .then(() => serve(request, response, record))
        .catch((error: unknown) => {
          record.status = 500;
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(String(error));
        });
      return;
    }
    serve(request, response, record);
  };

  const serve = (request: IncomingMessage, response: ServerResponse, record: RecordedGitRequest): void => {
    const url = new URL(record.url, 'http://127.0.0.1');
    const cgiEnv: Record<string, string> = {
      ...options.env,
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: request.socket.remoteAddress ?? '127.0.0.1',
      REQUEST_METHOD: record.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      SERVER_PROTOCOL: `HTTP/${request.httpVersion}`,
      GATEWAY_INTERFACE: 'CGI/1.1',
    };
    if (request.headers['content-length']) cgiEnv.CONTENT_LENGTH = request.headers['content-length'];
    if (request.headers['content-encoding'])
      cgiEnv.HTTP_CONTENT_ENCODING = request.headers['content-encoding'];
    const protocol = request.headers['git-protocol'];
    if (typeof protocol === 'string') cgiEnv.GIT_PROTOCOL = protocol;

    const child = spawn(backend, [], { env: cgiEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    request.pipe(child.stdin);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let head = Buffer.alloc(0);
    let headersSent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        response.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      const endLf = head.indexOf('\n\n');
      const cut = end >= 0 ? end : endLf;
      if (cut < 0) return;
      const separator = end >= 0 ? 4 : 2;
      const headerLines = head.subarray(0, cut).toString('latin1').split(/\r?\n/);
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
        else headers[name] = value;
      }
      record.status = status;
      response.writeHead(status, headers);
      headersSent = true;
      response.write(head.subarray(cut + separator));
    });
    child.on('close', (code) => {
      if (!headersSent) {
        record.status = 500;
        response.writeHead(500, { 'Content-Type': 'text/plain' });
        response.end(`git http-backend exited with ${code}: ${stderr}`);
        return;
      }
      response.end();
    });
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    requests,
    repositoryPath: (name) => join(projectRoot, `${name}.git`),
    async createRepository(name) {
      const path = join(projectRoot, `${name}.git`);
      await git(projectRoot, ['init', '--quiet', '--bare', '--initial-branch=main', path], options.env);
      return `${baseUrl}/${name}.git`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
