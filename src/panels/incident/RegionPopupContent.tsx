import { useId } from 'react';
import type { RegionProperties } from '../../model/region.ts';
import { FilePropertyList } from './FilePropertyList.tsx';
import './regionPopup.css';
import './incidentPopup.css';

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
          <FilePropertyList properties={region.fileProperties} />
        </>
      )}
      <p className="fine-print">
        <bdi>{region.source}</bdi> (<bdi>{region.license}</bdi>)
      </p>
    </article>
  );
}
