<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Http\Resources\Admin\UserResource;
use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class UserSearchController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'can:manage-users']);
    }

    public function index(Request $request)
    {
        $validated = $request->validate([
            'email' => ['nullable', 'string', 'max:255'],
            'name' => ['nullable', 'string', 'max:100'],
            'role' => ['nullable', 'in:admin,editor,member'],
            'active' => ['nullable', 'boolean'],
            'per_page' => ['nullable', 'integer', 'between:10,100'],
        ]);

        $query = User::query()->with('team');

        if (! empty($validated['email'])) {
            // Legacy accounts were stored with mixed-case addresses.
            $query->whereRaw('LOWER(email) = ?', [Str::lower(trim($validated['email']))]);
        }

        if (! empty($validated['name'])) {
            $query->where('name', 'like', '%'.addcslashes($validated['name'], '%_\\').'%');
        }

        if (! empty($validated['role'])) {
            $query->where('role', $validated['role']);
        }

        if (array_key_exists('active', $validated) && $validated['active'] !== null) {
            $query->where('is_active', (bool) $validated['active']);
        }

        $users = $query
            ->orderByRaw('last_login_at IS NULL, last_login_at DESC')
            ->orderBy('name')
            ->paginate($validated['per_page'] ?? 25)
            ->withQueryString();

        return UserResource::collection($users);
    }

    public function show(User $user)
    {
        $user->load(['team', 'roles', 'loginHistory' => fn ($q) => $q->latest()->limit(20)]);

        return new UserResource($user);
    }

    public function suspend(Request $request, User $user)
    {
        abort_if($user->is($request->user()), 422, 'You cannot suspend yourself.');

        $user->forceFill(['is_active' => false, 'suspended_at' => now()])->save();

        activity()->performedOn($user)->causedBy($request->user())->log('suspended');

        return new UserResource($user->fresh());
    }
}
