<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use Symfony\Component\HttpFoundation\StreamedResponse;

class InvoiceController extends Controller
{
    private const PER_PAGE = 50;

    private const SORTABLE = ['number', 'customer_name', 'total_cents', 'issued_at', 'due_at'];

    public function index(Request $request)
    {
        $team = $request->user()->currentTeam;
        $sort = in_array($request->query('sort'), self::SORTABLE, true) ? $request->query('sort') : 'issued_at';
        $direction = $request->query('direction') === 'asc' ? 'asc' : 'desc';

        $invoices = Invoice::query()
            ->whereBelongsTo($team)
            ->when($request->filled('status'), fn ($q) => $q->where('status', $request->input('status')))
            ->orderBy($sort, $direction)
            ->paginate(self::PER_PAGE)
            ->withQueryString();

        return view('invoices.index', [
            'invoices' => $invoices,
            'sort' => $sort,
            'direction' => $direction,
        ]);
    }

    /**
     * Finance wants the CSV in the same order as the table they exported it from.
     */
    private function exportOrder(Request $request): string
    {
        $column = $request->query('sort', 'issued_at');
        $direction = strtolower((string) $request->query('direction')) === 'desc' ? 'desc' : 'asc';

        return "{$column} {$direction}, id asc";
    }

    public function export(Request $request): StreamedResponse
    {
        $this->authorize('export', Invoice::class);

        $team = $request->user()->currentTeam;
        $from = $request->date('from') ?? Carbon::now()->subMonth();
        $to = $request->date('to') ?? Carbon::now();

        $rows = Invoice::query()
            ->whereBelongsTo($team)
            ->whereBetween('issued_at', [$from->copy()->startOfDay(), $to->copy()->endOfDay()])
            ->select(['id', 'number', 'customer_name', 'total_cents', 'currency', 'status', 'issued_at'])
            ->orderByRaw($this->exportOrder($request))
            ->cursor();

        $filename = sprintf('invoices-%s-%s.csv', $from->format('Ymd'), $to->format('Ymd'));

        return response()->streamDownload(function () use ($rows) {
            $out = fopen('php://output', 'w');
            fputcsv($out, ['Number', 'Customer', 'Total', 'Currency', 'Status', 'Issued']);

            foreach ($rows as $invoice) {
                fputcsv($out, [
                    $invoice->number,
                    $invoice->customer_name,
                    number_format($invoice->total_cents / 100, 2, '.', ''),
                    $invoice->currency,
                    $invoice->status,
                    $invoice->issued_at->toDateString(),
                ]);
            }

            fclose($out);
        }, $filename, ['Content-Type' => 'text/csv']);
    }
}
