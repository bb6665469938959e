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
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    /**
     * @return iterable<ProductRow>
     */
    public function parse(string $xml, int $merchantId): iterable
    {
        $previous = libxml_use_internal_errors(true);
        $doc = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NONET);
        if ($doc === false) {
            $errors = array_map(static fn (\LibXMLError $e): string => trim($e->message), libxml_get_errors());
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
            $this->logger->warning('product feed rejected', ['merchant' => $merchantId, 'errors' => $errors]);

            throw new InvalidFeedException('Feed is not well-formed XML: '.implode('; ', $errors));
        }
        libxml_use_internal_errors($previous);

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
