import { describe, expect, it } from 'vitest';
import { describeSize, tooLarge, withoutByteOrderMark } from './text-file';

describe('text files handed over', () => {
  it('withoutByteOrderMark(text) drops a leading U+FEFF and nothing else', () => {
    expect(withoutByteOrderMark('\uFEFF{"a":1}')).toBe('{"a":1}');
    expect(withoutByteOrderMark('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}');
  });

  it('tooLarge(size, limit) describes a size over the limit, and is null within it', () => {
    expect(tooLarge(600_000_000, 10_000_000)).toBe('600.0 MB; at most 10 MB');
    expect(tooLarge(10_000_000, 10_000_000)).toBeNull();
  });

  it.each([
    [80, '80 bytes'],
    [12_345, '12.3 KB'],
    [5_000_001, '5.0 MB'],
  ])('describeSize(%d) is %j', (bytes, text) => {
    expect(describeSize(bytes)).toBe(text);
  });
});
