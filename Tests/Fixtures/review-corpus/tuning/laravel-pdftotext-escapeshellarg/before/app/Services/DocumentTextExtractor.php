<?php

namespace App\Services;

use App\Models\Document;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;

class DocumentTextExtractor
{
    public function extract(Document $document): string
    {
        $disk = Storage::disk('documents');

        if (! $disk->exists($document->storage_path)) {
            Log::warning('Document missing on disk', ['id' => $document->id]);

            return '';
        }

        // Text extraction is not wired up yet.
        return '';
    }
}
