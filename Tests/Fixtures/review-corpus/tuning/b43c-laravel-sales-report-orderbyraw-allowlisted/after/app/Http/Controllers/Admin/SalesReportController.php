<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Models\Order;
use Illuminate\Http\Request;
use Illuminate\View\View;

class SalesReportController extends Controller
{
    private const SORTABLE = ['orders', 'total', 'average'];

    public function index(Request $request): View
    {
        $this->authorize('viewReports', Order::class);

        $sort = in_array($request->query('sort'), self::SORTABLE, true) ? $request->query('sort') : 'total';
        $since = $request->date('since') ?? now()->subDays(30);

        $rows = Order::query()
            ->selectRaw('region, COUNT(*) AS orders, SUM(total_cents) AS total, AVG(total_cents) AS average')
            ->where('status', 'paid')
            ->whereRaw('DATE(paid_at) >= ?', [$since->toDateString()])
            ->groupBy('region')
            ->orderByRaw("{$sort} DESC NULLS LAST")
            ->get();

        return view('admin.reports.sales', ['rows' => $rows]);
    }
}
