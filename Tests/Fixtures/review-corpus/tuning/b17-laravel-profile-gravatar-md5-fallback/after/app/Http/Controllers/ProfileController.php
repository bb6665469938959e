<?php

namespace App\Http\Controllers;

use App\Http\Requests\UpdatePasswordRequest;
use App\Http\Requests\UpdateProfileRequest;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Storage;

class ProfileController extends Controller
{
    public function show(Request $request): JsonResponse
    {
        $user = $request->user();

        return response()->json([
            'id' => $user->id,
            'name' => $user->name,
            'email' => $user->email,
            'timezone' => $user->timezone,
            'avatar_url' => $user->avatar_path
                ? Storage::disk('public')->url($user->avatar_path)
                : $this->gravatarUrl($user->email),
        ]);
    }

    /**
     * Gravatar identifies images by the md5 of the trimmed, lower-cased
     * address; "d=identicon" gives people without an account a generated image.
     */
    private function gravatarUrl(string $email, int $size = 160): string
    {
        $hash = md5(strtolower(trim($email)));

        return sprintf('https://www.gravatar.com/avatar/%s?s=%d&d=identicon&r=g', $hash, $size);
    }

    public function update(UpdateProfileRequest $request): JsonResponse
    {
        $user = $request->user();
        $user->fill($request->validated());

        if ($user->isDirty('email')) {
            $user->email_verified_at = null;
            $user->sendEmailVerificationNotification();
        }

        $user->save();

        return $this->show($request);
    }

    public function updatePassword(UpdatePasswordRequest $request): JsonResponse
    {
        $user = $request->user();

        if (! Hash::check($request->input('current_password'), $user->password)) {
            return response()->json(['message' => 'The current password is incorrect.'], 422);
        }

        $user->forceFill([
            'password' => Hash::make($request->input('password')),
        ])->save();

        $request->session()->regenerate();

        return response()->json(['message' => 'Password updated.']);
    }
}