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

    public function __construct(
        private readonly CacheManager $imagine,
        private readonly Packages $assets,
        #[Autowire('%app.avatar_upload_prefix%')]
        private readonly string $uploadPrefix,
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
