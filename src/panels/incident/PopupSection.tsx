import type { ReactNode } from 'react';

interface PopupSectionProps {
  title: string;
  children: ReactNode;
}

export function PopupSection({ title, children }: PopupSectionProps) {
  return (
    <section className="popup-section">
      <h3 className="popup-section__title">{title}</h3>
      {children}
    </section>
  );
}
