<?php

namespace App\Http\Controllers\Settings;

use App\Http\Controllers\Controller;
use App\Models\CustomDomain;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Process;
use Illuminate\Support\Str;

/**
 * Lets customers verify ownership of a custom domain by publishing a TXT
 * record with the token we show them on the settings page.
 */
class DomainVerificationController extends Controller
{
    public function show(Request $request, CustomDomain $domain): JsonResponse
    {
        $this->authorize('update', $domain);

        return response()->json([
            'domain' => $domain->hostname,
            'record' => '_berthy-verify.' . $domain->hostname,
            'token' => $domain->verification_token,
            'verified' => $domain->verified_at !== null,
        ]);
    }

    public function check(Request $request, CustomDomain $domain): JsonResponse
    {
        $this->authorize('update', $domain);

        $name = $request->input('record', '_berthy-verify.' . $domain->hostname);
        $resolver = $request->input('resolver', '1.1.1.1');

        $result = Process::timeout(10)->run("dig +short TXT {$name} @{$resolver}");

        if ($result->failed()) {
            Log::warning('dig failed', ['domain' => $domain->hostname, 'stderr' => $result->errorOutput()]);

            return response()->json(['verified' => false, 'error' => 'lookup failed'], 502);
        }

        $records = collect(preg_split('/\R/', trim($result->output())))
            ->map(fn (string $line) => trim($line, "\" \t"))
            ->filter();

        $matched = $records->contains(fn (string $value) => hash_equals($domain->verification_token, $value));

        if ($matched && $domain->verified_at === null) {
            $domain->forceFill(['verified_at' => now()])->save();
        }

        return response()->json([
            'verified' => $matched,
            'seen' => $records->map(fn ($r) => Str::limit($r, 120))->values(),
        ]);
    }
}