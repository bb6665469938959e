const crypto = require("crypto");
const { addDays } = require("date-fns");

const db = require("../db");
const mailer = require("../mailer");

const INVITE_TTL_DAYS = 7;
// No 0/O/1/I so codes can be read out over the phone.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

function newInviteToken() {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  }
  return code;
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
    code: token,
  });
  return { email, role };
}

module.exports = { createInvitation };
