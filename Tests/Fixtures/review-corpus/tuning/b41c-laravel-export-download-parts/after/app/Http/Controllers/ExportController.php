<?php

namespace App\Http\Controllers;

use App\Jobs\BuildExport;
use App\Models\Export;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ExportController extends Controller
{
    public function store(Request $request): JsonResponse
    {
        $data = $request->validate([
            'report' => 'required|in:orders,customers,refunds',
            'from' => 'required|date',
            'to' => 'required|date|after_or_equal:from',
        ]);

        $export = Export::create([
            'user_id' => $request->user()->id,
            'report' => $data['report'],
            'params' => $data,
            'status' => 'queued',
        ]);

        BuildExport::dispatch($export);

        return response()->json(['id' => $export->id, 'status' => $export->status], 202);
    }

    public function download(Request $request, Export $export): BinaryFileResponse
    {
        $this->authorize('view', $export);

        abort_unless($export->status === 'ready', 409, 'Export is not ready yet.');

        // Exports over 250k rows are written by BuildExport as a directory of CSV parts
        // (orders-part-001.csv, ...). The UI lists them and passes ?part= for each link.
        $part = (string) $request->query('part', basename($export->path));
        $fullPath = $this->partPath($export, $part);

        abort_unless(is_file($fullPath), 404, 'Export part not found.');

        Log::info('export.download', [
            'export' => $export->id,
            'part' => $part,
            'user' => $request->user()->id,
        ]);

        return response()->download($fullPath, $part === basename($export->path) ? $export->downloadName() : $part);
    }

    private function partPath(Export $export, string $part): string
    {
        return Storage::disk('exports')->path(dirname($export->path).DIRECTORY_SEPARATOR.$part);
    }
}
