<?php

declare(strict_types=1);

namespace App\Catalog\Import;

use App\Catalog\Import\Exception\InvalidFeedException;
use Psr\Log\LoggerInterface;

/**
 * Parses the product XML feeds that merchants upload from the seller dashboard.
 */
final class ProductFeedParser
{
    /**
     * Exports from SAP B1 and Exact declare &nbsp;, &euro;, &reg; ... in a DOCTYPE (inline or
     * referenced). Without substitution those characters silently vanished from titles and
     * descriptions, see SELLER-2291.
     */
    private const LOAD_OPTIONS = LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_BIGLINES;

    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    /**
     * @return iterable<ProductRow>
     */
    public function parse(string $xml, int $merchantId): iterable
    {
        $previous = libxml_use_internal_errors(true);
        $dom = new \DOMDocument();
        $loaded = $dom->loadXML($xml, self::LOAD_OPTIONS);
        if ($loaded === false) {
            $errors = array_map(static fn (\LibXMLError $e): string => trim($e->message), libxml_get_errors());
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
            $this->logger->warning('product feed rejected', ['merchant' => $merchantId, 'errors' => $errors]);

            throw new InvalidFeedException('Feed is not well-formed XML: '.implode('; ', $errors));
        }
        libxml_use_internal_errors($previous);

        $doc = simplexml_import_dom($dom);
        foreach ($doc->product as $node) {
            yield new ProductRow(
                sku: (string) $node->sku,
                title: (string) $node->title,
                description: (string) $node->description,
                priceCents: (int) round(((float) $node->price) * 100),
                stock: (int) $node->stock,
            );
        }
    }
}
