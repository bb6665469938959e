<?php

namespace App\Http\Controllers;

use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class ProfileAvatarController extends Controller
{
    public function store(Request $request): RedirectResponse
    {
        $data = $request->validate([
            'avatar' => ['nullable', 'image', 'max:4096'],
        ]);

        $user = $request->user();
        $path = 'avatars/' . $user->id . '-' . Str::random(8) . '.jpg';

        if ($request->hasFile('avatar')) {
            Storage::disk('public')->putFileAs('', $request->file('avatar'), $path);
        } else {
            return back()->withErrors(['avatar' => 'Choose a file.']);
        }

        $user->forceFill(['avatar_path' => $path])->save();

        return back()->with('status', 'avatar-updated');
    }
}