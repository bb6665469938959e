<?php

namespace App\Jobs;

use App\Models\Order;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Http;

class NotifySlackOfLargeOrder implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    public function __construct(public Order $order)
    {
    }

    public function handle(): void
    {
        $response = Http::withToken(config('services.slack.bot_token'))
            ->timeout(10)
            ->post('https://slack.com/api/chat.postMessage', [
                'channel' => config('services.slack.sales_channel'),
                'text' => sprintf(
                    ':moneybag: Order %s from %s for %s',
                    $this->order->number,
                    $this->order->customer->company_name,
                    money($this->order->total_cents, $this->order->currency)
                ),
            ]);

        $response->throw();
    }
}