<?php

namespace App\Http\Controllers;

use App\Jobs\BuildCsvExport;
use App\Models\Export;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\File;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ExportController extends Controller
{
    private const TYPES = ['orders', 'customers', 'refunds'];

    public function __construct()
    {
        $this->middleware(['auth', 'verified']);
    }

    public function index(Request $request): JsonResponse
    {
        $exports = Export::query()
            ->where('user_id', $request->user()->id)
            ->latest()
            ->limit(50)
            ->get(['id', 'type', 'status', 'filename', 'created_at']);

        return response()->json($exports);
    }

    public function store(Request $request): JsonResponse
    {
        $data = $request->validate([
            'type' => ['required', 'in:'.implode(',', self::TYPES)],
            'from' => ['required', 'date'],
            'to' => ['required', 'date', 'after_or_equal:from'],
        ]);

        $export = Export::create([
            'user_id' => $request->user()->id,
            'type' => $data['type'],
            'status' => 'queued',
            'filters' => ['from' => $data['from'], 'to' => $data['to']],
        ]);

        BuildCsvExport::dispatch($export)->onQueue('exports');

        return response()->json(['id' => $export->id, 'status' => 'queued'], 202);
    }

    public function download(Request $request): BinaryFileResponse
    {
        $file = (string) $request->query('file', '');
        $base = realpath(storage_path('app/exports/'.$request->user()->id));
        $path = realpath($base.DIRECTORY_SEPARATOR.$file);

        if ($base === false || $path === false || ! str_starts_with($path, $base.DIRECTORY_SEPARATOR)) {
            abort(404);
        }

        return response()->download($path, basename($path), [
            'Content-Type' => 'text/csv',
        ]);
    }

    public function destroy(Request $request, Export $export): JsonResponse
    {
        abort_unless($export->user_id === $request->user()->id, 403);

        if ($export->filename) {
            File::delete(storage_path('app/exports/'.$export->user_id.'/'.$export->filename));
        }
        $export->delete();

        return response()->json(null, 204);
    }
}
