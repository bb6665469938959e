<?php

namespace App\Http\Controllers;

use App\Models\Team;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;

class TeamSettingsController extends Controller
{
    public function update(Request $request, Team $team): RedirectResponse
    {
        $this->authorize('update', $team);

        $data = $request->validate([
            'name' => ['required', 'string', 'max:80'],
            'billing_email' => ['required', 'email'],
            'slug' => ['required', 'alpha_dash', 'max:40', Rule::unique('teams')->ignore($team->id)],
            'default_role' => ['required', Rule::in(['member', 'viewer'])],
            'require_sso' => ['boolean'],
        ]);

        $team->update($data);

        return redirect()
            ->route('teams.settings', $team)
            ->with('status', __('Team settings saved.'));
    }
}
