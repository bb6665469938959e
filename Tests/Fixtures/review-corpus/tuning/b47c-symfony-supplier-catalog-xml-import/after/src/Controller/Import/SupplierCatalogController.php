<?php

declare(strict_types=1);

namespace App\Controller\Import;

use App\Catalog\CatalogImporter;
use App\Catalog\SupplierItem;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/import/supplier-catalog', name: 'import_supplier_catalog', methods: ['POST'])]
#[IsGranted('ROLE_CATALOG_MANAGER')]
final class SupplierCatalogController extends AbstractController
{
    public function __construct(private readonly CatalogImporter $importer)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $xml = $request->getContent();
        if ($xml === '') {
            return $this->json(['error' => 'empty body'], Response::HTTP_BAD_REQUEST);
        }

        $doc = new \DOMDocument();
        // Supplier feeds declare entities for currency symbols and units in their DTD.
        $previous = libxml_use_internal_errors(true);
        $loaded = $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
        libxml_use_internal_errors($previous);

        if (!$loaded) {
            return $this->json(['error' => 'invalid xml'], Response::HTTP_UNPROCESSABLE_ENTITY);
        }

        $items = [];
        $xpath = new \DOMXPath($doc);
        foreach ($xpath->query('/catalog/item') as $node) {
            $items[] = new SupplierItem(
                sku: trim($xpath->evaluate('string(sku)', $node)),
                name: trim($xpath->evaluate('string(name)', $node)),
                description: trim($xpath->evaluate('string(description)', $node)),
                priceMinor: (int) round(((float) $xpath->evaluate('string(price)', $node)) * 100),
            );
        }

        $result = $this->importer->import($items, $this->getUser());

        return $this->json([
            'created' => $result->created,
            'updated' => $result->updated,
            'skipped' => $result->skipped,
        ]);
    }
}
