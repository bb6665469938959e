<?php

declare(strict_types=1);

namespace App\Inventory\Feed;

use Psr\Log\LoggerInterface;

/**
 * Reads the nightly stock feed that suppliers drop on the SFTP box; SyncStockCommand
 * downloads it to a temp file and hands us the path.
 */
final class StockFeedReader
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    /**
     * @return \Generator<string, int> sku => quantity on hand
     */
    public function read(string $path): \Generator
    {
        $doc = simplexml_load_file($path, \SimpleXMLElement::class, LIBXML_NONET);
        if ($doc === false) {
            throw new FeedException(sprintf('Cannot parse stock feed %s', basename($path)));
        }

        $count = 0;
        foreach ($doc->item as $item) {
            $sku = trim((string) $item['sku']);
            if ($sku === '') {
                continue;
            }
            yield $sku => max(0, (int) $item->qty);
            ++$count;
        }

        $this->logger->info('stock feed read', ['file' => basename($path), 'items' => $count]);
    }
}
