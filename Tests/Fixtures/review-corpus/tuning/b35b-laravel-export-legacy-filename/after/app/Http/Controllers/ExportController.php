<?php

namespace App\Http\Controllers;

use App\Jobs\BuildExport;
use App\Models\Export;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;

class ExportController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'verified']);
    }

    public function index(Request $request): JsonResponse
    {
        $exports = $request->user()
            ->exports()
            ->latest()
            ->limit(25)
            ->get(['id', 'type', 'status', 'created_at', 'completed_at']);

        return response()->json($exports);
    }

    public function store(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'type' => ['required', 'in:orders,customers,invoices'],
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
        ]);

        $export = $request->user()->exports()->create([
            'type' => $validated['type'],
            'filters' => ['from' => $validated['from'], 'to' => $validated['to']],
            'status' => Export::STATUS_QUEUED,
        ]);

        BuildExport::dispatch($export);

        return response()->json(['id' => $export->id, 'status' => $export->status], 202);
    }

    public function download(Request $request, Export $export): StreamedResponse
    {
        $this->authorize('view', $export);

        abort_unless($export->status === Export::STATUS_READY, 409, 'Export is not ready yet.');

        return Storage::disk('exports')->download(
            $export->path,
            sprintf('%s-%s.csv', $export->type, $export->created_at->format('Y-m-d'))
        );
    }

    /**
     * Links in export e-mails sent before the 2.14 release point at /exports/file?name=<yyyy-mm>/<file>.csv.
     * Keep them working until those mails age out.
     */
    public function legacyDownload(Request $request): BinaryFileResponse
    {
        $name = (string) $request->query('name', '');
        abort_if($name === '' || str_starts_with($name, '/'), 404);

        $fullPath = storage_path('app/exports/' . $name);
        abort_unless(is_file($fullPath), 404);

        return response()->download($fullPath, basename($name));
    }

    public function destroy(Request $request, Export $export): JsonResponse
    {
        $this->authorize('delete', $export);

        Storage::disk('exports')->delete($export->path);
        $export->delete();

        return response()->json(null, 204);
    }
}
