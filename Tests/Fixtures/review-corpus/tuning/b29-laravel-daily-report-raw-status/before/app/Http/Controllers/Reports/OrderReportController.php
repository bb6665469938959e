<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use App\Models\Order;
use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class OrderReportController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth:sanctum', 'can:view-reports']);
    }

    public function daily(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
            'status' => ['nullable', 'string', 'max:32'],
        ]);

        $from = CarbonImmutable::parse($validated['from'])->startOfDay();
        $to = CarbonImmutable::parse($validated['to'])->endOfDay();
        $status = $validated['status'] ?? null;

        $rows = Order::query()
            ->selectRaw('DATE(created_at) AS day, COUNT(*) AS orders, SUM(total_cents) AS revenue_cents')
            ->where('team_id', $request->user()->current_team_id)
            ->whereBetween('created_at', [$from, $to])
            ->when($status, fn ($q) => $q->where('status', $status))
            ->groupByRaw('DATE(created_at)')
            ->orderBy('day')
            ->get();

        return response()->json([
            'from' => $from->toDateString(),
            'to' => $to->toDateString(),
            'rows' => $rows,
        ]);
    }

    public function topProducts(Request $request): JsonResponse
    {
        $limit = min(max((int) $request->query('limit', 10), 1), 50);

        $rows = DB::table('order_items')
            ->join('orders', 'orders.id', '=', 'order_items.order_id')
            ->join('products', 'products.id', '=', 'order_items.product_id')
            ->where('orders.team_id', $request->user()->current_team_id)
            ->where('orders.status', 'paid')
            ->groupBy('products.id', 'products.name')
            ->orderByDesc(DB::raw('SUM(order_items.quantity)'))
            ->limit($limit)
            ->get(['products.id', 'products.name', DB::raw('SUM(order_items.quantity) AS units')]);

        return response()->json(['rows' => $rows]);
    }
}
