import './mapStatus.css';
interface MapStatusLineProps {
  message: string | null;
}

/** A quiet line about what the map is drawn on. It stays in the page while empty, so screen readers hear changes. */
export function MapStatusLine({ message }: MapStatusLineProps) {
  return (
    <p className="map-status" role="status">
      {message}
    </p>
  );
}
