<?php

namespace App\Controller;

use App\Entity\Document;
use App\Entity\User;
use App\Form\ChangePasswordType;
use App\Repository\DocumentRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\PasswordHasher\Hasher\UserPasswordHasherInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_USER')]
class DocumentController extends AbstractController
{
    public function __construct(
        private readonly DocumentRepository $documents,
        private readonly EntityManagerInterface $em,
    ) {
    }

    #[Route('/documents', name: 'document_index', methods: ['GET'])]
    public function index(): Response
    {
        return $this->render('document/index.html.twig', [
            'documents' => $this->documents->findVisibleTo($this->getUser()),
        ]);
    }

    #[Route('/documents/{id}/raw', name: 'document_raw', methods: ['GET'])]
    public function raw(Document $document, Request $request): Response
    {
        $this->denyAccessUnlessGranted('VIEW', $document);

        $response = new Response($document->getContent());
        $response->headers->set('Content-Type', $document->getMimeType());
        $response->setPrivate();

        return $response;
    }

    #[Route('/account/password', name: 'account_password', methods: ['GET', 'POST'])]
    public function changePassword(Request $request, UserPasswordHasherInterface $hasher): Response
    {
        /** @var User $user */
        $user = $this->getUser();
        $form = $this->createForm(ChangePasswordType::class);
        $form->handleRequest($request);

        if ($form->isSubmitted() && $form->isValid()) {
            $plain = $form->get('newPassword')->getData();
            $user->setPassword($hasher->hashPassword($user, $plain));
            $this->em->flush();
            $this->addFlash('success', 'Your password has been changed.');

            return $this->redirectToRoute('document_index');
        }

        return $this->render('account/password.html.twig', ['form' => $form]);
    }
}
