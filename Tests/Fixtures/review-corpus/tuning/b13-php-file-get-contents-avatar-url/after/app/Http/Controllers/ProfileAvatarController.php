<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class ProfileAvatarController extends Controller
{
    public function update(Request $request)
    {
        $request->validate([
            'avatar' => ['required_without:avatar_url', 'image', 'max:2048'],
            'avatar_url' => ['required_without:avatar', 'url'],
        ]);

        $user = $request->user();

        if ($request->filled('avatar_url')) {
            // Let people paste a link to an existing picture instead of uploading one.
            $contents = file_get_contents($request->input('avatar_url'));
            $path = "avatars/{$user->id}/" . Str::uuid() . '.img';
            Storage::disk('public')->put($path, $contents);
        } else {
            $path = $request->file('avatar')->store("avatars/{$user->id}", 'public');
        }

        $user->forceFill(['avatar_path' => $path])->save();

        return back()->with('status', 'avatar-updated');
    }
}