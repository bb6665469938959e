<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;

class RegisterController extends Controller
{
    public function store(Request $request): RedirectResponse
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'email' => ['required', 'email', 'max:255', 'unique:users,email'],
            'password' => ['required', 'string', 'min:12', 'confirmed'],
        ]);

        $email = strtolower(trim($data['email']));

        $user = User::create([
            'name' => $data['name'],
            'email' => $email,
            'password' => password_hash($data['password'], PASSWORD_ARGON2ID),
            'avatar_url' => 'https://www.gravatar.com/avatar/' . md5($email) . '?d=identicon&s=128',
        ]);

        Auth::login($user);
        $request->session()->regenerate();

        return redirect()->intended('/dashboard');
    }

    public function verifyLegacy(User $user, string $password): bool
    {
        if (!password_verify($password, $user->password)) {
            return false;
        }
        if (password_needs_rehash($user->password, PASSWORD_ARGON2ID)) {
            $user->forceFill(['password' => password_hash($password, PASSWORD_ARGON2ID)])->save();
        }
        return true;
    }
}