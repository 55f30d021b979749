// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkNotice } from '../../../../src/panels/mapTools/LinkNotice.tsx';

describe('LinkNotice', () => {
  it('lists the parts of the link that could not be used, until dismissed', () => {
    const problems = ['map: "abc" is not zoom/latitude/longitude', 'layers: unknown "zzz"'];
    render(<LinkNotice problems={problems} />);
    const notice = screen.getByRole('region', { name: 'About this link' });
    expect(notice.textContent).toMatch(/^Parts of this link could not be used/);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(problems);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'About this link' })).toBeNull();
  });

  it('says nothing when the whole link was used', () => {
    const { container } = render(<LinkNotice problems={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
