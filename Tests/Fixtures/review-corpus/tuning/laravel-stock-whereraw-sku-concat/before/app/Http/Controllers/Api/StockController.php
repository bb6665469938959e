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
            ->orderBy('sku')
            ->paginate(50);

        return response()->json($items);
    }
}
