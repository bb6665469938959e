<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Http\Resources\TicketResource;
use App\Models\Ticket;
use Illuminate\Http\Request;

class TicketController extends Controller
{
    private const SORTABLE = [
        'created' => 'tickets.created_at',
        'updated' => 'tickets.updated_at',
        'priority' => 'tickets.priority',
    ];

    public function index(Request $request)
    {
        $validated = $request->validate([
            'sort' => ['sometimes', 'string', 'in:' . implode(',', array_keys(self::SORTABLE))],
            'dir' => ['sometimes', 'in:asc,desc'],
            'q' => ['sometimes', 'string', 'max:100'],
        ]);

        $column = self::SORTABLE[$validated['sort'] ?? 'created'];
        $direction = $validated['dir'] ?? 'desc';

        $tickets = Ticket::query()
            ->where('team_id', $request->user()->current_team_id)
            ->when($validated['q'] ?? null, fn ($query, $q) => $query->where('subject', 'like', "%{$q}%"))
            ->orderBy($column, $direction)
            ->paginate(25);

        return TicketResource::collection($tickets);
    }
}
