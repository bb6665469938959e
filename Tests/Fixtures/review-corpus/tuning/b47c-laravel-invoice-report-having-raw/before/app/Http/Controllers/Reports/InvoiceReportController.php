<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class InvoiceReportController extends Controller
{
    public function index(Request $request)
    {
        $validated = $request->validate([
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
            'status' => ['nullable', 'in:draft,sent,paid,void'],
        ]);

        $query = Invoice::query()
            ->select('customer_id', DB::raw('SUM(total_cents) as total_cents'), DB::raw('COUNT(*) as invoices'))
            ->where('team_id', $request->user()->current_team_id)
            ->whereBetween('issued_at', [$validated['from'], $validated['to']])
            ->groupBy('customer_id');

        if (! empty($validated['status'])) {
            $query->where('status', $validated['status']);
        }

        return response()->json([
            'rows' => $query->orderByDesc('total_cents')->limit(500)->get(),
        ]);
    }
}
