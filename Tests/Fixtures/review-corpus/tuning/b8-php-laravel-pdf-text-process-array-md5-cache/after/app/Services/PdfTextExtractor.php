<?php

namespace App\Services;

use App\Models\Document;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\Process\Process;

class PdfTextExtractor
{
    public function extract(Document $document): string
    {
        $path = Storage::disk('documents')->path($document->storage_path);
        $cacheKey = 'pdf-text:' . md5($document->storage_path . '@' . $document->updated_at);

        return Cache::remember($cacheKey, now()->addDay(), function () use ($path) {
            $process = new Process(['pdftotext', '-layout', '-enc', 'UTF-8', $path, '-']);
            $process->setTimeout(60);
            $process->mustRun();

            return $process->getOutput();
        });
    }
}