/**
 * Typed arrays kept from one keystroke to the next, for work that ends within one synchronous
 * call. A new typed array of more than a few elements costs V8 a separate backing store: 2–4 µs
 * each on this machine, and memory outside the heap that brings garbage collections sooner. A
 * keystroke used to make about thirty of them: about a quarter of the time of the default
 * dataset's heaviest keystrokes.
 *
 * Each Scratch serves one purpose in one module, so two uses never overlap; what it hands out is
 * valid until its next call. It may be returned to a caller that is done with it before that,
 * never kept in an answer.
 */
export class Scratch<T extends Uint8Array | Uint32Array | Float64Array> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(0);
  }

  /** `length` elements holding whatever the last use left. */
  any(length: number): T {
    if (this.buffer.length < length) this.buffer = this.make(Math.max(length, this.buffer.length * 2));
    return this.buffer.subarray(0, length) as T;
  }

  /** `length` elements, all zero. */
  zeroed(length: number): T {
    const view = this.any(length);
    view.fill(0);
    return view;
  }

  /** A copy of `values`, to work on in place (quickselect, sort). */
  copyOf(values: ArrayLike<number>): T {
    const view = this.any(values.length);
    view.set(values);
    return view;
  }
}

/**
 * Intermediate results of one query (scored-query.ts), handed out one after another from two
 * buffers and all given back at once by `reset` when the next query starts. A buffer too small
 * is replaced by one twice as big; views of the old one stay valid until the query ends.
 */
export class ScratchArena {
  // Small at first, so that the warm-up queries grow them: V8 then compiles the search with the
  // growing branch seen and the buffers known to change. Made at 4,096, the first query needing
  // more ("go kubernetes": go, golang and their union, 4,299 positions at 1,321 ideas) was the
  // first to grow them, and V8 threw away the compiled code of every function reading them
  // (--trace-deopt: "code dependencies"); they ran uncompiled until it had compiled them again,
  // in the background, 15–20 ms each here: that query took 390 µs instead of 110 for the next
  // eight times it came in the benchmark's order.
  private u32 = new Uint32Array(64);
  private f64 = new Float64Array(64);
  private usedU32 = 0;
  private usedF64 = 0;

  reset(): void {
    this.usedU32 = 0;
    this.usedF64 = 0;
  }

  uint32(length: number): Uint32Array {
    if (this.usedU32 + length > this.u32.length) {
      this.u32 = new Uint32Array(Math.max(length, this.u32.length * 2));
      this.usedU32 = 0;
    }
    return this.u32.subarray(this.usedU32, (this.usedU32 += length));
  }

  float64(length: number): Float64Array {
    if (this.usedF64 + length > this.f64.length) {
      this.f64 = new Float64Array(Math.max(length, this.f64.length * 2));
      this.usedF64 = 0;
    }
    return this.f64.subarray(this.usedF64, (this.usedF64 += length));
  }
}
