<?php

namespace App\Http\Controllers\Support;

use App\Http\Controllers\Controller;
use App\Models\Ticket;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class TicketAttachmentController extends Controller
{
    private const EXTENSIONS = [
        'image/png' => 'png',
        'image/jpeg' => 'jpg',
        'application/pdf' => 'pdf',
        'text/plain' => 'txt',
    ];

    public function store(Request $request, Ticket $ticket): JsonResponse
    {
        $this->authorize('reply', $ticket);

        $request->validate([
            'attachment' => ['required', 'file', 'max:10240', 'mimetypes:' . implode(',', array_keys(self::EXTENSIONS))],
        ]);

        $upload = $request->file('attachment');
        $extension = self::EXTENSIONS[$upload->getMimeType()];

        // Group per ticket on the private S3 disk so lifecycle rules can expire them.
        $path = $upload->storeAs(
            "attachments/{$ticket->getKey()}",
            Str::uuid()->toString() . '.' . $extension,
            's3-private'
        );

        $attachment = $ticket->attachments()->create([
            'path' => $path,
            'original_name' => $upload->getClientOriginalName(),
            'uploaded_by' => $request->user()->id,
        ]);

        return response()->json($attachment, 201);
    }
}
