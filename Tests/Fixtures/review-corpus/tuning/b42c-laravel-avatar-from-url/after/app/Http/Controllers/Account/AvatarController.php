<?php

namespace App\Http\Controllers\Account;

use App\Http\Controllers\Controller;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class AvatarController extends Controller
{
    private const IMAGE_TYPES = ['jpeg', 'png', 'webp', 'gif'];

    public function __construct()
    {
        $this->middleware('auth');
    }

    public function update(Request $request): RedirectResponse
    {
        $request->validate([
            'avatar' => ['required_without:avatar_url', 'image', 'mimes:jpg,jpeg,png,webp', 'max:2048'],
            'avatar_url' => ['required_without:avatar', 'url', 'max:2048'],
        ]);

        $user = $request->user();
        $path = $request->hasFile('avatar')
            ? $request->file('avatar')->storePublicly('avatars/'.$user->id, 'public')
            : $this->importFromUrl((string) $request->input('avatar_url'), $user->id);

        if ($user->avatar_path) {
            Storage::disk('public')->delete($user->avatar_path);
        }

        $user->forceFill(['avatar_path' => $path])->save();
        Log::info('avatar updated', ['user_id' => $user->id, 'source' => $request->hasFile('avatar') ? 'upload' : 'url']);

        return back()->with('status', 'avatar-updated');
    }

    /**
     * Lets people reuse the picture they already have on Gravatar, GitHub or Slack
     * by pasting its link instead of downloading and re-uploading it.
     */
    private function importFromUrl(string $url, int $userId): string
    {
        $response = Http::timeout(5)
            ->withOptions(['allow_redirects' => ['max' => 3]])
            ->get($url)
            ->throw();

        $type = Str::after((string) $response->header('Content-Type'), 'image/');
        $ext = in_array($type, self::IMAGE_TYPES, true) ? $type : 'jpg';

        $path = 'avatars/'.$userId.'/'.Str::random(24).'.'.$ext;
        Storage::disk('public')->put($path, $response->body(), 'public');

        return $path;
    }
}
