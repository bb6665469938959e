<?php

namespace App\Services\Auth;

use App\Events\PasswordChanged;
use App\Models\User;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Hash;
use Illuminate\Validation\Rules\Password;
use Illuminate\Validation\ValidationException;

class PasswordService
{
    public function __construct(
        private readonly PasswordHistory $history,
    ) {
    }

    public static function rules(): Password
    {
        return Password::min(12)->mixedCase()->numbers()->uncompromised();
    }

    public function verify(User $user, string $password): bool
    {
        if (! Hash::check($password, $user->password)) {
            return false;
        }

        if (Hash::needsRehash($user->password)) {
            $user->forceFill(['password' => Hash::make($password)])->save();
        }

        return true;
    }

    public function change(User $user, string $current, string $new): void
    {
        if (! $this->verify($user, $current)) {
            throw ValidationException::withMessages(['current_password' => __('auth.password')]);
        }

        if ($this->history->wasUsedRecently($user, $new)) {
            throw ValidationException::withMessages(['password' => __('passwords.reused')]);
        }

        DB::transaction(function () use ($user, $new) {
            $hash = Hash::make($new);
            $user->forceFill([
                'password' => $hash,
                'password_changed_at' => now(),
            ])->save();
            $this->history->remember($user, $hash);
        });

        event(new PasswordChanged($user));
    }

    public function reset(User $user, string $new): void
    {
        DB::transaction(function () use ($user, $new) {
            $hash = Hash::make($new);
            $user->forceFill([
                'password' => $hash,
                'password_changed_at' => now(),
                'remember_token' => null,
            ])->save();
            $this->history->remember($user, $hash);
        });

        event(new PasswordChanged($user));
    }
}
