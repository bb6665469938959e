import { useEffect, useState } from 'react';
import { fetchReleaseNotes } from '../api/releases';
import styles from './ReleaseNotes.module.css';

interface Props {
  version: string;
}

export function ReleaseNotes({ version }: Props) {
  const [notes, setNotes] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchReleaseNotes(version).then((md) => {
      if (!cancelled) setNotes(md);
    });
    return () => {
      cancelled = true;
    };
  }, [version]);

  if (notes === null) return <p className={styles.loading}>Loading release notes…</p>;

  return <pre className={styles.notes}>{notes}</pre>;
}
