<?php

namespace App\Http\Controllers;

use App\Models\Video;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Process;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class VideoThumbnailController extends Controller
{
    public function __construct()
    {
        $this->middleware('auth');
    }

    public function store(Request $request, Video $video): JsonResponse
    {
        $this->authorize('update', $video);

        $validated = $request->validate([
            'seconds' => ['required', 'numeric', 'min:0'],
            'width' => ['nullable', 'integer', 'between:64,1920'],
        ]);

        $seconds = (float) $validated['seconds'];
        $width = (int) ($validated['width'] ?? 640);

        if ($seconds > $video->duration_seconds) {
            return response()->json(['message' => 'Timestamp is past the end of the video.'], 422);
        }

        $source = Storage::disk('videos')->path($video->storage_path);
        $target = 'thumbnails/'.$video->id.'/'.Str::uuid().'.jpg';
        $targetPath = Storage::disk('public')->path($target);
        Storage::disk('public')->makeDirectory(dirname($target));

        $result = Process::timeout(30)->run([
            'ffmpeg', '-hide_banner', '-loglevel', 'error',
            '-ss', sprintf('%.3f', $seconds),
            '-i', $source,
            '-frames:v', '1',
            '-vf', 'scale='.$width.':-2',
            '-y', $targetPath,
        ]);

        if ($result->failed()) {
            Log::warning('Thumbnail extraction failed', [
                'video' => $video->id,
                'stderr' => $result->errorOutput(),
            ]);

            return response()->json(['message' => 'Could not extract a frame.'], 500);
        }

        if ($video->thumbnail_path) {
            Storage::disk('public')->delete($video->thumbnail_path);
        }

        $video->update(['thumbnail_path' => $target]);

        return response()->json([
            'thumbnail_url' => Storage::disk('public')->url($target),
        ], 201);
    }
}
