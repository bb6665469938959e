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
}