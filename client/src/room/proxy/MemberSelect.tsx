import { useId, type ReactNode } from 'react';

/** A labelled choice of one member (`.field`), by name: who gives a proxy, who holds it. */
export function MemberSelect({
  label,
  members,
  value,
  onChange,
}: {
  label: ReactNode;
  members: readonly { id: string; name: string }[];
  value: string;
  onChange: (memberId: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
