<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Hash;

class ProfileController extends Controller
{
    private function cacheKey(string $prefix, string $value): string
    {
        return $prefix . ':' . md5(strtolower($value));
    }

    public function show(Request $request)
    {
        $user = $request->user();
        $profile = Cache::remember($this->cacheKey('profile', $user->email), 600, function () use ($user) {
            return $user->load('team', 'preferences')->toArray();
        });

        return response()->json($profile);
    }

    public function update(Request $request)
    {
        $user = $request->user();
        $data = $request->validate([
            'email' => ['required', 'email', 'max:255', 'unique:users,email,' . $user->id],
            'password' => ['nullable', 'string', 'min:12', 'confirmed'],
        ]);

        Cache::forget($this->cacheKey('profile', $user->email));
        $user->email = $data['email'];
        if (!empty($data['password'])) {
            $user->password = Hash::make($data['password']);
        }
        $user->save();
        Cache::forget($this->cacheKey('profile', $user->email));

        return response()->json(['ok' => true]);
    }
}