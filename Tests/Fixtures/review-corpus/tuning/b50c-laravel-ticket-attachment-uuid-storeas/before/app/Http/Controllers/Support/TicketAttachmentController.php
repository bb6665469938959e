<?php

namespace App\Http\Controllers\Support;

use App\Http\Controllers\Controller;
use App\Models\Ticket;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class TicketAttachmentController extends Controller
{
    public function store(Request $request, Ticket $ticket): JsonResponse
    {
        $this->authorize('reply', $ticket);

        $request->validate([
            'attachment' => ['required', 'file', 'max:10240'],
        ]);

        $upload = $request->file('attachment');
        $path = $upload->store('attachments');

        $attachment = $ticket->attachments()->create([
            'path' => $path,
            'original_name' => $upload->getClientOriginalName(),
            'uploaded_by' => $request->user()->id,
        ]);

        return response()->json($attachment, 201);
    }
}
