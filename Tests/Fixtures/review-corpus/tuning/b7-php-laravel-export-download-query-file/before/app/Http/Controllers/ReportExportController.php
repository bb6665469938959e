<?php

namespace App\Http\Controllers;

use App\Jobs\BuildReportExport;
use App\Models\ReportExport;
use Illuminate\Http\Request;

class ReportExportController extends Controller
{
    public function store(Request $request)
    {
        $validated = $request->validate([
            'report' => 'required|string|in:sales,inventory,customers',
            'format' => 'required|string|in:csv,xlsx',
        ]);

        $export = ReportExport::create([
            'user_id' => $request->user()->id,
            'report' => $validated['report'],
            'format' => $validated['format'],
            'status' => 'queued',
        ]);

        BuildReportExport::dispatch($export);

        return response()->json(['id' => $export->id], 202);
    }

    public function show(Request $request, ReportExport $export)
    {
        abort_unless($export->user_id === $request->user()->id, 403);

        return response()->json($export);
    }
}
