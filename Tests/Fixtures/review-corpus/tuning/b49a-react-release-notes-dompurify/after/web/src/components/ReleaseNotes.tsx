import { useMemo } from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

import styles from "./ReleaseNotes.module.css";

type Props = {
  /** Markdown body of one release entry, as authored in the CMS. */
  markdown: string;
  version: string;
  publishedAt: string;
};

const PURIFY_CONFIG = {
  ALLOWED_TAGS: ["p", "a", "ul", "ol", "li", "strong", "em", "code", "pre", "h3", "h4", "blockquote", "br"],
  ALLOWED_ATTR: ["href", "title"],
  ALLOW_DATA_ATTR: false,
};

// Links in release notes open in a new tab without handing over window.opener.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

export function ReleaseNotes({ markdown, version, publishedAt }: Props) {
  const html = useMemo(() => {
    const raw = marked.parse(markdown, { async: false }) as string;
    return DOMPurify.sanitize(raw, PURIFY_CONFIG);
  }, [markdown]);

  return (
    <article className={styles.entry}>
      <header>
        <h2>{version}</h2>
        <time dateTime={publishedAt}>{new Date(publishedAt).toLocaleDateString()}</time>
      </header>
      <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
