<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use App\Models\Region;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;

class SalesReportController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'can:view-reports']);
    }

    public function index(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
            'region_id' => ['nullable', 'integer', 'exists:regions,id'],
        ]);

        $from = Carbon::parse($validated['from'])->startOfDay();
        $to = Carbon::parse($validated['to'])->endOfDay();
        $teamId = $request->user()->current_team_id;
        $currency = strtoupper($request->query('currency', 'USD'));

        $query = DB::table('orders')
            ->join('stores', 'stores.id', '=', 'orders.store_id')
            ->where('orders.team_id', $teamId)
            ->where('orders.status', 'completed')
            ->whereBetween('orders.completed_at', [$from, $to]);

        if (! empty($validated['region_id'])) {
            $query->where('stores.region_id', $validated['region_id']);
        }

        $rows = $query
            ->selectRaw('stores.id AS store_id, stores.name AS store_name')
            ->selectRaw('COUNT(orders.id) AS order_count')
            ->selectRaw('SUM(orders.total_cents) AS total_cents')
            ->selectRaw(
                "ROUND(SUM(orders.total_cents * COALESCE((
                    SELECT fx.rate FROM fx_rates fx
                    WHERE fx.base = orders.currency AND fx.quote = '{$currency}'
                    ORDER BY fx.as_of DESC LIMIT 1
                ), 1))) AS converted_cents"
            )
            ->groupBy('stores.id', 'stores.name')
            ->orderByDesc('total_cents')
            ->get();

        return response()->json([
            'from' => $from->toDateString(),
            'to' => $to->toDateString(),
            'currency' => $currency,
            'region' => optional(Region::find($validated['region_id'] ?? null))->name,
            'rows' => $rows,
        ]);
    }
}
