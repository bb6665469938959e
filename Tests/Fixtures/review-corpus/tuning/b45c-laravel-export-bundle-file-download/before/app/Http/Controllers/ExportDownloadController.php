<?php

namespace App\Http\Controllers;

use App\Models\Export;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\StreamedResponse;

class ExportDownloadController extends Controller
{
    public function __invoke(Request $request, Export $export): StreamedResponse
    {
        $this->authorize('view', $export);

        abort_unless($export->status === Export::STATUS_READY, 409, 'Export is still running.');

        $disk = Storage::disk('exports');
        abort_unless($disk->exists($export->path), 404);

        return $disk->download($export->path, $export->download_name);
    }
}
