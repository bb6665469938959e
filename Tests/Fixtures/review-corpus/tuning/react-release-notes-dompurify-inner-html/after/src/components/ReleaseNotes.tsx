import { useEffect, useMemo, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
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

  const html = useMemo(
    () => (notes ? DOMPurify.sanitize(marked.parse(notes, { async: false }) as string) : ''),
    [notes],
  );

  if (notes === null) return <p className={styles.loading}>Loading release notes…</p>;

  return <div className={styles.notes} dangerouslySetInnerHTML={{ __html: html }} />;
}
