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

    private function avatarUrl(Member $member): ?string
    {
        if ($member->getAvatarPath() === null) {
            return null;
        }

        return rtrim($this->assetBaseUrl, '/') . '/' . ltrim($member->getAvatarPath(), '/');
    }
}