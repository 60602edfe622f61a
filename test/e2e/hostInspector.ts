// The extension host seen from inside, through its inspector, which Node opens on 127.0.0.1:9229
// when the process gets SIGUSR1 (code-server 4.139 passes no --inspect-extensions on to a remote
// extension host, and drops NODE_OPTIONS from its environment). The bench takes a CPU profile of a
// start with it and reads the host's memory at the end (process.memoryUsage()), which /proc's RSS
// alone cannot split into heap and buffers.
// Needs a global WebSocket (Node 22 or later, or Node 20 with --experimental-websocket).

/** Node's default inspector port, where SIGUSR1 opens it. */
const INSPECTOR_PORT = 9229;

interface InspectorTarget {
  webSocketDebuggerUrl: string;
}

/** A CPU profile as V8 writes it (`.cpuprofile`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export class HostInspector {
  private nextId = 1;
  private readonly waiting = new Map<number, { done: (result: unknown) => void; fail: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!pending) return;
      this.waiting.delete(message.id!);
      if (message.error) pending.fail(new Error(message.error.message));
      else pending.done(message.result);
    });
    socket.addEventListener('close', () => {
      for (const pending of this.waiting.values()) pending.fail(new Error('the extension host inspector closed'));
      this.waiting.clear();
    });
  }

  /**
   * Opens the inspector of the process `pid` and connects to it, polling until it answers. While
   * another process holds the port (the host of the window before a reload, still ending), the
   * signal is sent again until the port is free.
   */
  static async attach(pid: number, timeoutMs: number): Promise<HostInspector> {
    if (typeof WebSocket === 'undefined') throw new Error('profiling the extension host needs a global WebSocket: Node 22, or node --experimental-websocket');
    let holder: unknown;
    for (const start = Date.now(); Date.now() - start < timeoutMs; await sleep(100)) {
      process.kill(pid, 'SIGUSR1');
      const target = await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`)
        .then((response) => response.json() as Promise<InspectorTarget[]>)
        .then((targets) => targets[0])
        .catch(() => undefined);
      if (!target) continue;
      const socket = new WebSocket(target.webSocketDebuggerUrl);
      const opened = await new Promise<boolean>((done) => {
        socket.addEventListener('open', () => done(true), { once: true });
        socket.addEventListener('error', () => done(false), { once: true });
      });
      if (!opened) continue;
      const inspector = new HostInspector(socket);
      holder = await inspector.evaluate('process.pid');
      if (holder === pid) return inspector;
      inspector.close();
    }
    throw new Error(`the extension host ${pid} opened no inspector on port ${INSPECTOR_PORT} within ${timeoutMs / 1000} s${holder === undefined ? '' : ` (process ${String(holder)} holds it)`}`);
  }

  /** The value of a JavaScript expression evaluated in the process. */
  async evaluate(expression: string): Promise<unknown> {
    return (await this.send<{ result: { value: unknown } }>('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      this.waiting.set(id, { done: (result) => done(result as T), fail });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Starts sampling the host thread every `intervalMicroseconds`. */
  async startProfile(intervalMicroseconds = 1000): Promise<void> {
    await this.send('Profiler.enable');
    await this.send('Profiler.setSamplingInterval', { interval: intervalMicroseconds });
    await this.send('Profiler.start');
  }

  async stopProfile(): Promise<CpuProfile> {
    return (await this.send<{ profile: CpuProfile }>('Profiler.stop')).profile;
  }

  /** The host's process.memoryUsage(), in bytes, after a full garbage collection (what is live). */
  async memoryUsage(): Promise<NodeJS.MemoryUsage> {
    await this.send('HeapProfiler.collectGarbage');
    return (await this.evaluate('process.memoryUsage()')) as NodeJS.MemoryUsage;
  }

  close(): void {
    this.socket.close();
  }
}
