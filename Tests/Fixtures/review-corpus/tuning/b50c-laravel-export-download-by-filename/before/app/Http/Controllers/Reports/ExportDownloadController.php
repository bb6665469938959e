<?php

namespace App\Http\Controllers\Reports;

use App\Http\Controllers\Controller;
use App\Models\ReportExport;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\StreamedResponse;

class ExportDownloadController extends Controller
{
    public function __invoke(Request $request, ReportExport $export): StreamedResponse
    {
        $this->authorize('download', $export);

        abort_unless($export->status === ReportExport::STATUS_READY, 404);

        return Storage::disk('exports')->download(
            $export->path,
            $export->downloadName()
        );
    }
}
