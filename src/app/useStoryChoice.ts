import { useCallback, useRef, useState } from 'react';
import type { StoryLoad } from '../data/load/loadStory.ts';
import type { DataProblem } from '../model/describeIssues.ts';
import type { Story } from '../model/story.ts';
import { searchForNewStory } from '../state/searchForNewStory.ts';
import { parseStorySource, type StorySource } from '../state/storySource.ts';
import type { I18n } from '../i18n/i18n.ts';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { describePartDownloadError, loadOnDemand, PartDownloadError } from './loadOnDemand.ts';

/**
 * Reading a file (JSON, a story or GeoJSON made into one) is code most readers never run: fetched when a file is
 * chosen or dropped, not with the page.
 */
const loadReadStoryFile = loadOnDemand(
  /*i18n*/ { id: 'part.storyFileCode', message: 'code that opens story files' },
  () => import('../data/load/readStoryFile.ts').then((module) => module.readStoryFile),
);

/** The file's own problem list is where the reader looks, so a failure to fetch the reader is listed there too. */
function refusedForLackOfCode(fileName: string, error: unknown, i18n: I18n): StoryLoad {
  const message =
    error instanceof PartDownloadError
      ? describePartDownloadError(error, i18n)
      : error instanceof Error
        ? error.message
        : String(error);
  return { status: 'failed', problems: [{ origin: fileName, path: '(file)', message }] };
}

/** A story the reader opened from their own disk; `serial` tells one opening from the next, even of the same file. */
export interface OpenedStory {
  story: Story;
  serial: number;
  fileName: string;
  /** What the reader should be told once about what the file held and could not be shown. */
  notices: DataProblem[];
}

export interface RefusedFile {
  fileName: string;
  problems: DataProblem[];
}

export interface ReadingFile {
  fileName: string;
  bytes: number;
}

export interface StoryChoice {
  /** What the page's link asked for (`?story=`), until the reader opens something else. */
  source: StorySource;
  /** The file the reader opened last, shown in place of the link's story; null until they open one. */
  opened: OpenedStory | null;
  /** The last file that could not be opened, until dismissed or until another opens. */
  refused: RefusedFile | null;
  /** The file being read and checked now, which can take seconds for a large one; null when none is. */
  reading: ReadingFile | null;
  openFile: (file: File) => void;
  dismissRefused: () => void;
  openDefault: () => void;
}

/** Rewrites the address for a new story in place: Back cannot bring a local file back, so no history entry. */
function forgetOldStoryInUrl(): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', `${pathname}${searchForNewStory(search)}${hash}`);
}

/**
 * Which story is on screen: the one the link names (the build's own, or `?story=<address>`), or a file the reader
 * dropped or chose. A file that fails to open changes nothing but the list of its problems.
 */
export function useStoryChoice(): StoryChoice {
  const [source, setSource] = useState<StorySource>(() =>
    parseStorySource(window.location.search, window.location.href),
  );
  const i18n = useI18n();
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const [reading, setReading] = useState<ReadingFile | null>(null);
  // The reader may choose a second file while the first is still being read: only the last one chosen counts.
  const lastChosen = useRef<File | null>(null);

  const openFile = useCallback(
    (file: File) => {
      lastChosen.current = file;
      setReading({ fileName: file.name, bytes: file.size });
      void loadReadStoryFile()
        .then(
          (readStoryFile) => readStoryFile(file, i18n),
          (error: unknown) => refusedForLackOfCode(file.name, error, i18n),
        )
        .then((result) => {
          if (lastChosen.current !== file) return;
          setReading(null);
          if (result.status === 'failed') {
            setRefused({ fileName: file.name, problems: result.problems });
            return;
          }
          forgetOldStoryInUrl();
          setRefused(null);
          setOpened((previous) => ({
            story: result.story,
            serial: (previous?.serial ?? 0) + 1,
            fileName: file.name,
            notices: result.notices ?? [],
          }));
        });
    },
    [i18n],
  );

  const dismissRefused = useCallback(() => setRefused(null), []);

  const openDefault = useCallback(() => {
    lastChosen.current = null;
    setReading(null);
    forgetOldStoryInUrl();
    setSource({ kind: 'default' });
    setOpened(null);
  }, []);

  return { source, opened, refused, reading, openFile, dismissRefused, openDefault };
}
