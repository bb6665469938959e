<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class ThumbnailController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['image' => 'required|file|max:10240']);

        $upload = $request->file('image');
        $dir = storage_path('app/thumbs');
        $name = $upload->getClientOriginalName();
        $upload->move($dir, $name);
        $width = $request->input('width', '320');

        $output = shell_exec('convert ' . $dir . '/' . $name . ' -resize ' . $width . 'x ' . $dir . '/thumb_' . $name . ' 2>&1');
        logger()->info('thumbnail', ['output' => $output]);

        return response()->json(['thumb' => Storage::url('thumbs/thumb_' . $name)]);
    }
}