const crypto = require("crypto");
const { addDays } = require("date-fns");

const db = require("../db");
const mailer = require("../mailer");

const INVITE_TTL_DAYS = 7;

function newInviteToken() {
  return crypto.randomBytes(32).toString("hex");
}

async function createInvitation({ workspaceId, email, role, invitedBy }) {
  const token = newInviteToken();
  const tokenHash = crypto.createHash("sha256").update(token).digest("hex");
  await db("invitations").insert({
    workspace_id: workspaceId,
    email: email.toLowerCase(),
    role,
    invited_by: invitedBy,
    token_hash: tokenHash,
    expires_at: addDays(new Date(), INVITE_TTL_DAYS),
  });
  await mailer.send("workspace-invite", email, {
    acceptUrl: `${process.env.APP_URL}/invite/${token}`,
  });
  return { email, role };
}

module.exports = { createInvitation };
