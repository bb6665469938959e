<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Http\Resources\ProjectResource;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;

class ProjectController extends Controller
{
    private const SORTABLE = ['name', 'created_at', 'updated_at', 'due_on'];

    public function index(Request $request)
    {
        $data = $request->validate([
            'q' => ['nullable', 'string', 'max:100'],
            'sort' => ['nullable', Rule::in(self::SORTABLE)],
            'direction' => ['nullable', Rule::in(['asc', 'desc'])],
            'archived' => ['nullable', 'boolean'],
        ]);

        $projects = $request->user()->currentTeam->projects()
            ->when($data['q'] ?? null, fn ($q, $term) => $q->where('name', 'like', '%'.$term.'%'))
            ->when(! ($data['archived'] ?? false), fn ($q) => $q->whereNull('archived_at'))
            ->orderBy('name')
            ->paginate(25);

        return ProjectResource::collection($projects);
    }
}
