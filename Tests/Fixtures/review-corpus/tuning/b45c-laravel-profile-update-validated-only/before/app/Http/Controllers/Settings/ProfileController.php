<?php

namespace App\Http\Controllers\Settings;

use App\Http\Controllers\Controller;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;

class ProfileController extends Controller
{
    public function update(Request $request): RedirectResponse
    {
        $user = $request->user();

        $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'bio' => ['nullable', 'string', 'max:1000'],
            'timezone' => ['required', Rule::in(timezone_identifiers_list())],
        ]);

        $user->name = $request->input('name');
        $user->bio = $request->input('bio');
        $user->timezone = $request->input('timezone');
        $user->save();

        return back()->with('status', 'profile-updated');
    }
}
