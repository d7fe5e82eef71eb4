import { createServer, type Server } from 'node:net';

export interface ServerPort {
  port: number;
  /** True when the user chose the port (its variable was set before the runner started). */
  fromUser: boolean;
}

/** Marks ports this module chose, so that workers, which inherit the env, do not take them for the user's. */
const PICKED = 'E2E_PORTS_PICKED';

const listen = (server: Server) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, () => resolve((server.address() as { port: number }).port));
  });

/**
 * `count` distinct ports that nothing listens on now, chosen by the operating system. All are held
 * open until every one is known, so that the system cannot hand out the same port twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(servers.map(listen));
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => (s.listening ? s.close(resolve) : resolve(undefined)))));
  }
}

function parsePort(name: string, value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) throw new Error(`${name} must be a port number (1–65535), not "${value}"`);
  return port;
}

/**
 * One port per variable name: the variable's value when set, else a free port. Chosen ports are
 * written back to `env`: Playwright evaluates its config in the runner and again in every worker
 * (which inherits the runner's env), and all of them must agree on where the servers are.
 */
export async function serverPorts<Name extends string>(names: readonly Name[], env: NodeJS.ProcessEnv = process.env): Promise<Record<Name, ServerPort>> {
  const picked = new Set((env[PICKED] ?? '').split(',').filter(Boolean));
  const missing = names.filter((name) => !env[name]);
  const fresh = await freePorts(missing.length);
  missing.forEach((name, i) => {
    env[name] = String(fresh[i]);
    picked.add(name);
  });
  if (picked.size > 0) env[PICKED] = [...picked].join(',');
  return Object.fromEntries(names.map((name) => [name, { port: parsePort(name, env[name]!), fromUser: !picked.has(name) }])) as Record<Name, ServerPort>;
}
