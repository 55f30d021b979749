import { useEffect, useState, type DragEvent, type ReactNode, type Ref } from 'react';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import './storyFile.css';

interface StoryDropTargetProps {
  className: string;
  ref?: Ref<HTMLDivElement>;
  onFile: (file: File) => void;
  children: ReactNode;
}

function carriesFiles(event: DragEvent | globalThis.DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * An area a story file can be dropped on (the map), outlined while a file is dragged over it. Only files are taken:
 * text or a link dragged over the map keeps its usual behaviour. The same file can also be opened with the
 * "Open a story file…" button, the way in for keyboard users.
 */
export function StoryDropTarget({ className, ref, onFile, children }: StoryDropTargetProps) {
  const i18n = useI18n();
  const [dragging, setDragging] = useState(false);

  useEffect(function keepStrayDropsInThePage() {
    // A file dropped just beside the map would otherwise replace the whole app with the file's text.
    function refuse(event: globalThis.DragEvent) {
      if (carriesFiles(event)) event.preventDefault();
    }
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  function over(event: DragEvent<HTMLDivElement>) {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }
  function leave(event: DragEvent<HTMLDivElement>) {
    // Leaving a child for another child is not leaving the area.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  }
  function drop(event: DragEvent<HTMLDivElement>) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const [file] = event.dataTransfer.files;
    if (file !== undefined) onFile(file);
  }

  return (
    // eslint-disable-next-line jsx-a11y-x/no-static-element-interactions -- dropping is a mouse-only shortcut; the header's "Open a story file…" button does the same for keyboards
    <div
      ref={ref}
      className={`${className} story-drop-target${dragging ? ' story-drop-target--dragging' : ''}`}
      data-drop-message={i18n._({ id: 'storyFile.drop', message: 'Drop the file to open it as the story' })}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={leave}
      onDrop={drop}
    >
      {children}
    </div>
  );
}
