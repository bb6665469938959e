<?php

namespace App\Http\Controllers\Billing;

use App\Http\Controllers\Controller;
use App\Services\Billing\InvoiceRenderer;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class InvoicePdfController extends Controller
{
    public function __construct(private InvoiceRenderer $renderer)
    {
        $this->middleware(['auth', 'verified']);
    }

    public function show(Request $request, string $invoiceNumber)
    {
        $invoice = $request->user()
            ->team
            ->invoices()
            ->where('number', $invoiceNumber)
            ->firstOrFail();

        $path = $this->renderer->ensurePdf($invoice);

        return Storage::disk('invoices')->download(
            $path,
            "invoice-{$invoice->number}.pdf",
            ['Cache-Control' => 'private, max-age=0']
        );
    }
}
