<?php

namespace App\Http\Controllers\Settings;

use App\Http\Controllers\Controller;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Arr;
use Illuminate\Validation\Rule;

class ProfileController extends Controller
{
    private const EDITABLE = ['name', 'bio', 'timezone', 'locale'];

    public function update(Request $request): RedirectResponse
    {
        $user = $request->user();

        $validated = $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'bio' => ['nullable', 'string', 'max:1000'],
            'timezone' => ['required', Rule::in(timezone_identifiers_list())],
            'locale' => ['required', Rule::in(config('app.supported_locales'))],
        ]);

        $user->forceFill(Arr::only($validated, self::EDITABLE))->save();

        return back()->with('status', 'profile-updated');
    }
}
