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
        $path = $upload->store('originals');
        return response()->json(['original' => Storage::url($path)]);
    }
}