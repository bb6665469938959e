<?php

namespace App\Http\Controllers\Support;

use App\Http\Controllers\Controller;
use App\Models\Ticket;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
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
        $updated = 0;

        foreach (Ticket::whereIn('id', $data['ids'])->where('team_id', $agent->team_id)->get() as $ticket) {
            $ticket->status = $data['status'];
            $ticket->last_agent_id = $agent->id;
            $ticket->save();
            $updated++;
        }

        Log::info('tickets.bulk_status', ['agent' => $agent->id, 'status' => $data['status'], 'count' => $updated]);

        return response()->json(['updated' => $updated]);
    }
}
