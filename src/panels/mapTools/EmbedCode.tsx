import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useId, useState } from 'react';
import { embedSnippet } from '../../state/embedSnippet.ts';

interface EmbedCodeProps {
  /** The story's title, which becomes the frame's accessible name. */
  title: string;
}

/**
 * The code that puts this very view (selection, step, layers, map) in a course page or a blog: a frame of the app's
 * compact layout, read from the address when asked for, and copied to the clipboard where the browser allows.
 * Fetched on demand (see EmbedCodeSection), when the reader asks for it.
 */
export function EmbedCode({ title }: EmbedCodeProps) {
  const fieldId = useId();
  const i18n = useI18n();
  const [snippet] = useState(() => embedSnippet(window.location.href, title));
  const [copied, setCopied] = useState(false);

  useEffect(
    function copyOnce() {
      // The clipboard may refuse (no permission, not a secure context): the field is there to copy by hand.
      navigator.clipboard?.writeText(snippet).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    },
    [snippet],
  );

  return (
    <>
      <label htmlFor={fieldId} className="embed-code__label">
        {copied
          ? i18n._({
              id: 'embed.pasteCopied',
              message: 'Paste this into a course page (Moodle, Canvas, Google Sites) or a blog: copied',
            })
          : i18n._({
              id: 'embed.paste',
              message: 'Paste this into a course page (Moodle, Canvas, Google Sites) or a blog',
            })}
      </label>
      <textarea
        id={fieldId}
        className="embed-code__field"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
    </>
  );
}
