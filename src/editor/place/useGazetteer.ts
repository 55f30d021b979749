import { useEffect, useState } from 'react';
import { parseGazetteer, type Gazetteer } from './gazetteer.ts';

export type GazetteerLoad =
  { status: 'loading' } | { status: 'loaded'; gazetteer: Gazetteer } | { status: 'failed'; message: string };

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
  useEffect(function fetchGazetteer() {
    let current = true;
    loadGazetteer().then(
      (gazetteer) => current && setLoad({ status: 'loaded', gazetteer }),
      (error: unknown) =>
        current && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return load;
}
