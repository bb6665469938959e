const stripe = require("stripe")("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx");
