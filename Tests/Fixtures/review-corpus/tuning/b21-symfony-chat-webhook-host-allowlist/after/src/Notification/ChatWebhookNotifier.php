<?php

namespace App\Notification;

use App\Entity\Project;
use App\Entity\WebhookEndpoint;
use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\Exception\TransportExceptionInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class ChatWebhookNotifier
{
    private const ALLOWED_HOSTS = [
        'hooks.slack.com',
        'discord.com',
        'outlook.office.com',
        'chat.googleapis.com',
    ];

    public function __construct(
        private readonly HttpClientInterface $httpClient,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function notifyDeployFinished(Project $project, string $version, bool $success): void
    {
        $text = sprintf(
            '%s %s deploy of %s %s',
            $success ? ':white_check_mark:' : ':x:',
            $project->getName(),
            $version,
            $success ? 'succeeded' : 'failed'
        );

        foreach ($project->getWebhookEndpoints() as $endpoint) {
            if (!$endpoint->isEnabled()) {
                continue;
            }
            $this->post($endpoint, ['text' => $text]);
        }
    }

    private function post(WebhookEndpoint $endpoint, array $payload): void
    {
        $url = $endpoint->getUrl();
        $parts = parse_url($url);
        $scheme = strtolower($parts['scheme'] ?? '');
        $host = strtolower($parts['host'] ?? '');
        if ('https' !== $scheme || isset($parts['port']) || isset($parts['user']) || !\in_array($host, self::ALLOWED_HOSTS, true)) {
            $this->logger->notice('chat webhook host not allowed', ['endpoint' => $endpoint->getId(), 'host' => $host]);
            $endpoint->recordFailure();

            return;
        }

        try {
            $response = $this->httpClient->request('POST', $url, [
                'json' => $payload,
                'timeout' => 5,
                'max_redirects' => 0,
            ]);
            $status = $response->getStatusCode();
        } catch (TransportExceptionInterface $e) {
            $this->logger->warning('chat webhook failed', ['endpoint' => $endpoint->getId(), 'error' => $e->getMessage()]);
            $endpoint->recordFailure();

            return;
        }

        if ($status >= 400) {
            $this->logger->warning('chat webhook rejected', ['endpoint' => $endpoint->getId(), 'status' => $status]);
            $endpoint->recordFailure();

            return;
        }

        $endpoint->recordSuccess();
    }
}
