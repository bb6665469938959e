<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;

class InvoiceController extends Controller
{
    public function __construct()
    {
        $this->middleware('auth');
    }

    public function index(Request $request)
    {
        $invoices = Invoice::query()
            ->where('account_id', $request->user()->account_id)
            ->latest('issued_at')
            ->paginate(25);

        return view('invoices.index', compact('invoices'));
    }

    public function show(Request $request, Invoice $invoice)
    {
        $this->authorize('view', $invoice);

        return view('invoices.show', [
            'invoice' => $invoice,
            'attachments' => $invoice->attachment_names ?? [],
        ]);
    }

    public function download(Request $request, Invoice $invoice): StreamedResponse
    {
        $this->authorize('view', $invoice);

        $path = sprintf('invoices/%d/%s', $invoice->account_id, $invoice->pdf_filename);

        abort_unless(Storage::disk('private')->exists($path), 404);

        return Storage::disk('private')->download($path, "invoice-{$invoice->number}.pdf");
    }

    public function attachment(Request $request, Invoice $invoice): BinaryFileResponse
    {
        $this->authorize('view', $invoice);

        // attachments can now live in per-year subfolders, e.g. "2024/receipt-0042.pdf"
        $name = ltrim((string) $request->query('name'), '/');
        if ($name === '') {
            abort(404);
        }

        $fullPath = storage_path('app/private/invoices/' . $invoice->account_id . '/attachments/' . $name);
        abort_unless(is_file($fullPath), 404);

        return response()->download($fullPath, basename($name));
    }

    public function resend(Request $request, Invoice $invoice)
    {
        $this->authorize('update', $invoice);

        $invoice->customer->notify(new \App\Notifications\InvoiceIssued($invoice));

        return back()->with('status', 'Invoice re-sent to ' . $invoice->customer->email);
    }
}
