/** What the store needs from browser storage: the part of `localStorage` it uses, injected. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a write did not reach storage; the data stays in memory and the next write retries. */
export type StorageProblem = 'quota' | 'unavailable';

/**
 * The outcome of a change to progress. Besides storage problems, `failed` is an unexpected
 * error while changing progress: the change was not made, and progress is as it was.
 */
export type SaveResult =
  { ok: true } | { ok: false; reason: StorageProblem | 'failed'; message: string };

/** Reads a key; a storage that throws (disabled, sandboxed) counts as unavailable. */
export function safeGet(
  storage: KeyValueStorage,
  key: string,
): { ok: true; value: string | null } | { ok: false; reason: StorageProblem; message: string } {
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch (error) {
    return { ok: false, reason: 'unavailable', message: messageOf(error) };
  }
}

/** Writes a key, turning a QuotaExceededError (by name or legacy code) into a value. */
export function safeSet(storage: KeyValueStorage, key: string, value: string): SaveResult {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: isQuotaError(error) ? 'quota' : 'unavailable',
      message: messageOf(error),
    };
  }
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  // Firefox once used NS_ERROR_DOM_QUOTA_REACHED; old WebKit reports only code 22.
  return (
    e?.name === 'QuotaExceededError' ||
    e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e?.code === 22 ||
    e?.code === 1014
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ||
    (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
}

/** A Map-backed storage for tests and for when the browser offers none. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
