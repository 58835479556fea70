/**
 * A parse error shown as text under what the learner typed, with a caret at the offending
 * character. Never HTML: error messages may quote the learner's input.
 */
export function SourceError({
  id,
  source,
  message,
  index,
}: {
  id: string;
  source: string;
  message: string;
  index: number;
}) {
  const line = source.slice(0, index).split('\n').length - 1;
  const lineStart = source.lastIndexOf('\n', index - 1) + 1;
  const lineText = source.split('\n')[line] ?? '';
  const column = Math.max(0, Math.min(index - lineStart, lineText.length));
  return (
    <div id={id} className="source-error" role="alert">
      <p>{message}</p>
      {lineText.length <= 120 && (
        <pre aria-hidden="true">
          {lineText}
          {'\n'}
          {' '.repeat(column)}^
        </pre>
      )}
    </div>
  );
}
