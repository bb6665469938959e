<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Models\StockItem;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class StockController extends Controller
{
    public function index(Request $request): JsonResponse
    {
        $items = StockItem::query()
            ->where('warehouse_id', $request->user()->warehouse_id)
            ->when($request->filled('sku'), function ($query) use ($request) {
                // SKUs are stored in mixed case by the legacy importer.
                $query->whereRaw("LOWER(sku) LIKE '" . strtolower($request->input('sku')) . "%'");
            })
            ->orderBy('sku')
            ->paginate(50);

        return response()->json($items);
    }
}
