<?php

declare(strict_types=1);

namespace App\Presenter;

use App\Entity\Member;
use DateTimeInterface;

/**
 * Shapes Member entities for the public community directory API.
 */
final class MemberPresenter
{
    private const GRAVATAR_BASE = 'https://www.gravatar.com/avatar/';
    private const AVATAR_SIZE = 96;

    public function __construct(private readonly string $assetBaseUrl)
    {
    }

    /**
     * @return array<string, mixed>
     */
    public function present(Member $member): array
    {
        return [
            'id' => $member->getId(),
            'handle' => $member->getHandle(),
            'display_name' => $member->getDisplayName(),
            'bio' => $member->getBio() ?? '',
            'joined_at' => $member->getCreatedAt()->format(DateTimeInterface::ATOM),
            'avatar_url' => $this->avatarUrl($member),
            'badges' => array_values(array_map(
                static fn ($badge) => ['code' => $badge->getCode(), 'label' => $badge->getLabel()],
                $member->getBadges()->toArray()
            )),
        ];
    }

    /**
     * @param iterable<Member> $members
     * @return list<array<string, mixed>>
     */
    public function presentMany(iterable $members): array
    {
        $out = [];
        foreach ($members as $member) {
            $out[] = $this->present($member);
        }
        return $out;
    }

    /**
     * Uploaded avatars win; otherwise fall back to Gravatar. Gravatar's API
     * identifies a profile by the MD5 of the trimmed, lower-cased email
     * address - this is their lookup key format, not password storage.
     */
    private function avatarUrl(Member $member): string
    {
        if ($member->getAvatarPath() !== null) {
            return rtrim($this->assetBaseUrl, '/') . '/' . ltrim($member->getAvatarPath(), '/');
        }

        $hash = md5(strtolower(trim($member->getEmail())));

        return self::GRAVATAR_BASE . $hash . '?' . http_build_query([
            's' => self::AVATAR_SIZE,
            'd' => 'identicon',
            'r' => 'g',
        ]);
    }
}