<?php

namespace App\Http\Controllers;

use App\Jobs\BuildExport;
use App\Models\Export;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\StreamedResponse;

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

    public function download(Request $request, Export $export): StreamedResponse
    {
        $this->authorize('view', $export);

        abort_unless($export->status === 'ready', 409, 'Export is not ready yet.');

        Log::info('export.download', ['export' => $export->id, 'user' => $request->user()->id]);

        return Storage::disk('exports')->download($export->path, $export->downloadName());
    }
}
