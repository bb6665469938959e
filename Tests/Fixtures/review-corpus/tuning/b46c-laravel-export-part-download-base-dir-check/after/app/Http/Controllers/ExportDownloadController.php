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

        // Large exports are split into parts (export.csv, export.part2.csv, ...).
        $name = (string) $request->query('part', $export->filename);
        abort_unless(in_array($name, $export->parts ?? [$export->filename], true), 404);

        $base = realpath(storage_path('app/exports/'.$export->team_id));
        $path = $base === false ? false : realpath($base.DIRECTORY_SEPARATOR.$name);

        abort_if($path === false, 404);
        abort_unless(str_starts_with($path, $base.DIRECTORY_SEPARATOR) && is_file($path), 404);

        return response()->download($path, $export->display_name);
    }
}
