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

        if ($file === '' || basename($file) !== $file || !preg_match('/^INV-\d{6,}\.pdf$/', $file)) {
            abort(400, 'Invalid invoice file name.');
        }

        $invoice = Invoice::where('pdf_name', $file)
            ->where('account_id', $request->user()->account_id)
            ->firstOrFail();

        $path = storage_path('app/invoices/' . $invoice->pdf_name);

        if (!is_file($path)) {
            Log::warning('Invoice PDF missing on disk', ['invoice' => $invoice->id]);
            abort(404);
        }

        return response()->download($path, $invoice->pdf_name, [
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
