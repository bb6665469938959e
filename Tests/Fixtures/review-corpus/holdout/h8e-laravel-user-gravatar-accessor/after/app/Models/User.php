<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Casts\Attribute;
use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Foundation\Auth\User as Authenticatable;
use Illuminate\Notifications\Notifiable;

class User extends Authenticatable
{
    use HasFactory, Notifiable;

    protected $fillable = [
        'name',
        'email',
        'password',
    ];

    protected $hidden = [
        'password',
        'remember_token',
    ];

    protected $appends = [
        'avatar_url',
    ];

    protected function casts(): array
    {
        return [
            'email_verified_at' => 'datetime',
            'password' => 'hashed',
        ];
    }

    /**
     * Gravatar looks accounts up by the md5 of the trimmed, lower-cased email address.
     */
    protected function avatarUrl(): Attribute
    {
        return Attribute::get(fn () => sprintf(
            'https://www.gravatar.com/avatar/%s?s=128&d=identicon',
            md5(strtolower(trim($this->email)))
        ));
    }
}
