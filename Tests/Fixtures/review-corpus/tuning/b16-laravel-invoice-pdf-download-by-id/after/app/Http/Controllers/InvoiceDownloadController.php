<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\StreamedResponse;

class InvoiceDownloadController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'verified']);
    }

    public function __invoke(Request $request, string $invoice): StreamedResponse
    {
        /** @var Invoice $record */
        $record = $request->user()
            ->invoices()
            ->whereKey($invoice)
            ->whereNotNull('pdf_path')
            ->firstOrFail();

        $disk = Storage::disk('invoices');

        abort_unless($disk->exists($record->pdf_path), 404);

        return $disk->download(
            $record->pdf_path,
            sprintf('invoice-%s.pdf', $record->number),
            ['Content-Type' => 'application/pdf']
        );
    }
}