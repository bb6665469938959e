<?php

namespace App\Http\Controllers;

use App\Models\ExportJob;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ExportDownloadController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'verified']);
    }

    public function show(Request $request): BinaryFileResponse
    {
        $request->validate(['file' => 'required|string|max:255']);

        $teamId = $request->user()->current_team_id;
        $path = $this->exportPath($teamId, $request->query('file'));

        if (! is_file($path)) {
            abort(404);
        }

        ExportJob::where('team_id', $teamId)
            ->where('filename', basename($path))
            ->update(['downloaded_at' => now()]);

        return response()->download($path, basename($path), [
            'Content-Type' => 'text/csv',
        ]);
    }

    private function exportPath(int $teamId, string $file): string
    {
        return storage_path("app/exports/{$teamId}/") . $file;
    }
}
