<?php

namespace App\Http\Controllers;

use App\Models\Product;
use DOMDocument;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ProductFeedController extends Controller
{
    public function import(Request $request): JsonResponse
    {
        $request->validate(['feed' => 'required|file|mimes:xml|max:10240']);

        $xml = file_get_contents($request->file('feed')->getRealPath());

        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_NONET)) {
            return response()->json(['error' => 'invalid feed'], 422);
        }

        $feed = simplexml_import_dom($doc);
        $imported = 0;

        foreach ($feed->product as $item) {
            Product::updateOrCreate(
                ['sku' => (string) $item->sku],
                [
                    'name' => (string) $item->name,
                    'description' => (string) $item->description,
                    'price_cents' => (int) round(((float) $item->price) * 100),
                    'stock' => (int) $item->stock,
                ]
            );
            $imported++;
        }

        return response()->json(['imported' => $imported]);
    }
}