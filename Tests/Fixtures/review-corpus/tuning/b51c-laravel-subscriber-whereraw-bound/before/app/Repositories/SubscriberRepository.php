<?php

namespace App\Repositories;

use App\Models\Subscriber;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Collection;

class SubscriberRepository
{
    public function paginateForList(int $listId, ?string $status, int $perPage = 50): LengthAwarePaginator
    {
        return Subscriber::query()
            ->where('mailing_list_id', $listId)
            ->when($status, fn ($q) => $q->where('status', $status))
            ->orderByDesc('subscribed_at')
            ->paginate($perPage);
    }

    public function findByEmail(int $listId, string $email): ?Subscriber
    {
        return Subscriber::query()
            ->where('mailing_list_id', $listId)
            ->where('email', $email)
            ->first();
    }

    public function domainsForList(int $listId): Collection
    {
        return Subscriber::query()
            ->where('mailing_list_id', $listId)
            ->pluck('email')
            ->map(fn (string $email) => substr(strrchr($email, '@'), 1))
            ->countBy()
            ->sortDesc();
    }
}
