import { isolate } from '../../i18n/formatters.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useId } from 'react';
import type { BasemapStatus } from '../../state/basemapStatus.ts';
import type { BasemapChoice } from '../../state/viewState.ts';
import '../../ui/ui.css';
import './controls.css';

interface BasemapSwitchProps {
  /** What the map draws now, which is not always what was asked for. */
  status: BasemapStatus;
  /** The tile server's name, e.g. "OpenStreetMap"; null when this build has none. */
  onlineName: string | null;
  /** Choosing "online" also tries the tiles again after they failed. */
  onChoose: (choice: BasemapChoice) => void;
}

/**
 * Online tiles or the offline map bundled with the app. The checked option is what is drawn, so after tiles fail the
 * switch shows the offline map in use, and offers to try the tiles again.
 */
export function BasemapSwitch({ status, onlineName, onChoose }: BasemapSwitchProps) {
  const name = useId();
  const i18n = useI18n();
  const drawn: BasemapChoice = status.source === 'tiles' ? 'online' : 'offline';
  const reason = status.source === 'offline' ? status.reason : null;
  return (
    <fieldset className="map-controls__group basemap-switch">
      <legend className="map-controls__legend">{i18n._({ id: 'basemap.heading', message: 'Base map' })}</legend>
      <label className="map-controls__option">
        <input
          type="radio"
          name={name}
          value="online"
          checked={drawn === 'online'}
          disabled={onlineName === null}
          onChange={() => onChoose('online')}
        />
        {onlineName === null
          ? i18n._({ id: 'basemap.onlineNone', message: 'Online map (none in this copy)' })
          : i18n._({
              id: 'basemap.online',
              message: 'Online map ({name})',
              values: { name: isolate(i18n, onlineName) },
            })}
      </label>
      <label className="map-controls__option">
        <input
          type="radio"
          name={name}
          value="offline"
          checked={drawn === 'offline'}
          onChange={() => onChoose('offline')}
        />
        {i18n._({ id: 'basemap.offline', message: 'Built-in offline map' })}
      </label>
      {reason === 'tiles-failed' && (
        <p className="map-controls__note">
          {i18n._({
            id: 'basemap.tilesFailed',
            message: 'Online tiles could not be loaded, so the offline map is in use.',
          })}{' '}
          <button type="button" className="map-controls__inline-button" onClick={() => onChoose('online')}>
            {i18n._({ id: 'basemap.retry', message: 'Try online tiles again' })}
          </button>
        </p>
      )}
      {reason === 'no-tile-server' && (
        <p className="map-controls__note">
          {i18n._({
            id: 'basemap.noServer',
            message: 'This copy of the map has no tile server: it always uses the offline map.',
          })}
        </p>
      )}
    </fieldset>
  );
}
