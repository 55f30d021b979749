import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
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
  const i18n = useI18n();
  return (
    <article className="region-popup" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-popup__title">
        <StoryText>{region.name}</StoryText>
      </h2>
      {region.note !== null && (
        <p className="region-popup__note">
          <StoryText>{region.note}</StoryText>
        </p>
      )}
      {region.fileProperties !== undefined && region.fileProperties.length > 0 && (
        <>
          <h3 className="region-popup__subheading">{i18n._({ id: 'popup.inFile', message: 'In the file' })}</h3>
          <FilePropertyList properties={region.fileProperties} />
        </>
      )}
      <p className="fine-print">
        <bdi>{region.source}</bdi> (<bdi>{region.license}</bdi>)
      </p>
    </article>
  );
}
