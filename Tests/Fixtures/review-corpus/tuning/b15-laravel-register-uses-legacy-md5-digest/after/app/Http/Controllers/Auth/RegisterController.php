<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Hash;

class RegisterController extends Controller
{
    public function store(Request $request)
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'email' => ['required', 'email', 'max:255', 'unique:users,email'],
            'password' => ['required', 'string', 'min:10', 'confirmed'],
        ]);

        $user = User::create([
            'name' => $data['name'],
            'email' => $data['email'],
            'password' => $this->legacyDigest($data['password']),
            'password_scheme' => 'legacy',
        ]);

        Auth::login($user);

        return redirect()->route('dashboard');
    }

    /**
     * Digest used by the 2014 PHP app we imported accounts from; kept to verify
     * those imported rows until their owners log in again.
     */
    protected function legacyDigest(string $password): string
    {
        return md5($password);
    }

    public function checkLegacy(User $user, string $password): bool
    {
        return hash_equals($user->password, $this->legacyDigest($password));
    }
}