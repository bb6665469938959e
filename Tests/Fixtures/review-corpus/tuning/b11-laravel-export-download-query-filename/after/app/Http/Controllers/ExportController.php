<?php

namespace App\Http\Controllers;

use App\Jobs\BuildCustomerExport;
use App\Models\Export;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class ExportController extends Controller
{
    public function store(Request $request)
    {
        $export = Export::create([
            'user_id' => $request->user()->id,
            'status' => 'queued',
        ]);
        BuildCustomerExport::dispatch($export);

        return response()->json(['id' => $export->id], 202);
    }

    public function show(Request $request, Export $export)
    {
        abort_unless($export->user_id === $request->user()->id, 403);

        return Storage::disk('exports')->download($export->path, 'customers.csv');
    }

    // Direct link used in the notification email: /exports/file?file=2024-05/customers-81.csv
    public function file(Request $request)
    {
        $file = $request->query('file');
        abort_if(empty($file), 404);

        return response()->download(storage_path('app/exports/' . $file));
    }
}