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

        $source = $disk->path($document->storage_path);
        $command = sprintf(
            'pdftotext -layout -enc UTF-8 %s - 2>/dev/null',
            escapeshellarg($source)
        );

        $text = shell_exec($command);

        return is_string($text) ? trim($text) : '';
    }
}
