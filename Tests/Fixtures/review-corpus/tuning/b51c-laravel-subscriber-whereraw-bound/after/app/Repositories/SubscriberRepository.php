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
        // CSV imports kept whatever casing the source system had.
        $normalized = mb_strtolower(trim($email));

        return Subscriber::query()
            ->where('mailing_list_id', $listId)
            ->whereRaw('LOWER(email) = ?', [$normalized])
            ->first();
    }

    public function domainsForList(int $listId): Collection
    {
        // Aggregate in MySQL; lists with 400k+ rows were exhausting worker memory.
        return Subscriber::query()
            ->selectRaw("SUBSTRING_INDEX(email, '@', -1) AS domain, COUNT(*) AS total")
            ->where('mailing_list_id', $listId)
            ->groupBy('domain')
            ->orderByDesc('total')
            ->pluck('total', 'domain');
    }
}
