const express = require("express");

const app = express();
app.get("/", (req, res) => res.send("express app served by berth"));
app.get("/healthz", (req, res) => res.send("ok"));
app.listen(Number(process.env.PORT), "0.0.0.0");
