// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BasemapSwitch } from '../../../../src/panels/mapTools/BasemapSwitch.tsx';

const online = () => screen.getByRole<HTMLInputElement>('radio', { name: 'Online map (OpenStreetMap)' });
const offline = () => screen.getByRole<HTMLInputElement>('radio', { name: 'Built-in offline map' });

describe('BasemapSwitch', () => {
  it('shows what is drawn and passes on the reader’s choice', () => {
    const onChoose = vi.fn();
    render(<BasemapSwitch status={{ source: 'tiles' }} onlineName="OpenStreetMap" onChoose={onChoose} />);
    expect(screen.queryAllByRole('group', { name: 'Base map' })).toHaveLength(1);
    expect([online().checked, offline().checked]).toEqual([true, false]);
    fireEvent.click(offline());
    expect(onChoose).toHaveBeenCalledWith('offline');
  });

  it('after tiles failed, shows the offline map in use and offers to try the tiles again', () => {
    const onChoose = vi.fn();
    render(
      <BasemapSwitch
        status={{ source: 'offline', reason: 'tiles-failed' }}
        onlineName="OpenStreetMap"
        onChoose={onChoose}
      />,
    );
    expect([online().checked, offline().checked]).toEqual([false, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Try online tiles again' }));
    expect(onChoose).toHaveBeenCalledWith('online');
  });

  it('cannot offer tiles in a build without a tile server', () => {
    render(
      <BasemapSwitch status={{ source: 'offline', reason: 'no-tile-server' }} onlineName={null} onChoose={vi.fn()} />,
    );
    const none = screen.getByRole<HTMLInputElement>('radio', { name: 'Online map (none in this copy)' });
    expect(none.disabled).toBe(true);
    expect(offline().checked).toBe(true);
  });
});
