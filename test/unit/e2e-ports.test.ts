import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePorts, serverPorts } from '../e2e/ports.ts';

const NAMES = ['E2E_PORT', 'E2E_BASE_PORT'] as const;

/** True when a server can listen on `port` now. */
const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });

describe('browser test ports', () => {
  it('picks distinct free ports when none is given, and writes them to the env', async () => {
    const env: NodeJS.ProcessEnv = {};
    const ports = await serverPorts(NAMES, env);
    expect(ports.E2E_PORT.port).not.toBe(ports.E2E_BASE_PORT.port);
    expect(ports.E2E_PORT.fromUser).toBe(false);
    expect(env.E2E_PORT).toBe(String(ports.E2E_PORT.port));
    expect(env.E2E_BASE_PORT).toBe(String(ports.E2E_BASE_PORT.port));
    expect(await canListen(ports.E2E_PORT.port)).toBe(true);
  });

  it('gives a worker, which inherits the runner env, the runner’s ports, still not the user’s', async () => {
    const runnerEnv: NodeJS.ProcessEnv = {};
    const runner = await serverPorts(NAMES, runnerEnv);
    const worker = await serverPorts(NAMES, { ...runnerEnv });
    expect(worker).toEqual(runner);
    expect(worker.E2E_BASE_PORT.fromUser).toBe(false);
  });

  it('takes a port from the env as the user’s, and picks only the missing one', async () => {
    const env: NodeJS.ProcessEnv = { E2E_PORT: '4173' };
    const ports = await serverPorts(NAMES, env);
    expect(ports.E2E_PORT).toEqual({ port: 4173, fromUser: true });
    expect(ports.E2E_BASE_PORT.fromUser).toBe(false);
    expect(ports.E2E_BASE_PORT.port).not.toBe(4173);
  });

  it('refuses a value that is not a port, naming the variable', async () => {
    await expect(serverPorts(NAMES, { E2E_PORT: 'abc' })).rejects.toThrow('E2E_PORT must be a port number (1–65535), not "abc"');
    await expect(serverPorts(NAMES, { E2E_BASE_PORT: '70000' })).rejects.toThrow(/E2E_BASE_PORT/);
  });

  it('never returns a port something listens on', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const taken = (busy.address() as { port: number }).port;
    try {
      expect(await freePorts(20)).not.toContain(taken);
    } finally {
      busy.close();
    }
  });
});
