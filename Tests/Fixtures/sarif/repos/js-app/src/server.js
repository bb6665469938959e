const express = require("express");
const { exec } = require("child_process");
const fs = require("fs");
const path = require("path");

const app = express();

app.get("/run", (req, res) => {
  exec("convert " + req.query.file + " out.png", (err, stdout) => res.send(stdout));
});

app.get("/calc", (req, res) => {
  res.send(String(eval(req.query.expr)));
});

app.get("/file", (req, res) => {
  res.sendFile(path.join(__dirname, "public", req.query.name));
});

app.get("/user", (req, res) => {
  db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`, (err, rows) => res.json(rows));
});

module.exports = app;
