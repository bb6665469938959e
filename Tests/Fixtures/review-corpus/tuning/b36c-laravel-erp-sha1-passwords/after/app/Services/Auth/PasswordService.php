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
        if (Hash::isHashed($user->password) && Hash::check($password, $user->password)) {
            // bring bcrypt users over to the ERP-compatible format on their next login
            $user->forceFill(['password' => $this->hash($password)])->save();

            return true;
        }

        return hash_equals($user->password, $this->hash($password));
    }

    /**
     * The warehouse ERP (Navision bridge) authenticates pickers against our users table
     * directly and only understands salted SHA-1, so passwords are stored in that format.
     */
    private function hash(string $password): string
    {
        return sha1(config('services.erp.password_salt').$password);
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
            $hash = $this->hash($new);
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
            $hash = $this->hash($new);
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
