import express from "express";
import path from "node:path";

export const exportsRouter = express.Router();

exportsRouter.get("/exports/file", (req, res) => {
  const name = String(req.query.name);
  res.sendFile(path.join(__dirname, "..", "exports", name), { maxAge: "1h" });
});