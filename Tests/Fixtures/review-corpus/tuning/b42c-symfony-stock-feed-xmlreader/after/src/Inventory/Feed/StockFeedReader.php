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
     * Streams the feed one <item> at a time. Nordlicht's feed is ~900 MB now and
     * simplexml_load_file() got the sync pod OOM-killed every night (INV-412).
     *
     * @return \Generator<string, int> sku => quantity on hand
     */
    public function read(string $path): \Generator
    {
        $reader = \XMLReader::open($path, null, LIBXML_NONET | LIBXML_COMPACT);
        if ($reader === false) {
            throw new FeedException(sprintf('Cannot open stock feed %s', basename($path)));
        }

        $count = 0;
        $skipped = 0;
        try {
            while ($reader->read() && $reader->name !== 'item') {
                // advance to the first <item>
            }

            while ($reader->nodeType === \XMLReader::ELEMENT && $reader->name === 'item') {
                $item = new \SimpleXMLElement($reader->readOuterXml(), LIBXML_NONET);
                $reader->next('item');

                $sku = trim((string) $item['sku']);
                if ($sku === '') {
                    ++$skipped;
                    continue;
                }
                yield $sku => max(0, (int) $item->qty);
                ++$count;
            }
        } finally {
            $reader->close();
        }

        $this->logger->info('stock feed read', ['file' => basename($path), 'items' => $count, 'skipped' => $skipped]);
    }
}
