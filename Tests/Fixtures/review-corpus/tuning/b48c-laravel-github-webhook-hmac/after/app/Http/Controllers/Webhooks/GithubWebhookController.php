<?php

namespace App\Http\Controllers\Webhooks;

use App\Http\Controllers\Controller;
use App\Jobs\SyncRepositoryFromPush;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class GithubWebhookController extends Controller
{
    public function __invoke(Request $request): JsonResponse
    {
        $secret = (string) config('services.github.webhook_secret');
        $signature = (string) $request->header('X-Hub-Signature-256', '');
        $expected = 'sha256='.hash_hmac('sha256', $request->getContent(), $secret);

        if ($secret === '' || ! hash_equals($expected, $signature)) {
            Log::warning('Rejected GitHub webhook with bad signature', [
                'delivery' => $request->header('X-GitHub-Delivery'),
            ]);

            return response()->json(['error' => 'invalid signature'], 401);
        }

        $event = $request->header('X-GitHub-Event');

        if ($event === 'ping') {
            return response()->json(['ok' => true]);
        }

        if ($event === 'push') {
            SyncRepositoryFromPush::dispatch(
                $request->input('repository.full_name'),
                $request->input('ref'),
                $request->input('after'),
            );
        }

        return response()->json(['queued' => true], 202);
    }
}
