<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ExportDownloadController extends Controller
{
    /**
     * Links in the "your export is ready" email point at
     * /reports/exports/download?file=<name>, so we no longer need the
     * ReportExport row to still exist when the user clicks it.
     */
    public function __invoke(Request $request): BinaryFileResponse
    {
        $teamId = $request->user()->current_team_id;
        $file = (string) $request->query('file', '');

        $path = storage_path('app/exports/' . $teamId . '/' . $file);

        abort_unless($file !== '' && is_file($path), 404);

        return response()->download($path, basename($file), [
            'Cache-Control' => 'private, max-age=0',
        ]);
    }
}
