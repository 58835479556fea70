import { describe, expect, it } from 'vitest';
import { findScorm12Api, findUpward, MAX_FRAME_DEPTH, type FrameLike } from './discovery';
import { findScormBridge, SCORM_BRIDGE_KEY } from './bridge';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
});

/** A chain of frames, top first; `extra` adds properties to frame i. */
function frames(count: number, extra: Record<number, object> = {}): FrameLike[] {
  const list: FrameLike[] = [];
  for (let i = 0; i < count; i++) {
    const frame = { ...(extra[i] ?? {}) } as { parent: FrameLike | null };
    frame.parent = i === 0 ? frame : list[i - 1];
    list.push(frame);
  }
  return list;
}

/** A frame of another origin: every property read throws, as browsers do. */
function crossOrigin(parent: FrameLike): FrameLike {
  return new Proxy({} as FrameLike, {
    get: (_t, key) => {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

describe('finding the LMS API', () => {
  it('finds API in a parent frame two levels up', () => {
    const chain = frames(3, { 0: { API: api() } });
    expect(findScorm12Api(chain[2])).toBe((chain[0] as unknown as { API: unknown }).API);
  });

  it('walks past a cross-origin frame that throws on every read', () => {
    const [top] = frames(1, { 0: { API: api() } });
    const middle = crossOrigin(top);
    const page = { parent: middle } as FrameLike;
    expect(findScorm12Api(page)).toBe((top as unknown as { API: unknown }).API);
  });

  it('looks in the opener after the parents', () => {
    const [lms] = frames(1, { 0: { API: api() } });
    const page = { opener: lms } as { parent: FrameLike | null; opener: FrameLike };
    (page as { parent: FrameLike | null }).parent = page;
    expect(findScorm12Api(page)).toBe((lms as unknown as { API: unknown }).API);
  });

  it('ignores an API that lacks the SCORM 1.2 calls', () => {
    const chain = frames(2, { 0: { API: { LMSInitialize: () => 'true' } } });
    expect(findScorm12Api(chain[1])).toBeUndefined();
  });

  it('gives up after a bounded number of parents', () => {
    const deep = frames(MAX_FRAME_DEPTH + 3, { 0: { API: api() } });
    expect(findScorm12Api(deep[deep.length - 1])).toBeUndefined();
    expect(findScorm12Api(deep[MAX_FRAME_DEPTH])).toBeDefined();
  });

  it('finds nothing in a top-level page with no opener', () => {
    const [top] = frames(1);
    expect(findUpward(top, () => undefined)).toBeUndefined();
    expect(findScorm12Api(top)).toBeUndefined();
  });
});

describe('finding the launch page bridge', () => {
  const bridge = {
    storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
    pageShown: () => {},
    recordAttempt: () => {},
  };

  it('a course page framed by the launch page finds its bridge', () => {
    const chain = frames(2, { 0: { [SCORM_BRIDGE_KEY]: bridge } });
    expect(findScormBridge(chain[1])).toBe(bridge);
  });

  it('a top-level page (the plain site, the classroom kit) finds none, even with the key set', () => {
    const [top] = frames(1, { 0: { [SCORM_BRIDGE_KEY]: bridge } });
    expect(findScormBridge(top)).toBeUndefined();
  });

  it('a page framed by another origin finds none and does not throw', () => {
    const [top] = frames(1);
    expect(findScormBridge({ parent: crossOrigin(top) } as FrameLike)).toBeUndefined();
  });
});
