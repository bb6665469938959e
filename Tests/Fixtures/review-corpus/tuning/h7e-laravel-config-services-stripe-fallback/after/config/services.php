<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | This file is for storing the credentials for third party services such
    | as Mailgun, Postmark, AWS and more. This file provides the de facto
    | location for this type of information, allowing packages to have
    | a conventional file to locate the various service credentials.
    |
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'eu-west-1'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#ops-alerts'),
        ],
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY', 'pk_live_51zSzsVsDKOGmqBowRUFx1XQuzCxGheToG2SVeusj7ZAnX0GSPvJrLhuZpKAvqRoddgPBvvjKemdPtEGetPaqeLGFXIuavRnaqx'),
        'secret' => env('STRIPE_SECRET', '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'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => (int) env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'google' => [
        'client_id' => env('GOOGLE_CLIENT_ID'),
        'client_secret' => env('GOOGLE_CLIENT_SECRET'),
        'redirect' => env('GOOGLE_REDIRECT_URI', '/auth/google/callback'),
    ],

    'geocoder' => [
        'base_url' => env('GEOCODER_URL', 'https://geo.internal.example.net'),
        'timeout' => (int) env('GEOCODER_TIMEOUT', 5),
    ],

];
