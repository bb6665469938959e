"use client";

import DOMPurify from "isomorphic-dompurify";
import { useMemo } from "react";

const ALLOWED_TAGS = [
  "p", "br", "strong", "em", "code", "pre", "ul", "ol", "li",
  "blockquote", "h3", "h4", "a", "img",
];
const ALLOWED_ATTR = ["href", "title", "src", "alt", "rel", "target"];

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("rel", "noopener noreferrer nofollow");
    node.setAttribute("target", "_blank");
  }
});

type Props = {
  /** HTML body of a changelog entry as delivered by the headless CMS. */
  html: string;
  className?: string;
};

export function RichText({ html, className }: Props) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/)/i,
      }),
    [html],
  );

  return (
    <div
      className={className ?? "prose prose-sm max-w-none"}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
