<?php

namespace App\Repositories;

use App\Models\Customer;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Database\Eloquent\Builder;

class CustomerRepository
{
    public function paginateForTeam(int $teamId, array $filters, int $perPage = 25): LengthAwarePaginator
    {
        return Customer::query()
            ->where('team_id', $teamId)
            ->when($filters['status'] ?? null, function (Builder $q, string $status) {
                $q->where('status', $status);
            })
            ->when($filters['email'] ?? null, function (Builder $q, string $email) {
                $q->whereRaw('LOWER(email) = ?', [mb_strtolower(trim($email))]);
            })
            ->orderByDesc('created_at')
            ->paginate($perPage);
    }

    public function findByExternalId(int $teamId, string $externalId): ?Customer
    {
        return Customer::query()
            ->where('team_id', $teamId)
            ->where('external_id', $externalId)
            ->first();
    }
}
