'use client';

import { useState } from 'react';
import { encodeState } from '@/lib/notebook/url-state';
import { useNotebook } from './NotebookProvider';

/** "Copy link" shares the exact setup on screen; "Reset" returns to the lesson's defaults. */
export function NotebookToolbar() {
  const store = useNotebook();
  const [status, setStatus] = useState('');

  const copyLink = async () => {
    const url = new URL(window.location.href);
    url.search = encodeState(store.specs, store.getAll());
    url.hash = '';
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus('Link copied to the clipboard.');
    } catch {
      // Clipboard access is refused over file:// and in some browsers: show the link instead.
      window.prompt('Copy this link:', url.toString());
      setStatus('');
    }
  };

  if (Object.keys(store.specs).length === 0) return null;
  return (
    <div className="notebook-toolbar no-print" role="group" aria-label="This page's settings">
      <button type="button" className="button" onClick={copyLink}>
        Copy link to this setup
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          store.reset();
          setStatus('Every value is back to the lesson’s default.');
        }}
      >
        Reset values
      </button>
      <span role="status" className="meta">
        {status}
      </span>
    </div>
  );
}
