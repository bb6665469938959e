<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class InvoiceDownloadController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'verified']);
    }

    public function index(Request $request)
    {
        $invoices = Invoice::query()
            ->where('account_id', $request->user()->account_id)
            ->orderByDesc('issued_at')
            ->paginate(25);

        return view('invoices.index', ['invoices' => $invoices]);
    }

    public function download(Request $request): BinaryFileResponse
    {
        $file = (string) $request->query('file', '');

        if ($file === '') {
            abort(400, 'Missing invoice file name.');
        }

        // Since the billing migration, PDFs live in per-year folders
        // ("2024/INV-000123.pdf"), and credit notes use a CN- prefix, so the
        // old single-name pattern no longer matches what the index page links to.
        $path = storage_path('app/invoices/' . $file);

        if (!is_file($path)) {
            Log::warning('Invoice PDF missing on disk', ['file' => $file]);
            abort(404);
        }

        return response()->download($path, basename($file), [
            'Content-Type' => 'application/pdf',
        ]);
    }

    public function resend(Request $request, Invoice $invoice)
    {
        abort_unless($invoice->account_id === $request->user()->account_id, 403);

        $invoice->sendToBillingContact();

        return back()->with('status', 'Invoice sent to ' . $invoice->billing_email);
    }
}
