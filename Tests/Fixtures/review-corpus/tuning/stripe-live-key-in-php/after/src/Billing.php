<?php
\Stripe\Stripe::setApiKey('sk_live_51Hx7Kq2Lm9Zr4Tv7Wn1Pb3QxYzKd9');