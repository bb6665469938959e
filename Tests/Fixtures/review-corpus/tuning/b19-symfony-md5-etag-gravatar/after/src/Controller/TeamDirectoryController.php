<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\Member;
use App\Repository\MemberRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/team')]
#[IsGranted('ROLE_USER')]
final class TeamDirectoryController extends AbstractController
{
    private const AVATAR_SIZE = 96;

    public function __construct(private readonly MemberRepository $members)
    {
    }

    #[Route('', name: 'team_directory', methods: ['GET'])]
    public function index(Request $request): Response
    {
        $department = $request->query->get('department');
        $members = $department !== null
            ? $this->members->findActiveByDepartment((string) $department)
            : $this->members->findAllActive();

        $payload = array_map(fn (Member $m): array => $this->present($m), $members);
        $body = json_encode(['data' => $payload], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);

        $response = new JsonResponse($body, Response::HTTP_OK, [], true);
        $response->setEtag(md5($body));
        $response->setPrivate();
        $response->setMaxAge(60);
        $response->isNotModified($request);

        return $response;
    }

    #[Route('/{id<\d+>}', name: 'team_member', methods: ['GET'])]
    public function show(int $id): JsonResponse
    {
        $member = $this->members->find($id);
        if ($member === null || !$member->isActive()) {
            throw $this->createNotFoundException();
        }

        return $this->json(['data' => $this->present($member, true)]);
    }

    private function present(Member $member, bool $detailed = false): array
    {
        $data = [
            'id' => $member->getId(),
            'name' => $member->getDisplayName(),
            'title' => $member->getJobTitle(),
            'department' => $member->getDepartment(),
            'avatar' => $this->avatarUrl($member),
        ];

        if ($detailed) {
            $data['email'] = $member->getEmail();
            $data['phone'] = $member->getPhone();
            $data['timezone'] = $member->getTimezone();
            $data['manager'] = $member->getManager()?->getDisplayName();
        }

        return $data;
    }

    private function avatarUrl(Member $member): string
    {
        if ($member->getAvatarPath() !== null) {
            return '/media/avatars/' . rawurlencode($member->getAvatarPath());
        }

        // Gravatar identifies an address by the md5 of its trimmed, lower-cased form.
        $hash = md5(strtolower(trim($member->getEmail())));

        return sprintf('https://www.gravatar.com/avatar/%s?s=%d&d=identicon', $hash, self::AVATAR_SIZE);
    }
}