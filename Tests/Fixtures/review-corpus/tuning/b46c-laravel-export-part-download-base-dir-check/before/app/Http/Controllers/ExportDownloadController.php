<?php

namespace App\Http\Controllers;

use App\Models\Export;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ExportDownloadController extends Controller
{
    public function __invoke(Request $request, Export $export): BinaryFileResponse
    {
        $this->authorize('download', $export);

        $path = storage_path('app/exports/'.$export->team_id.'/'.$export->filename);

        abort_unless(is_file($path), 404);

        return response()->download($path, $export->display_name);
    }
}
