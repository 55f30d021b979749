import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import type { Basemap } from '../../model/region.ts';

/** Muted land on the map's sea-coloured background (app.css): the story's own shapes and marks stay the loudest. */
const COUNTRY_STYLE: PathOptions = {
  color: '#9c948a',
  weight: 1,
  opacity: 1,
  fillColor: '#f3efe6',
  fillOpacity: 1,
  className: 'offline-country',
};

interface OfflineBasemapLayerProps {
  basemap: Basemap;
}

/** The bundled countries, drawn when no tile server answers; their names are drawn by CountryLabels. */
export function OfflineBasemapLayer({ basemap }: OfflineBasemapLayerProps) {
  const i18n = useI18n();
  return (
    <GeoJSON
      // Leaflet reads the attribution once: a new language draws the layer anew.
      key={i18n.locale}
      data={basemap}
      style={COUNTRY_STYLE}
      interactive={false}
      attribution={i18n._({ id: 'map.offlineAttribution', message: 'Offline map: Natural Earth' })}
    />
  );
}
