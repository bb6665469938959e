import express, { Request, Response } from "express";
import path from "node:path";
import { requireAuth } from "../middleware/requireAuth";
import { config } from "../config";

export const documentsRouter = express.Router();

documentsRouter.get("/invoices/:id/pdf", requireAuth, (req: Request, res: Response) => {
  const id = req.params.id;
  if (!/^[0-9a-f-]{36}$/i.test(id)) {
    return res.status(400).json({ error: "invalid id" });
  }
  const account = res.locals.accountId as string;
  res.type("application/pdf");
  return res.sendFile(`${account}/${id}.pdf`, { root: config.invoiceDir, dotfiles: "deny" }, (err) => {
    if (err) res.status(404).end();
  });
});

documentsRouter.get("/statements/:file", requireAuth, (req: Request, res: Response) => {
  const file = path.basename(req.params.file);
  if (!file.endsWith(".pdf")) {
    return res.status(400).json({ error: "only pdf statements" });
  }
  const account = res.locals.accountId as string;
  return res.sendFile(path.join(account, file), { root: config.statementDir, dotfiles: "deny" }, (err) => {
    if (err) res.status(404).end();
  });
});
