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
        $path = $export->path;

        // Multi-part exports (one CSV per entity) are stored in a directory; pick one part by name.
        if ($request->filled('part')) {
            $part = basename((string) $request->query('part'));
            abort_unless(in_array($part, $export->parts ?? [], true), 404);
            $path = $export->directory.'/'.$part;
        }

        abort_unless($disk->exists($path), 404);

        return $disk->download($path, $export->download_name);
    }
}
