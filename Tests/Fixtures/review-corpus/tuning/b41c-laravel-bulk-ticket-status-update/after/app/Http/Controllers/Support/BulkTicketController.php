<?php

namespace App\Http\Controllers\Support;

use App\Http\Controllers\Controller;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

class BulkTicketController extends Controller
{
    public function updateStatus(Request $request): JsonResponse
    {
        $data = $request->validate([
            'ids' => 'required|array|min:1|max:500',
            'ids.*' => 'integer',
            'status' => 'required|in:open,pending,solved,closed',
        ]);

        $agent = $request->user();
        $ids = array_values(array_unique(array_map('intval', $data['ids'])));

        // One statement instead of N saves: closing 500 tickets was taking ~40s and firing
        // 500 TicketUpdated events that the SLA worker doesn't need for bulk actions.
        $placeholders = implode(', ', array_fill(0, count($ids), '?'));
        $updated = DB::update(
            "UPDATE tickets
                SET status = ?, last_agent_id = ?, updated_at = NOW()
              WHERE team_id = ?
                AND id IN ({$placeholders})",
            [$data['status'], $agent->id, $agent->team_id, ...$ids]
        );

        Log::info('tickets.bulk_status', ['agent' => $agent->id, 'status' => $data['status'], 'count' => $updated]);

        return response()->json(['updated' => $updated]);
    }
}
