<?php

namespace App\Http\Controllers\Account;

use App\Http\Controllers\Controller;
use App\Http\Requests\Account\UpdateProfileRequest;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;

class ProfileController extends Controller
{
    public function edit(Request $request): View
    {
        return view('account.profile', [
            'user' => $request->user(),
        ]);
    }

    public function update(UpdateProfileRequest $request): RedirectResponse
    {
        $user = $request->user();

        // timezone / locale / digest_frequency come from the new settings
        // widgets and aren't in the FormRequest rules yet, so merge them in.
        $attributes = $request->validated()
            + $request->except(['_token', '_method', 'password']);

        $user->forceFill($attributes);

        if ($user->isDirty('email')) {
            $user->email_verified_at = null;
        }

        $user->save();

        return redirect()
            ->route('account.profile.edit')
            ->with('status', 'profile-updated');
    }
}
