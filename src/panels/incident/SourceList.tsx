import type { OutsideSource } from '../../model/incident.ts';
import { OutsideSourceLink } from './OutsideSourceLink.tsx';

interface SourceListProps {
  sources: readonly OutsideSource[];
}

export function SourceList({ sources }: SourceListProps) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <OutsideSourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
