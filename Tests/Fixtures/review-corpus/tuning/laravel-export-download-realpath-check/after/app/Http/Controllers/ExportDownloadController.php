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

        if ($path === null) {
            abort(404);
        }

        ExportJob::where('team_id', $teamId)
            ->where('filename', basename($path))
            ->update(['downloaded_at' => now()]);

        return response()->download($path, basename($path), [
            'Content-Type' => 'text/csv',
        ]);
    }

    private function exportPath(int $teamId, string $file): ?string
    {
        $base = realpath(storage_path("app/exports/{$teamId}"));
        if ($base === false) {
            return null;
        }

        $path = realpath($base . DIRECTORY_SEPARATOR . basename($file));
        if ($path === false || ! is_file($path) || ! str_starts_with($path, $base . DIRECTORY_SEPARATOR)) {
            return null;
        }

        return $path;
    }
}
