<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Models\Order;
use Illuminate\Http\Request;
use Illuminate\View\View;

class SalesReportController extends Controller
{
    public function index(Request $request): View
    {
        $this->authorize('viewReports', Order::class);

        $rows = Order::query()
            ->selectRaw('region, COUNT(*) AS orders, SUM(total_cents) AS total, AVG(total_cents) AS average')
            ->where('status', 'paid')
            ->groupBy('region')
            ->orderByDesc('total')
            ->get();

        return view('admin.reports.sales', ['rows' => $rows]);
    }
}
