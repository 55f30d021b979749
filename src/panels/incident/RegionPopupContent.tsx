import { useId } from 'react';
import type { RegionProperties } from '../../model/region.ts';
import './regionPopup.css';

interface RegionPopupContentProps {
  region: RegionProperties;
}

/** What a shape on the map is and where it comes from; a drawing aid says so in its note. */
export function RegionPopupContent({ region }: RegionPopupContentProps) {
  const headingId = useId();
  return (
    <article className="region-popup" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-popup__title">
        <bdi>{region.name}</bdi>
      </h2>
      {region.note !== null && <p className="region-popup__note">{region.note}</p>}
      {region.fileProperties !== undefined && region.fileProperties.length > 0 && (
        <>
          <h3 className="region-popup__subheading">In the file</h3>
          <dl className="region-popup__properties">
            {region.fileProperties.map(([key, value], index) => (
              // A file may repeat a key (a uMap export does, across its own members): the index keeps each row.
              <div key={`${index}-${key}`} className="region-popup__property">
                <dt>
                  <bdi>{key}</bdi>
                </dt>
                <dd>
                  <bdi>{value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="fine-print">
        <bdi>{region.source}</bdi> (<bdi>{region.license}</bdi>)
      </p>
    </article>
  );
}
