<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Support\Carbon;
use Illuminate\Support\Str;

/**
 * Bearer tokens that customers paste into Zapier / Make to call our inbound API.
 *
 * @property int $id
 * @property int $team_id
 * @property string $name
 * @property string $token
 * @property array $abilities
 * @property Carbon|null $last_used_at
 * @property Carbon|null $revoked_at
 */
class IntegrationToken extends Model
{
    use HasFactory;

    protected $fillable = ['name', 'abilities'];

    protected $hidden = ['token'];

    protected $casts = [
        'abilities' => 'array',
        'last_used_at' => 'datetime',
        'revoked_at' => 'datetime',
    ];

    public function team(): BelongsTo
    {
        return $this->belongsTo(Team::class);
    }

    /**
     * Create a token for the team and return it together with the plain-text value,
     * which is shown to the user once.
     *
     * @return array{0: self, 1: string}
     */
    public static function issue(Team $team, string $name, array $abilities): array
    {
        $plain = 'itk_'.Str::random(40);

        $token = new self(['name' => $name, 'abilities' => $abilities]);
        $token->team()->associate($team);
        $token->token = $plain;
        $token->save();

        return [$token, $plain];
    }

    public static function findActive(string $plain): ?self
    {
        if (! str_starts_with($plain, 'itk_')) {
            return null;
        }

        return static::query()
            ->where('token', $plain)
            ->whereNull('revoked_at')
            ->first();
    }

    public function scopeActive(Builder $query): Builder
    {
        return $query->whereNull('revoked_at');
    }

    public function can(string $ability): bool
    {
        return in_array('*', $this->abilities, true) || in_array($ability, $this->abilities, true);
    }

    public function touchLastUsed(): void
    {
        if ($this->last_used_at === null || $this->last_used_at->lt(now()->subMinutes(5))) {
            $this->forceFill(['last_used_at' => now()])->saveQuietly();
        }
    }

    public function revoke(): void
    {
        $this->forceFill(['revoked_at' => now()])->save();
    }
}
