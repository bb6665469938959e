<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class SalesReportController extends Controller
{
    public function index(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after:from'],
        ]);

        $rows = DB::select(
            'select p.sku, p.name, sum(li.quantity) as units, sum(li.total_cents) as revenue
               from line_items li
               join products p on p.id = li.product_id
               join orders o on o.id = li.order_id
              where o.tenant_id = ? and o.placed_at >= ? and o.placed_at < ?
              group by p.sku, p.name
              order by revenue desc
              limit 200',
            [$request->user()->tenant_id, $validated['from'], $validated['to']]
        );

        return response()->json(['rows' => $rows]);
    }
}