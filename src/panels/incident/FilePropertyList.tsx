import './filePropertyList.css';

interface FilePropertyListProps {
  properties: readonly (readonly [string, string])[];
}

/** What an opened file says of a feature, key and value as the file has them: a compact two-column list. */
export function FilePropertyList({ properties }: FilePropertyListProps) {
  return (
    <dl className="file-properties">
      {properties.map(([key, value], index) => (
        // A file may repeat a key (a uMap export does, across its own members): the index keeps each row.
        <div key={`${index}-${key}`} className="file-properties__row">
          <dt>
            <bdi>{key}</bdi>
          </dt>
          <dd>
            <bdi>{value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
