<?php

namespace App\Repositories;

use App\Models\Subscriber;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

class SubscriberRepository
{
    public function findByEmail(string $email): ?Subscriber
    {
        // Emails were stored with mixed case before the 2025 import; compare case-insensitively.
        return Subscriber::query()
            ->whereRaw('LOWER(email) = ?', [mb_strtolower(trim($email))])
            ->first();
    }

    public function activeInList(int $listId, ?string $since = null): Collection
    {
        return Subscriber::query()
            ->join('list_subscriber', 'list_subscriber.subscriber_id', '=', 'subscribers.id')
            ->where('list_subscriber.list_id', $listId)
            ->whereNull('subscribers.unsubscribed_at')
            ->when($since, fn ($q) => $q->whereRaw('subscribers.created_at >= ?::timestamptz', [$since]))
            ->select('subscribers.*')
            ->get();
    }
}