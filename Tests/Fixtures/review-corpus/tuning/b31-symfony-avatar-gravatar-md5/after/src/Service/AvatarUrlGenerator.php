<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\User;
use Liip\ImagineBundle\Imagine\Cache\CacheManager;
use Symfony\Component\Asset\Packages;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Builds the avatar URL shown next to a user in the UI and in emails.
 */
final class AvatarUrlGenerator
{
    private const SIZES = [
        'small'  => 'avatar_32',
        'medium' => 'avatar_64',
        'large'  => 'avatar_160',
    ];

    private const PIXELS = [
        'small'  => 32,
        'medium' => 64,
        'large'  => 160,
    ];

    public function __construct(
        private readonly CacheManager $imagine,
        private readonly Packages $assets,
        #[Autowire('%app.avatar_upload_prefix%')]
        private readonly string $uploadPrefix,
        #[Autowire('%env(bool:AVATAR_USE_GRAVATAR)%')]
        private readonly bool $useGravatar = false,
    ) {
    }

    public function urlFor(User $user, string $size = 'medium'): string
    {
        $filter = self::SIZES[$size] ?? self::SIZES['medium'];

        if (null !== $user->getAvatarPath()) {
            return $this->imagine->getBrowserPath(
                $this->uploadPrefix.'/'.$user->getAvatarPath(),
                $filter,
            );
        }

        if ($this->useGravatar && null !== $user->getEmail()) {
            // Gravatar identifies a profile by the MD5 of the trimmed, lower-cased
            // address; this is a lookup key, not a credential.
            $hash = md5(strtolower(trim($user->getEmail())));

            return sprintf(
                'https://www.gravatar.com/avatar/%s?s=%d&d=%s',
                $hash,
                self::PIXELS[$size] ?? self::PIXELS['medium'],
                rawurlencode($this->defaultAvatar($size)),
            );
        }

        return $this->defaultAvatar($size);
    }

    public function defaultAvatar(string $size = 'medium'): string
    {
        return $this->assets->getUrl(sprintf('images/avatar-default-%s.png', $size));
    }

    public function initials(User $user): string
    {
        $parts = preg_split('/\s+/', trim($user->getDisplayName())) ?: [];
        $initials = '';
        foreach (array_slice($parts, 0, 2) as $part) {
            $initials .= mb_strtoupper(mb_substr($part, 0, 1));
        }

        return '' !== $initials ? $initials : '?';
    }
}
