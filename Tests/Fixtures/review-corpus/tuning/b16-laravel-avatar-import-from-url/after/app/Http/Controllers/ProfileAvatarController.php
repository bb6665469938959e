<?php

namespace App\Http\Controllers;

use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class ProfileAvatarController extends Controller
{
    public function store(Request $request): RedirectResponse
    {
        $data = $request->validate([
            'avatar' => ['nullable', 'image', 'max:4096'],
            'avatar_url' => ['nullable', 'url'],
        ]);

        $user = $request->user();
        $path = 'avatars/' . $user->id . '-' . Str::random(8) . '.jpg';

        if ($request->hasFile('avatar')) {
            Storage::disk('public')->putFileAs('', $request->file('avatar'), $path);
        } elseif (! empty($data['avatar_url'])) {
            $response = Http::timeout(10)->get($data['avatar_url']);
            abort_unless($response->successful(), 422, 'Could not download image');
            Storage::disk('public')->put($path, $response->body());
        } else {
            return back()->withErrors(['avatar' => 'Choose a file or give a link.']);
        }

        $user->forceFill(['avatar_path' => $path])->save();

        return back()->with('status', 'avatar-updated');
    }
}