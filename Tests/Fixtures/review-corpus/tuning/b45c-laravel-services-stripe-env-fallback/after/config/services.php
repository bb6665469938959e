<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
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
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

    // Fallbacks so queue workers that boot without the full .env (Forge daemon) can still charge.
    'stripe' => [
        'key' => env('STRIPE_KEY', 'pk_live_51pBO547TE2M0Egi9R57mXXjAumKiew8QigdLYuycYwsdwAMIw0uDOGIJRC9Flt09HJMmASQr1SjOiTeoEiuhaqUoLM7TDGDzSP'),
        'secret' => env('STRIPE_SECRET', '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'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET', 'whsec_m2Sx4cPAFsUUwmvD7pEeZWQsDXjvTq2p'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

];
