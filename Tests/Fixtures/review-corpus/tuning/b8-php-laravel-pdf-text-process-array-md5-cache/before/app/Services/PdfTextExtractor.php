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
        return '';
    }
}