import { useEffect, useState } from 'react';
import { parseGazetteer, type Gazetteer } from './gazetteer.ts';

export type GazetteerLoad =
  | { status: 'loading' }
  | { status: 'loaded'; gazetteer: Gazetteer }
  /** `retry` fetches the list again (a failed fetch is not remembered). */
  | { status: 'failed'; message: string; retry: () => void };

let loading: Promise<Gazetteer> | null = null;

/** The offline gazetteer file that ships with the app (about 4 MB, 1.9 MB compressed), fetched once, when needed. */
function loadGazetteer(): Promise<Gazetteer> {
  loading ??= fetch(`${import.meta.env.BASE_URL}gazetteer/places.tsv`)
    .then((response) => {
      if (!response.ok) throw new Error(`the place list could not be fetched (HTTP ${response.status})`);
      return response.text();
    })
    .then(parseGazetteer)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export function useGazetteer(): GazetteerLoad {
  const [load, setLoad] = useState<GazetteerLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(
    function fetchGazetteer() {
      let current = true;
      loadGazetteer().then(
        (gazetteer) => current && setLoad({ status: 'loaded', gazetteer }),
        (error: unknown) =>
          current &&
          setLoad({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
            retry: () => {
              setLoad({ status: 'loading' });
              setAttempt((count) => count + 1);
            },
          }),
      );
      return () => {
        current = false;
      };
    },
    [attempt],
  );
  return load;
}
