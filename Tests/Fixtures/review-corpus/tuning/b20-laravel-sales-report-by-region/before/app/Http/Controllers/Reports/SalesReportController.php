<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\Rule;

class SalesReportController extends Controller
{
    private const GRANULARITIES = [
        'day' => 'day',
        'week' => 'week',
        'month' => 'month',
    ];

    public function __construct()
    {
        $this->middleware(['auth:sanctum', 'can:view-reports']);
    }

    public function timeline(Request $request): JsonResponse
    {
        $data = $request->validate([
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
            'granularity' => ['sometimes', Rule::in(array_keys(self::GRANULARITIES))],
        ]);

        $bucket = self::GRANULARITIES[$data['granularity'] ?? 'day'];
        $from = CarbonImmutable::parse($data['from'])->startOfDay();
        $to = CarbonImmutable::parse($data['to'])->endOfDay();

        $rows = DB::table('orders')
            ->selectRaw("date_trunc('{$bucket}', paid_at) as bucket, count(*) as orders, sum(total_cents) as revenue_cents")
            ->where('store_id', $request->user()->store_id)
            ->whereNotNull('paid_at')
            ->whereBetween('paid_at', [$from, $to])
            ->groupBy('bucket')
            ->orderBy('bucket')
            ->get();

        return response()->json(['granularity' => $bucket, 'rows' => $rows]);
    }

    public function topProducts(Request $request): JsonResponse
    {
        $data = $request->validate([
            'days' => ['sometimes', 'integer', 'between:1,365'],
            'limit' => ['sometimes', 'integer', 'between:1,100'],
        ]);

        $since = CarbonImmutable::now()->subDays($data['days'] ?? 30);

        $rows = DB::select(
            'SELECT p.id, p.name, SUM(oi.quantity) AS units, SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
               FROM order_items oi
               JOIN orders o ON o.id = oi.order_id
               JOIN products p ON p.id = oi.product_id
              WHERE o.store_id = ? AND o.paid_at >= ?
              GROUP BY p.id, p.name
              ORDER BY revenue_cents DESC
              LIMIT ?',
            [$request->user()->store_id, $since, $data['limit'] ?? 10]
        );

        return response()->json(['since' => $since->toDateString(), 'products' => $rows]);
    }
}
