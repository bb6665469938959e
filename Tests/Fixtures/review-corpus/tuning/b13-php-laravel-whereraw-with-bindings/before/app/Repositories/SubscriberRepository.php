<?php

namespace App\Repositories;

use App\Models\Subscriber;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

class SubscriberRepository
{
    public function findByEmail(string $email): ?Subscriber
    {
        return Subscriber::query()
            ->where('email', $email)
            ->first();
    }

    public function activeInList(int $listId): Collection
    {
        return Subscriber::query()
            ->join('list_subscriber', 'list_subscriber.subscriber_id', '=', 'subscribers.id')
            ->where('list_subscriber.list_id', $listId)
            ->whereNull('subscribers.unsubscribed_at')
            ->select('subscribers.*')
            ->get();
    }
}