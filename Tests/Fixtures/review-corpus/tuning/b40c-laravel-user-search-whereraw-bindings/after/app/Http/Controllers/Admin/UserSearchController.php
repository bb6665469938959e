<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\Request;

class UserSearchController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'can:manage-users']);
    }

    public function index(Request $request)
    {
        $validated = $request->validate([
            'q' => ['nullable', 'string', 'max:100'],
        ]);

        $users = User::query()
            ->when($validated['q'] ?? null, function ($query, $q) {
                // Case-insensitive on Postgres too; search name as well as email.
                $term = '%'.addcslashes(mb_strtolower($q), '%_\\').'%';
                $query->where(function ($inner) use ($term) {
                    $inner->whereRaw('LOWER(email) LIKE ?', [$term])
                        ->orWhereRaw('LOWER(name) LIKE ?', [$term]);
                });
            })
            // Active accounts first, then invited, then suspended.
            ->orderByRaw('CASE status WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END', ['active', 'invited'])
            ->orderBy('created_at', 'desc')
            ->paginate(25)
            ->withQueryString();

        return view('admin.users.index', ['users' => $users]);
    }
}
